package cofactor.calculus;

import static cofactor.expr.Expr.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cofactor.expr.Expr;
import cofactor.expr.Fn;
import cofactor.expr.Sym;
import cofactor.guard.Limits;
import cofactor.matrix.Matrix;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The calculus examples of LANGUAGE.md §6, checked against hand derivations as canonical expressions. */
class LanguageExamplesTest {
    static final Sym x = sym("x"), a = sym("a"), b = sym("b"), c = sym("c"), d = sym("d");

    static Matrix matrix(Expr[][] rows) {
        return Matrix.of(java.util.Arrays.stream(rows).map(List::of).toList());
    }

    static final Matrix A = matrix(new Expr[][] {{x, pow(x, 2)}, {num(1), call(Fn.SIN, x)}});

    @Test void derivativeOfTheDeterminant() {
        // det A = x sin x - x^2, so d/dx det A = sin x + x cos x - 2x (by hand)
        Expr expected = add(List.of(call(Fn.SIN, x), mul(x, call(Fn.COS, x)), mul(num(-2), x)));
        assertEquals(sub(mul(x, call(Fn.SIN, x)), pow(x, 2)), cofactor.matrix.Det.of(A, Limits.DEFAULT));
        assertEquals(expected, Derivative.of(cofactor.matrix.Det.of(A, Limits.DEFAULT), x, Limits.DEFAULT));
    }

    @Test void derivativeByAMatrixIsTheCofactorMatrix() {
        Matrix s = matrix(new Expr[][] {{a, b}, {c, d}});
        Matrix partials = Partials.byMatrix(cofactor.matrix.Det.of(s, Limits.DEFAULT), s, Limits.DEFAULT);
        assertEquals(matrix(new Expr[][] {{d, neg(c)}, {neg(b), a}}), partials);
        assertEquals("[[d, -c], [-b, a]]", partials.toString());
    }

    @Test void jacobiAgreesOnTheExample() {
        Jacobi.Outcome r = new Jacobi(5, 1, Limits.DEFAULT).check(A, List.of(x));
        assertEquals(Jacobi.Verdict.AGREE, r.verdict(), r.text());
        assertTrue(r.text().contains("difference, expanded = 0"), r.text());
        assertTrue(r.text().lines().reduce((p, q) -> q).orElseThrow()
                .matches("jacobi: agree \\(exact difference 0; 5 random points, max relative difference [0-9.E-]+\\)"), r.text());
    }
}
