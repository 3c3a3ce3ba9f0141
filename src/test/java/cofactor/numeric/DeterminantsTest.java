package cofactor.numeric;

import static org.junit.jupiter.api.Assertions.*;

import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Numeric det and its gradient adj(A)^T: against exact integer cofactors on small
 * matrices (nonsingular, rank n−1, rank n−2), and finite differences at n = 200.
 */
class DeterminantsTest {
    static IntStream seeds() { return IntStream.range(0, 60); }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void detMatchesTheExactIntegerDeterminant(long seed) {
        Random r = new Random(seed);
        int n = 1 + r.nextInt(6);
        long[][] a = randomIntegers(r, n, 9);
        double want = exactDet(a);
        assertEquals(want, Determinants.det(doubles(a)), 1e-9 * Math.max(1, Math.abs(want)), "seed " + seed);
    }

    /** Nonsingular, rank n−1 (a row is the sum of two others, or a copy) and rank n−2: all against exact cofactors. */
    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void theGradientIsTheExactCofactorMatrixAtAnyRank(long seed) {
        Random r = new Random(seed);
        int n = 2 + r.nextInt(4);
        long[][] a = randomIntegers(r, n, 5);
        int deficiency = (int) (seed % 3); // 0: as drawn, 1: rank ≤ n−1, 2: rank ≤ n−2
        for (int d = 1; d <= deficiency; d++) a[n - d] = combination(r, a, n - deficiency); // of rows that stay independent
        java.util.Collections.shuffle(java.util.Arrays.asList(a), r); // wherever the dependent rows end up
        long[][] cof = exactCofactors(a);
        double[][] grad = Determinants.detGradient(doubles(a));
        double scale = 1;
        for (long[] row : cof) for (long v : row) scale = Math.max(scale, Math.abs(v));
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                assertTrue(Double.isFinite(grad[i][j]), "seed " + seed + ": finite");
                assertEquals(cof[i][j], grad[i][j], 1e-9 * scale, "seed " + seed + ": entry " + i + "," + j);
            }
        }
        double[][] adj = Determinants.adjugate(doubles(a));
        for (int i = 0; i < n; i++) for (int j = 0; j < n; j++) assertEquals(cof[j][i], adj[i][j], 1e-9 * scale, "seed " + seed);
    }

    /** The zero pivot comes first under partial pivoting (JAX's rule returns 0 here); adj = [[0, −1], [0, 0]]. */
    @Test void aRankOneMatrixWhoseFirstColumnIsZero() {
        double[][] a = {{0, 1}, {0, 0}};
        assertEquals(0.0, Determinants.det(a));
        assertArrayEquals(new double[] {0, -1}, Determinants.adjugate(a)[0], 0.0);
        assertArrayEquals(new double[] {0, 0}, Determinants.adjugate(a)[1], 0.0);
        double[][] b = {{0, 2, 3}, {0, 4, 5}, {0, 6, 7}}; // rank 2, first column zero
        long[][] cof = exactCofactors(new long[][] {{0, 2, 3}, {0, 4, 5}, {0, 6, 7}});
        double[][] g = Determinants.detGradient(b);
        for (int i = 0; i < 3; i++) for (int j = 0; j < 3; j++) assertEquals(cof[i][j], g[i][j], 1e-12);
        assertEquals(-2, g[0][0], 1e-12); // 4·7 − 5·6
    }

    @Test void zeroAndOneByOneMatrices() {
        assertEquals(1.0, Determinants.det(new double[0][0]));
        assertEquals(5.0, Determinants.det(new double[][] {{5}}));
        assertArrayEquals(new double[] {1}, Determinants.adjugate(new double[][] {{5}})[0]);
        assertArrayEquals(new double[] {1}, Determinants.adjugate(new double[][] {{0}})[0]);
        assertArrayEquals(new double[] {0, 0}, Determinants.adjugate(new double[2][2])[0]);
    }

    /** det is affine in each entry, so a central difference with a large step is exact up to rounding. */
    @Test void atN200TheGradientMatchesFiniteDifferences() {
        int n = 200;
        Random r = new Random(200);
        double[][] a = nearIdentity(r, n);
        assertFiniteDifferences(a, r, "nonsingular");
        // and agrees with det(A)·inv(A)^T where A is invertible
        double[][] g = Determinants.detGradient(a);
        double[][] inv = gaussJordanInverse(a);
        double det = Determinants.det(a);
        for (int k = 0; k < 50; k++) {
            int i = r.nextInt(n), j = r.nextInt(n);
            assertEquals(det * inv[j][i], g[i][j], 1e-9 * Math.abs(det), "det·inv^T at " + i + "," + j);
        }
    }

    @Test void atN200ARankDeficientMatrixHasAFiniteCorrectGradient() {
        int n = 200;
        Random r = new Random(201);
        double[][] a = nearIdentity(r, n);
        for (int j = 0; j < n; j++) a[n - 1][j] = a[3][j] + a[7][j]; // exact (dyadic entries): rank n−1
        assertEquals(0, Determinants.det(a), 1e-10);
        double[][] g = Determinants.detGradient(a);
        double largest = 0;
        for (double[] row : g) for (double v : row) { assertTrue(Double.isFinite(v)); largest = Math.max(largest, Math.abs(v)); }
        assertTrue(largest > 1e-3, "adj(A) has rank one, not zero: " + largest);
        assertFiniteDifferences(a, r, "rank n−1");

        for (int j = 0; j < n; j++) a[n - 2][j] = a[5][j] - a[11][j]; // rank n−2: the gradient vanishes
        double[][] g2 = Determinants.detGradient(a);
        for (double[] row : g2) for (double v : row) assertEquals(0, v, 1e-9);
    }

    private static void assertFiniteDifferences(double[][] a, Random r, String what) {
        int n = a.length;
        double[][] g = Determinants.detGradient(a);
        double scale = 0;
        for (double[] row : g) for (double v : row) scale = Math.max(scale, Math.abs(v));
        for (int k = 0; k < 12; k++) {
            int i = r.nextInt(n), j = r.nextInt(n);
            if (k < 4) i = n - 1; // the dependent row's cofactors are the interesting ones
            double h = 0.25, saved = a[i][j];
            a[i][j] = saved + h;
            double plus = Determinants.det(a);
            a[i][j] = saved - h;
            double minus = Determinants.det(a);
            a[i][j] = saved;
            double fd = (plus - minus) / (2 * h);
            assertEquals(fd, g[i][j], 1e-8 * Math.max(scale, 1e-3), what + ": entry " + i + "," + j);
        }
    }

    // ---- helpers

    /** I + E with dyadic entries k/1024, so row sums are exact. */
    private static double[][] nearIdentity(Random r, int n) {
        double[][] a = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) a[i][j] = (r.nextInt(129) - 64) / 1024.0;
            a[i][i] += 1;
        }
        return a;
    }

    private static long[][] randomIntegers(Random r, int n, int bound) {
        long[][] a = new long[n][n];
        for (long[] row : a) for (int j = 0; j < n; j++) row[j] = r.nextInt(2 * bound + 1) - bound;
        return a;
    }

    /** A random integer combination of two of the first {@code among} rows of a (zero when there are none). */
    private static long[] combination(Random r, long[][] a, int among) {
        int n = a.length;
        long[] row = new long[n];
        if (among <= 0) return row;
        int p = r.nextInt(among), q = r.nextInt(among);
        long s = r.nextInt(5) - 2, t = r.nextInt(3) + 1;
        for (int j = 0; j < n; j++) row[j] = s * a[p][j] + t * a[q][j];
        return row;
    }

    private static double[][] doubles(long[][] a) {
        double[][] d = new double[a.length][a.length];
        for (int i = 0; i < a.length; i++) for (int j = 0; j < a.length; j++) d[i][j] = a[i][j];
        return d;
    }

    /** The Leibniz sum in exact integers. */
    static long exactDet(long[][] a) {
        int n = a.length;
        if (n == 0) return 1;
        return leibniz(a, new boolean[n], 0);
    }

    private static long leibniz(long[][] a, boolean[] used, int row) {
        int n = a.length;
        if (row == n) return 1;
        long total = 0;
        int sign = 1;
        for (int c = 0; c < n; c++) {
            if (used[c]) continue;
            if (a[row][c] != 0) {
                used[c] = true;
                total += sign * a[row][c] * leibniz(a, used, row + 1);
                used[c] = false;
            }
            sign = -sign; // the sign alternates over the columns still free (Laplace expansion along the row)
        }
        return total;
    }

    /** cof_ij = (−1)^{i+j} det(A without row i and column j). */
    static long[][] exactCofactors(long[][] a) {
        int n = a.length;
        long[][] c = new long[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                long[][] m = new long[n - 1][n - 1];
                for (int p = 0, mp = 0; p < n; p++) {
                    if (p == i) continue;
                    for (int q = 0, mq = 0; q < n; q++) if (q != j) m[mp][mq++] = a[p][q];
                    mp++;
                }
                c[i][j] = ((i + j) % 2 == 0 ? 1 : -1) * exactDet(m);
            }
        }
        return c;
    }

    private static double[][] gaussJordanInverse(double[][] a) {
        int n = a.length;
        double[][] m = new double[n][2 * n];
        for (int i = 0; i < n; i++) { System.arraycopy(a[i], 0, m[i], 0, n); m[i][n + i] = 1; }
        for (int k = 0; k < n; k++) {
            int p = k;
            for (int i = k + 1; i < n; i++) if (Math.abs(m[i][k]) > Math.abs(m[p][k])) p = i;
            double[] t = m[p]; m[p] = m[k]; m[k] = t;
            double pivot = m[k][k];
            for (int j = 0; j < 2 * n; j++) m[k][j] /= pivot;
            for (int i = 0; i < n; i++) {
                if (i == k || m[i][k] == 0) continue;
                double f = m[i][k];
                for (int j = 0; j < 2 * n; j++) m[i][j] -= f * m[k][j];
            }
        }
        double[][] inv = new double[n][n];
        for (int i = 0; i < n; i++) System.arraycopy(m[i], n, inv[i], 0, n);
        return inv;
    }
}
