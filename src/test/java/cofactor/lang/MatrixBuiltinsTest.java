package cofactor.lang;

import static cofactor.expr.Expr.*;
import static org.junit.jupiter.api.Assertions.*;

import cofactor.expr.Expr;
import cofactor.expr.Num;
import cofactor.guard.Limits;
import cofactor.matrix.Matrix;
import cofactor.testing.Allocation;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** det, adj, cofactor, minor, inv, tr, charpoly and expand as the language calls them. */
class MatrixBuiltinsTest {
    final Session session = new Session();
    final Interpreter in = new Interpreter(session);

    Value call(String name, Object... args) {
        return in.invoke(session.builtins().get(name), TestValues.values(args), Map.of());
    }

    String error(String name, Object... args) {
        return assertThrows(EvalError.class, () -> call(name, args)).format();
    }

    static Matrix m(int n, Expr... e) { return Matrix.of(n, n, e); }

    @Test void examplesOfTheLanguageContract() {
        Expr x = sym("x");
        assertEquals("x*sin(x) - x^2", call("det", m(2, x, pow(x, 2), num(1), Expr.call(cofactor.expr.Fn.SIN, x))).show());
        assertEquals("[[4, -2], [-2, 1]]", call("adj", m(2, num(1), num(2), num(2), num(4))).show());
        Value a7 = call("matrix", sym("a"), num(7), num(7));
        assertEquals(Value.of(Num.of(5040)), call("nterms", call("det", a7)));
        assertEquals("[[d, -c], [-b, a]]", call("cofactor", m(2, sym("a"), sym("b"), sym("c"), sym("d"))).show());
    }

    @Test void minorIsOneBasedAndChecksItsIndices() {
        Matrix a = m(3, num(1), num(2), num(3), num(4), num(5), num(6), num(7), num(8), num(10));
        assertEquals(Value.of(Num.of(5 * 10 - 6 * 8)), call("minor", a, num(1), num(1)));
        assertEquals(Value.of(Num.of(1 * 5 - 2 * 4)), call("minor", a, num(3), num(3)));
        assertEquals("error: minor: row 4, column 1 is outside the 3×3 matrix", error("minor", a, num(4), num(1)));
    }

    @Test void errorsNameTheFunction() {
        Matrix wide = Matrix.zeros(2, 3);
        assertEquals("error: det: needs a square matrix, got 2×3", error("det", wide));
        assertEquals("error: adj: needs a square matrix, got 2×3", error("adj", wide));
        assertEquals("error: inv: the matrix is singular (its determinant is 0)", error("inv", m(2, num(1), num(2), num(2), num(4))));
        assertEquals("error: det: argument 1 must be a matrix, got " + Value.of(sym("x")).describe(), error("det", sym("x")));
    }

    /** Refused before building: less work than the 8×8 determinant (40 320 terms) against the 12×12's 4.8e8. */
    @Test void sizeGuardUsesTheSessionLimit() {
        Value a12 = call("matrix", sym("a"), num(12), num(12)), a8 = call("matrix", sym("a"), num(8), num(8));
        String[] refused = new String[1];
        long eightByEight = Allocation.of(() -> call("det", a8)); // first, so it pays for loading the classes both use
        long refusal = Allocation.of(() -> refused[0] = error("det", a12));
        assertTrue(refusal < eightByEight, "refusing allocated " + refusal + " bytes, building the 8×8 " + eightByEight);
        assertEquals("error: det: the result would have about 4.8e8 terms, over the limit of 1e7; raise it with set(maxterms = ...)", refused[0]);
        session.setLimits(session.limits().withMaxTerms(100));
        assertEquals("error: det: the result would have about 120 terms, over the limit of 100; raise it with set(maxterms = ...)",
                error("det", call("matrix", sym("a"), num(5), num(5))));
        assertEquals("error: expand: the result would have about 101 terms, over the limit of 100; raise it with set(maxterms = ...)",
                error("expand", pow(add(sym("x"), num(1)), 100)));
    }

    @Test void expandWorksEntryByEntry() {
        Expr x = sym("x");
        Matrix a = m(2, pow(add(x, num(1)), 2), num(0), num(0), mul(x, sub(x, num(1))));
        assertEquals("[[x^2 + 2*x + 1, 0], [0, x^2 - x]]", call("expand", a).show());
    }

    @Test void togetherCombinesOverSharedDenominators() {
        Expr a = sym("a"), b = sym("b");
        Expr over = pow(sub(a, b), -1);
        assertEquals(Value.of(Num.ONE), call("together", sub(mul(a, over), mul(b, over)))); // (a − b)/(a − b), by hand
        Matrix m = m(2, sub(mul(a, over), mul(b, over)), a, num(0), num(1));
        assertEquals("[[1, a], [0, 1]]", call("together", m).show());
    }

    @Test void traceCharpolyAndInverse() {
        Matrix a = m(2, num(1), num(2), num(3), num(4));
        assertEquals(Value.of(Num.of(5)), call("tr", a));
        assertEquals("λ^2 - 5*λ - 2", call("charpoly", a, sym("λ")).show()); // λ² − tr·λ + det
        assertEquals("[[-2, 1], [3/2, -1/2]]", call("inv", a).show());
        assertEquals(call("inv", a), Operators.pow(Value.of(a), Value.of(Num.of(-1)), Limits.DEFAULT)); // A^-1 goes through the same inverse
    }
}
