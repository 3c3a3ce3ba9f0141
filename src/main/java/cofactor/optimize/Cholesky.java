package cofactor.optimize;

/** Symmetric positive definite systems by the Cholesky factor L·Lᵀ (Golub & Van Loan, Algorithm 4.2.1), for the small normal equations of least squares. */
final class Cholesky {
    private Cholesky() {}

    /** The lower factor, or null when a is not positive definite (in doubles). */
    static double[][] factor(double[][] a) {
        int n = a.length;
        double[][] l = new double[n][n];
        for (int j = 0; j < n; j++) {
            double d = a[j][j];
            for (int q = 0; q < j; q++) d -= l[j][q] * l[j][q];
            if (!(d > 0)) return null;
            l[j][j] = Math.sqrt(d);
            for (int i = j + 1; i < n; i++) {
                double v = a[i][j];
                for (int q = 0; q < j; q++) v -= l[i][q] * l[j][q];
                l[i][j] = v / l[j][j];
            }
        }
        return l;
    }

    /** x with a·x = b, or null when a is not positive definite. */
    static double[] solve(double[][] a, double[] b) {
        double[][] l = factor(a);
        return l == null ? null : substitute(l, b);
    }

    /** x with L·Lᵀ·x = b: forward, then back substitution. */
    private static double[] substitute(double[][] l, double[] b) {
        int n = b.length;
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            double v = b[i];
            for (int q = 0; q < i; q++) v -= l[i][q] * y[q];
            y[i] = v / l[i][i];
        }
        double[] x = new double[n];
        for (int i = n - 1; i >= 0; i--) {
            double v = y[i];
            for (int q = i + 1; q < n; q++) v -= l[q][i] * x[q];
            x[i] = v / l[i][i];
        }
        return x;
    }

    /** a⁻¹, or null when a is not positive definite. */
    static double[][] inverse(double[][] a) {
        double[][] l = factor(a);
        if (l == null) return null;
        int n = a.length;
        double[][] inv = new double[n][n];
        for (int j = 0; j < n; j++) {
            double[] e = new double[n];
            e[j] = 1;
            double[] col = substitute(l, e);
            for (int i = 0; i < n; i++) inv[i][j] = col[i];
        }
        return inv;
    }
}
