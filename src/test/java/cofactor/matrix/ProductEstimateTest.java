package cofactor.matrix;

import static cofactor.expr.Expr.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import cofactor.expr.Add;
import cofactor.expr.Expr;
import cofactor.guard.Limits;
import cofactor.guard.TooLargeError;
import org.junit.jupiter.api.Test;

/** The estimate of a matrix product's terms, against the terms of the product itself. */
class ProductEstimateTest {

    @Test void symbolsTimesSymbolsIsExact() {
        Matrix a = symbols("a", 4, 3), b = symbols("b", 3, 5);
        assertEquals(60, ProductEstimate.terms(a, b)); // 20 entries of 3 products each
        assertEquals(60, terms(a.times(b, Limits.DEFAULT)));
    }

    @Test void numbersFoldAndSumsCountTheirTerms() {
        Matrix a = Matrix.of(2, 2, new Expr[] {add(add(sym("x"), sym("y")), sym("z")), num(1), num(2), num(3)});
        Matrix b = Matrix.of(2, 2, new Expr[] {num(2), num(3), num(7), num(8)});
        // 2(x+y+z) + 7, 3(x+y+z) + 8, 25, 30: 4 + 4 + 1 + 1 terms
        assertEquals(10, ProductEstimate.terms(a, b));
        assertEquals(10, terms(a.times(b, Limits.DEFAULT)));
        Matrix eye = Matrix.identity(3), s = symbols("s", 3, 3);
        assertEquals(9, ProductEstimate.terms(eye, s));
        assertEquals(9, terms(eye.times(s, Limits.DEFAULT)));
    }

    @Test void aProductOverTheLimitIsRefusedAndNumbersAreNot() {
        Matrix a = symbols("a", 4, 4), b = symbols("b", 4, 4);
        assertEquals(64, terms(a.times(b, Limits.DEFAULT.withMaxTerms(64))));
        TooLargeError e = assertThrows(TooLargeError.class, () -> a.times(b, Limits.DEFAULT.withMaxTerms(63)));
        assertEquals("the result would have about 64 terms, over the limit of 63; raise it with set(maxterms = ...)", e.getMessage());
        Matrix n = Matrix.of(4, 4, java.util.stream.IntStream.range(0, 16).mapToObj(i -> num(i + 1)).toArray(Expr[]::new));
        assertEquals(num(1 * 1 + 2 * 5 + 3 * 9 + 4 * 13), n.times(n, Limits.DEFAULT.withMaxTerms(1)).get(0, 0));
    }

    private static Matrix symbols(String stem, int m, int n) {
        Expr[] e = new Expr[m * n];
        for (int i = 0; i < m * n; i++) e[i] = sym(stem + (i / n + 1) + (i % n + 1));
        return Matrix.of(m, n, e);
    }

    private static long terms(Matrix m) {
        long t = 0;
        for (Expr e : m.entries()) t += e.isZero() ? 0 : e instanceof Add s ? s.size() + (s.constant().isZero() ? 0 : 1) : 1;
        return t;
    }
}
