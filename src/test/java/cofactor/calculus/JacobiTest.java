package cofactor.calculus;

import static cofactor.expr.Expr.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cofactor.expr.Expr;
import cofactor.expr.Fn;
import cofactor.expr.Sym;
import cofactor.guard.Limits;
import cofactor.matrix.Matrix;
import cofactor.testing.CommandLineRun;
import cofactor.testing.RandomExpr;
import java.util.List;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;
import org.junit.jupiter.api.Test;

class JacobiTest {
    static final Sym x = sym("x"), y = sym("y");

    /** The 3×3 example of the issue: exp, log, products and trigonometric entries in two variables. */
    static final Matrix MIXED = Matrix.of(3, 3, new Expr[] {
            call(Fn.EXP, mul(x, y)), call(Fn.LOG, add(x, num(2))), mul(x, call(Fn.SIN, y)),
            call(Fn.COS, x), mul(x, y), call(Fn.TAN, y),
            pow(y, 2), call(Fn.EXP, x), add(call(Fn.LOG, y), x)});

    @Test void mixedThreeByThreeAgreesInBothVariables() {
        Jacobi.Outcome r = new Jacobi(5, 7, Limits.DEFAULT).check(MIXED, List.of(x, y));
        assertEquals(Jacobi.Verdict.AGREE, r.verdict(), r.text());
        assertTrue(r.text().endsWith(")") && r.text().contains("jacobi: agree (exact difference 0 for x and y; 5 random points"), r.text());
    }

    /**
     * The report's three lines for a 2×2 with a denominator (the sides in together's form) and
     * without: det [[x, 1/y], [y, x^2]] = x³ − 1, so both sides are 3x², by hand; the difference
     * of the equal sides is shown as 0.
     */
    @Test void equalSidesShowTheirDifferenceAsZero() {
        for (Expr corner : List.of(pow(y, -1), num(1))) {
            Matrix a = Matrix.of(2, 2, new Expr[] {x, corner, y, pow(x, 2)});
            Jacobi.Outcome r = new Jacobi(5, 7, Limits.DEFAULT).check(a, List.of(x));
            Expr d = mul(num(3), pow(x, 2)); // d/dx (x³ − corner·y) = 3x² either way
            assertEquals(String.join("\n", "d/dx det(A)          = " + d, "tr(adj(A) * d(A, x)) = " + d, "difference, expanded = 0"),
                    r.text().substring(0, r.text().indexOf("\njacobi:")), r.text());
            assertEquals(Jacobi.Verdict.AGREE, r.verdict(), r.text());
        }
    }

    /**
     * det = 0.5·x²·y − x·y by hand, so d/dx det = 1.0·x·y − y (0.5 times 2 is the double 1.0),
     * and tr(adj(A)·A_x) = y·x − y: the difference merges to 0 although one x·y has a double
     * coefficient and the other an exact one (it stayed 1.0*x*y - x*y: "agree numerically only").
     */
    @Test void aDoubleCoefficientMergesWithAnExactOne() {
        Matrix a = Matrix.of(2, 2, new Expr[] {mul(real(0.5), pow(x, 2)), y, x, y});
        Jacobi.Outcome r = new Jacobi(5, 7, Limits.DEFAULT).check(a, List.of(x, y));
        assertEquals(Jacobi.Verdict.AGREE, r.verdict(), r.text());
        assertTrue(r.text().contains("jacobi: agree (exact difference 0 for x and y"), r.text());
    }

    /**
     * The matrices with doubles: each has two equal rows, so det(A) is 0 for all values and
     * both sides of Jacobi's formula are exactly 0; the same matrices with exact entries (7/10 for
     * 0.7) prove it. With doubles, the two sides round differently and leave 1.3e-15*x*z^5: that is
     * rounding, and the verdict names the tolerance.
     */
    @Test void inexactEntriesAgreeWithinATolerance() {
        String fourByFour = "[[2, 2, z^5, %s], [x, z, x*z, x], [-z, z - %s, 12, y], [2, 2, z^5, %s]]";
        String fiveByFive = "[[x, y, y, z, 100], [y, x, %s, y, 1], [y, x, z, z, %s], [5, y, 12, x, -3/9], [x, y, y, z, 100]]";
        String[][] cases = {{fourByFour, "z"}, {fiveByFive, "x"}};
        for (String[] c : cases) {
            String inexact = CommandLineRun.eval("jacobi(" + c[0].formatted("0.7", "0.5", "0.7") + ", " + c[1] + ")");
            assertTrue(inexact.contains("\njacobi: agree within 1e-12, entries are inexact (the exact difference is at most "), inexact);
            String exact = CommandLineRun.eval("jacobi(" + c[0].formatted("7/10", "1/2", "7/10") + ", " + c[1] + ")");
            assertTrue(exact.contains("\njacobi: agree (exact difference 0; "), exact);
        }
        // doubles whose difference is exactly 0 get the plain verdict
        Jacobi.Outcome r = new Jacobi(5, 7, Limits.DEFAULT).check(Matrix.of(2, 2, new Expr[] {mul(real(0.1), x), y, x, mul(real(0.3), y)}), List.of(x, y));
        assertEquals(Jacobi.Verdict.AGREE, r.verdict(), r.text());
    }

    @RepeatedTest(12)
    void randomMatricesWithMixedEntriesAgree(RepetitionInfo info) {
        long seed = 1000 + info.getCurrentRepetition();
        RandomExpr gen = new RandomExpr(seed, List.of(x, y)).exactNumbersOnly();
        int n = 2 + info.getCurrentRepetition() % 2;
        Expr[] entries = new Expr[n * n];
        for (int k = 0; k < entries.length; k++) entries[k] = gen.random().nextInt(5) == 0 ? num(0) : gen.next(2);
        Matrix a = Matrix.of(n, n, entries);
        Jacobi.Outcome r = new Jacobi(4, seed, Limits.DEFAULT).check(a, List.of(x, y));
        assertEquals(Jacobi.Verdict.AGREE, r.verdict(), "seed " + seed + ", A = " + a + "\n" + r.text());
    }

    @Test void cofactorIdentityForSymbolMatrices() {
        for (int n = 1; n <= 4; n++) {
            Expr[] s = new Expr[n * n];
            for (int k = 0; k < s.length; k++) s[k] = sym("a" + (k / n + 1) + (k % n + 1));
            Jacobi.Outcome r = new Jacobi(3, n, Limits.DEFAULT).checkCofactors(Matrix.of(n, n, s));
            assertEquals(Jacobi.Verdict.AGREE, r.verdict(), r.text());
            assertTrue(r.text().contains("jacobi: agree (exact difference 0 in every entry"), r.text());
        }
    }

    /**
     * A side longer than the report shows is cut to its first 250 characters and its count of
     * terms, which nterms confirms: the 5x5 trigonometric matrix's d/dx det has 79.
     */
    @Test void aLongSideIsCutToItsStartAndItsCountOfTerms() {
        String trig5 = "[[cos x, -sin x, 0, x, 1], [sin x, cos x, exp(y), 0, y], [0, exp(-y), cos y, -sin y, x*y],"
                + " [x, 0, sin y, cos y, exp(x)], [1, y, x*y, exp(-x), cos(x + y)]]";
        String terms = CommandLineRun.eval("nterms(d(det(" + trig5 + "), x))");
        String whole = CommandLineRun.eval("expand(d(det(" + trig5 + "), x))");
        String first = CommandLineRun.eval("jacobi(" + trig5 + ", x)").lines().findFirst().orElseThrow();
        assertEquals("79", terms);
        assertEquals("d/dx det(A)          = " + whole.substring(0, 250) + " … (" + terms + " terms)", first);
    }

    @Test void symbolMatricesAreRecognised() {
        assertTrue(Jacobi.isSymbolMatrix(Matrix.of(1, 2, new Expr[] {x, y})));
        assertEquals(false, Jacobi.isSymbolMatrix(Matrix.of(1, 2, new Expr[] {x, x})));
        assertEquals(false, Jacobi.isSymbolMatrix(Matrix.of(1, 2, new Expr[] {x, Sym.PI})));
        assertEquals(false, Jacobi.isSymbolMatrix(Matrix.of(1, 2, new Expr[] {x, num(1)})));
    }

    /** In the style values print in, to two digits: the verdict sits beside printed doubles. */
    @Test void formatsSmallNumbers() {
        assertEquals("3.1E-16", Jacobi.format(3.1e-16));
        assertEquals("3.1E-16", Jacobi.format(3.0999e-16));
        assertEquals("0.0", Jacobi.format(0));
        assertEquals("190.0", Jacobi.format(188.7));
    }
}
