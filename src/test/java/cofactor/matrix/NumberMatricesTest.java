package cofactor.matrix;

import static cofactor.expr.Expr.*;
import static org.junit.jupiter.api.Assertions.*;

import cofactor.expr.Expr;
import cofactor.expr.Num;
import cofactor.guard.Limits;
import cofactor.numeric.Determinants;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.util.Random;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Matrices of numbers through the one LU routine: exact results checked by multiplying back and by DetTest's own elimination. */
class NumberMatricesTest {
    static LongStream seeds() { return LongStream.range(0, 40).map(i -> 0x4C550000L + i); }

    /** An exact n×n matrix of small rationals, a quarter of them zeros (so pivots must be searched for). */
    static Matrix exact(Random r, int n) {
        Expr[] e = new Expr[n * n];
        for (int k = 0; k < e.length; k++) e[k] = r.nextInt(4) == 0 ? num(0) : rational(r.nextInt(19) - 9, 1 + r.nextInt(4));
        return Matrix.of(n, n, e);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void exactInverseTimesTheMatrixIsTheIdentity(long seed) {
        Random r = new Random(seed);
        Matrix a;
        do a = exact(r, 1 + r.nextInt(6)); while (DetTest.gaussDet(a).isZero()); // its own elimination, not Lu's
        Matrix inv = Inverse.of(a, Limits.DEFAULT);
        assertEquals(Matrix.identity(a.rows()), inv.times(a, Limits.DEFAULT), "seed " + seed);
        assertEquals(Matrix.identity(a.rows()), a.times(inv, Limits.DEFAULT), "seed " + seed);
        assertEquals(DetTest.gaussDet(a), Det.of(a, Limits.DEFAULT), "seed " + seed);
        // adj(A) = det(A)·inv(A), from one factorisation
        assertEquals(inv.scale(Det.of(a, Limits.DEFAULT)), Adjugate.adj(a, Limits.DEFAULT), "seed " + seed);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void singularExactMatricesHaveDeterminantZeroAndNoInverse(long seed) {
        Random r = new Random(seed);
        int n = 2 + r.nextInt(4);
        Expr[] e = new Expr[n * n];
        for (int k = 0; k < e.length; k++) e[k] = rational(r.nextInt(19) - 9, 1 + r.nextInt(4));
        for (int j = 0; j < n; j++) e[(n - 1) * n + j] = add(e[j], mul(num(2), e[n + j])); // last row = row 1 + 2·row 2
        Matrix a = Matrix.of(n, n, e);
        assertEquals(num(0), Det.of(a, Limits.DEFAULT), "seed " + seed);
        assertThrows(SingularError.class, () -> Inverse.of(a, Limits.DEFAULT));
        // the adjugate still exists: A·adj(A) = det(A)·I = 0
        assertEquals(Matrix.zeros(n, n), a.times(Adjugate.adj(a, Limits.DEFAULT), Limits.DEFAULT), "seed " + seed);
    }

    /** A pivot whose double underflows is still a pivot: [[10^-400, 1], [1, 1]] is invertible, exactly. */
    @Test void aTinyExactPivotIsNoZero() {
        Num tiny = Num.rational(BigInteger.ONE, BigInteger.TEN.pow(400));
        Matrix a = Matrix.of(2, 2, new Expr[] {num(1), num(1), tiny, num(1)}); // partial pivoting takes the 1 first, then tiny - 1
        Matrix b = Matrix.of(2, 2, new Expr[] {tiny, num(1), num(0), tiny});    // upper triangular: only tiny pivots
        assertEquals(sub(num(1), tiny), Det.of(a, Limits.DEFAULT));
        assertEquals(mul(tiny, tiny), Det.of(b, Limits.DEFAULT));
        assertEquals(Matrix.identity(2), Inverse.of(b, Limits.DEFAULT).times(b, Limits.DEFAULT));
    }

    /** A large matrix of doubles goes through the numeric routines: the determinant is ndet's own number, the adjugate nadj's. */
    @Test void largeMatricesOfDoublesGoThroughTheNumericRoutines() {
        int n = NumberMatrices.EXACT_UP_TO + 1;
        Random r = new Random(11);
        double[][] d = new double[n][n];
        Expr[] e = new Expr[n * n];
        for (int i = 0; i < n; i++) for (int j = 0; j < n; j++) e[i * n + j] = real(d[i][j] = r.nextInt(19) - 9 + 0.5);
        Matrix a = Matrix.of(n, n, e);
        assertEquals(real(Determinants.det(d)), Det.of(a, Limits.DEFAULT));
        double[][] adj = Determinants.adjugate(d);
        for (int i = 0; i < n; i++) for (int j = 0; j < n; j++) assertEquals(real(adj[i][j]), Adjugate.adj(a, Limits.DEFAULT).get(i, j));
    }

    /** The matrix with one double: its cofactors by hand, det 0.0, and inv calls it singular rather than giving entries of size 1e16. */
    @Test void oneDoubleInASingularMatrix() {
        Matrix a = Matrix.of(3, 3, new Expr[] {num(1), num(2), num(3), num(4), num(5), num(6), num(7), num(8), real(9)});
        // adj_11 = 5·9 − 6·8 = −3, adj_12 = −(2·9 − 3·8) = 6, adj_13 = 2·6 − 3·5 = −3, ...
        double[] byHand = {-3, 6, -3, 6, -12, 6, -3, 6, -3};
        Expr[] want = new Expr[9];
        for (int k = 0; k < 9; k++) want[k] = real(byHand[k]);
        assertEquals(Matrix.of(3, 3, want), Adjugate.adj(a, Limits.DEFAULT));
        assertEquals(real(0), Det.of(a, Limits.DEFAULT));
        assertThrows(SingularError.class, () -> Inverse.of(a, Limits.DEFAULT));
    }

    /**
     * Integer matrices of rank n−1 with one entry written as a double: det is 0.0, inv calls
     * them singular, and adj is the integers' adjugate, by cofactor expansion in longs here.
     */
    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void singularMatricesWithADoubleAgree(long seed) {
        Random r = new Random(seed);
        int n = 2 + r.nextInt(4);
        long[][] m = new long[n][n];
        for (int i = 0; i < n - 1; i++) for (int j = 0; j < n; j++) m[i][j] = r.nextInt(19) - 9;
        long c1 = r.nextInt(5) - 2, c2 = r.nextInt(5) - 2;
        for (int j = 0; j < n; j++) m[n - 1][j] = c1 * m[0][j] + c2 * m[n - 2][j]; // the last row depends on two others
        int di = r.nextInt(n), dj = r.nextInt(n);
        Expr[] e = new Expr[n * n];
        for (int i = 0; i < n; i++) for (int j = 0; j < n; j++) e[i * n + j] = i == di && j == dj ? real(m[i][j]) : num(m[i][j]);
        Matrix a = Matrix.of(n, n, e);
        assertEquals(real(0), Det.of(a, Limits.DEFAULT), "seed " + seed);
        assertThrows(SingularError.class, () -> Inverse.of(a, Limits.DEFAULT), "seed " + seed);
        Matrix adj = Adjugate.adj(a, Limits.DEFAULT);
        BigDecimal[][] decimals = new BigDecimal[n][n];
        for (int i = 0; i < n; i++) for (int j = 0; j < n; j++) decimals[i][j] = BigDecimal.valueOf(m[i][j]);
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                long cofactor = ((i + j) % 2 == 0 ? 1 : -1) * leibniz(without(decimals, j, i)).longValueExact();
                assertEquals(real(cofactor), adj.get(i, j), "seed " + seed + ", adj(" + (i + 1) + ", " + (j + 1) + ")");
            }
        }
    }

    /**
     * Invertible matrices of one-decimal doubles: det is the Leibniz sum of the decimals they
     * print as, computed here in BigDecimal and rounded once, and each entry of inv is adj/det of
     * those exact values, rounded once (the three from one computation agree to the last bit).
     */
    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void invertibleMatricesWithDoublesAgree(long seed) {
        Random r = new Random(seed);
        int n = 2 + r.nextInt(3);
        BigDecimal[][] m = new BigDecimal[n][n];
        Expr[] e = new Expr[n * n];
        BigDecimal det;
        do {
            for (int i = 0; i < n; i++) for (int j = 0; j < n; j++) m[i][j] = BigDecimal.valueOf(r.nextInt(199) - 99, 1);
            det = leibniz(m);
        } while (det.signum() == 0);
        for (int i = 0; i < n; i++) for (int j = 0; j < n; j++) e[i * n + j] = real(m[i][j].doubleValue());
        Matrix a = Matrix.of(n, n, e);
        assertEquals(real(det.doubleValue()), Det.of(a, Limits.DEFAULT), "seed " + seed);
        Matrix adj = Adjugate.adj(a, Limits.DEFAULT), inv = Inverse.of(a, Limits.DEFAULT);
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                BigDecimal cofactor = leibniz(without(m, j, i));
                if ((i + j) % 2 == 1) cofactor = cofactor.negate();
                assertEquals(real(cofactor.doubleValue()), adj.get(i, j), "seed " + seed);
                assertEquals(real(cofactor.divide(det, MathContext.DECIMAL128).doubleValue()), inv.get(i, j), "seed " + seed);
            }
        }
    }

    /** det by the Leibniz formula, Σ over permutations, exactly. */
    static BigDecimal leibniz(BigDecimal[][] m) {
        int n = m.length;
        BigDecimal sum = BigDecimal.ZERO;
        int[] p = new int[n];
        for (int i = 0; i < n; i++) p[i] = i;
        do {
            BigDecimal term = BigDecimal.ONE;
            for (int i = 0; i < n; i++) term = term.multiply(m[i][p[i]]);
            sum = inversions(p) % 2 == 0 ? sum.add(term) : sum.subtract(term);
        } while (nextPermutation(p));
        return sum;
    }

    private static int inversions(int[] p) {
        int k = 0;
        for (int i = 0; i < p.length; i++) for (int j = i + 1; j < p.length; j++) if (p[i] > p[j]) k++;
        return k;
    }

    private static boolean nextPermutation(int[] p) {
        int i = p.length - 2;
        while (i >= 0 && p[i] >= p[i + 1]) i--;
        if (i < 0) return false;
        int j = p.length - 1;
        while (p[j] <= p[i]) j--;
        int t = p[i]; p[i] = p[j]; p[j] = t;
        for (int a = i + 1, b = p.length - 1; a < b; a++, b--) { t = p[a]; p[a] = p[b]; p[b] = t; }
        return true;
    }

    /** m without row i and column j. */
    static BigDecimal[][] without(BigDecimal[][] m, int i, int j) {
        int n = m.length;
        BigDecimal[][] out = new BigDecimal[n - 1][n - 1];
        for (int r = 0, k = 0; r < n; r++) {
            if (r == i) continue;
            for (int c = 0, l = 0; c < n; c++) if (c != j) out[k][l++] = m[r][c];
            k++;
        }
        return out;
    }
}
