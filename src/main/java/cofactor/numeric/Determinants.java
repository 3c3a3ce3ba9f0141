package cofactor.numeric;

import cofactor.guard.Interrupts;

/**
 * Numeric determinants of double matrices and their gradients.
 *
 * <p>{@link #det} is LU with partial pivoting, {@link #cofactorSolve} LU with complete
 * pivoting, both by the one factorisation {@link Lu}. The gradient d det(A)/dA is the
 * cofactor matrix adj(A)^T, computed by {@link #cofactorSolve}: the formula
 * det(A)·inv(A)^T breaks down at singular A (inf·0 or NaN), yet adj(A) is a
 * polynomial in the entries and perfectly finite there. Following JAX's
 * {@code _cofactor_solve} (jax/_src/numpy/linalg.py): with A = P^T L U, write
 * det(A)·U^{-1} so that the last pivot u_nn is never divided by — the last row
 * of the back substitution is multiplied by the product of the other pivots
 * instead — and multiply the other rows' right-hand side by det(A). The result
 * is adj(A)·B, exact up to rounding at rank n−1 and zero below it.
 *
 * <p>One change from JAX: the factorisation uses complete pivoting (rows and
 * columns). The trick needs the rank deficiency to show up in the last pivot
 * only; partial pivoting does not guarantee that — for [[0, 1], [0, 0]] (rank 1,
 * adj = [[0, −1], [0, 0]]) the first column is all zero, the first pivot is 0 and
 * JAX returns a zero gradient. With complete pivoting the pivots decrease in
 * magnitude, so a rank-(n−1) matrix has its single zero pivot last, and an
 * exactly zero earlier pivot means rank ≤ n−2, where adj(A) = 0.
 */
public final class Determinants {
    private Determinants() {}

    /** det(A) by LU with partial pivoting ({@link Lu}); A is not modified. */
    public static double det(double[][] a) {
        checkSquare(a);
        DoubleEntries lu = new DoubleEntries(a);
        return lu.det(Lu.factor(lu, Lu.Pivoting.PARTIAL));
    }

    /** The gradient of det at A: d det(A) / d a_ij = adj(A)_ji, i.e. the cofactor matrix; finite at singular A. */
    public static double[][] detGradient(double[][] a) { return transpose(adjugate(a)); }

    /** adj(A), with det(A)·inv(A) = adj(A) where A is invertible; finite and correct at singular A. */
    public static double[][] adjugate(double[][] a) { return cofactorSolve(a, identity(checkSquare(a))); }

    /** adj(A)·B (= det(A)·solve(A, B) for invertible A), computed without dividing by the last pivot. */
    public static double[][] cofactorSolve(double[][] a, double[][] b) {
        int n = checkSquare(a);
        if (b.length != n) throw new IllegalArgumentException("B must have " + n + " rows, has " + b.length);
        int m = n == 0 ? 0 : b[0].length;
        if (n == 0) return new double[0][0];
        DoubleEntries entries = new DoubleEntries(a);
        Lu f = Lu.factor(entries, Lu.Pivoting.COMPLETE);
        double[][] lu = entries.a;

        // partial = sign · Π_{i<n-1} u_ii, det = partial · u_{n-1,n-1}
        double partial = f.sign();
        for (int i = 0; i < n - 1; i++) partial *= lu[i][i];
        if (partial == 0) return new double[n][m]; // a zero pivot before the last: rank ≤ n−2, adj(A) = 0
        double det = partial * lu[n - 1][n - 1];

        // Y = L^{-1} P B (unit lower triangular)
        double[][] y = new double[n][];
        for (int i = 0; i < n; i++) y[i] = b[f.row(i)].clone();
        for (int i = 0; i < n; i++) {
            if ((i & 31) == 0) Interrupts.check();
            double[] yi = y[i];
            for (int k = 0; k < i; k++) {
                double l = lu[i][k];
                if (l == 0) continue;
                double[] yk = y[k];
                for (int j = 0; j < m; j++) yi[j] -= l * yk[j];
            }
        }
        // W = det · U^{-1} Y, with the last row as partial · y (never dividing by u_nn)
        double[][] w = new double[n][];
        w[n - 1] = y[n - 1];
        for (int j = 0; j < m; j++) w[n - 1][j] *= partial;
        for (int i = n - 2; i >= 0; i--) {
            if ((i & 31) == 0) Interrupts.check();
            double[] wi = y[i];
            for (int j = 0; j < m; j++) wi[j] *= det;
            for (int k = i + 1; k < n; k++) {
                double u = lu[i][k];
                if (u == 0) continue;
                double[] wk = w[k];
                for (int j = 0; j < m; j++) wi[j] -= u * wk[j];
            }
            double pivot = lu[i][i];
            for (int j = 0; j < m; j++) wi[j] /= pivot;
            w[i] = wi;
        }
        // adj(A)·B = Q·W: row k of W is row colPerm[k] of the result
        double[][] out = new double[n][];
        for (int k = 0; k < n; k++) out[f.column(k)] = w[k];
        return out;
    }

    // ---- small helpers

    static int checkSquare(double[][] a) {
        int n = a.length;
        for (double[] row : a) if (row.length != n) throw new IllegalArgumentException("needs a square matrix, got " + n + " rows of length " + row.length);
        return n;
    }

    static double[][] identity(int n) {
        double[][] e = new double[n][n];
        for (int i = 0; i < n; i++) e[i][i] = 1;
        return e;
    }

    static double[][] transpose(double[][] a) {
        int n = a.length, m = n == 0 ? 0 : a[0].length;
        double[][] t = new double[m][n];
        for (int i = 0; i < n; i++) for (int j = 0; j < m; j++) t[j][i] = a[i][j];
        return t;
    }
}
