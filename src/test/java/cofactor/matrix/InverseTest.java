package cofactor.matrix;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cofactor.Cofactor;
import cofactor.expr.Expr;
import cofactor.expr.Num;
import cofactor.expr.Rewrite;
import cofactor.expr.Sym;
import cofactor.guard.Limits;
import cofactor.lang.MatrixValue;
import cofactor.lang.ScalarValue;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A symbolic inverse times its matrix is the identity at any point where the determinant is not 0, exactly. */
class InverseTest {
    /** Points, not singular, at which each inverse is checked. */
    static final int POINTS = 5;

    static Matrix matrix(String text) { return ((MatrixValue) new Cofactor().eval(text)).matrix(); }

    static Expr expr(String text) { return ((ScalarValue) new Cofactor().eval(text)).expr(); }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"[[x, 1], [4, 4]]", "[[2x, 2], [2, 2x]]", "[[x/2, 1/3], [1, y]]",
            "[[x, y, 1], [2, x y, 3], [x^2, 1, 6 y]]", "[[6x, 4, 2], [2, 6y, 4], [4, 2, 6]]"})
    void inverseTimesMatrixIsTheIdentity(String text) {
        Matrix a = matrix(text);
        Matrix inv = Inverse.of(a, Limits.DEFAULT);
        Random r = new Random(text.hashCode());
        int checked = 0;
        for (int attempt = 0; checked < POINTS; attempt++) {
            assertTrue(attempt < 10 * POINTS, text + ": only " + checked + " of " + attempt + " points were not singular");
            Map<Sym, Expr> point = Map.of(Sym.of("x"), Expr.rational(r.nextInt(19) - 9, 1 + r.nextInt(5)),
                    Sym.of("y"), Expr.rational(r.nextInt(19) - 9, 1 + r.nextInt(5)));
            Matrix at = a.map(e -> Rewrite.subs(e, point));
            if (Det.of(at, Limits.DEFAULT).isZero()) continue; // no inverse at this point: draw another
            checked++;
            Matrix product = inv.map(e -> Rewrite.subs(e, point)).times(at, Limits.DEFAULT);
            assertEquals(Matrix.identity(a.rows()), product, text + " at " + point);
        }
    }

    /** The same, symbolically: the product's entries over the determinant add up and cancel (Together). */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"[[x, 1], [4, 4]]", "[[2x, 2], [2, 2x]]", "[[x/2, 1/3], [1, y]]", "[[a, b], [c, d]]",
            "[[x, y, 1], [2, x y, 3], [x^2, 1, 6 y]]", "[[1, x, y], [x, 2, z], [y, z, 3]]", "matrix(a, 3, 3)",
            "[[x, x^2], [1, sin x]]", "[[x y, x], [x, 2x]]", "[[x^2 y, x y^2, 0], [x, y, 1], [0, x^3, y]]"})
    void inverseTimesMatrixIsTheIdentitySymbolically(String text) {
        Matrix a = matrix(text);
        Matrix inv = Inverse.of(a, Limits.DEFAULT);
        assertEquals(Matrix.identity(a.rows()), inv.times(a, Limits.DEFAULT), text);
        assertEquals(Matrix.identity(a.rows()), a.times(inv, Limits.DEFAULT), text);
        Matrix b = matrix("matrix(b, " + a.rows() + ", 2)");
        assertEquals(b, inv.times(a.times(b, Limits.DEFAULT), Limits.DEFAULT), text + ": inv(A)·(A·B) = B");
    }

    /** The determinant's monomial content leaves the denominator: x·sin(x) − x² = x·(sin(x) − x), by hand. */
    @org.junit.jupiter.api.Test void commonFactorsOfTheDeterminantLeaveTheDenominator() {
        Matrix inv = Inverse.of(matrix("[[x, x^2], [1, sin x]]"), Limits.DEFAULT);
        assertEquals(expr("-x/(sin(x) - x)"), inv.get(0, 1));
        assertEquals(expr("sin(x)/(x*(sin(x) - x))"), inv.get(0, 0));
        assertEquals(expr("x^2*y"), Inverse.monomialContent(expr("3*x^3*y^2 - x^2*y*sin(x)")));
        assertEquals(Num.ONE, Inverse.monomialContent(expr("x*y + 1")));
        assertEquals(Num.ONE, Inverse.monomialContent(expr("x + y")));
    }
}
