package cofactor.bench;

/** What a programmer would write by hand for the benchmark functions. */
public final class HandWritten {
    private HandWritten() {}

    /** det([[x, x^2], [1, sin x]])^2. */
    public static double det2Squared(double x) {
        double d = x * Math.sin(x) - x * x;
        return d * d;
    }

    /** The 5×5 trigonometric matrix of {@link Matrices#trigDense5()}, then its determinant by LU. */
    public static double trig5(double x, double y) {
        double[][] a = new double[5][5];
        for (int i = 0; i < 5; i++) {
            for (int j = 0; j < 5; j++) {
                double u = (i + 1) * x / 5 + (j + 1) * y / 5;
                int f = (i + j) % 3;
                a[i][j] = f == 0 ? Math.sin(u) : f == 1 ? Math.cos(u) : Math.exp(u);
            }
        }
        return luDet(a);
    }

    /** Only the 25 entries of the 5×5 matrix, summed: the floor any code computing them pays (25 calls of sin/cos/exp). */
    public static double trig5Entries(double x, double y) {
        double s = 0;
        for (int i = 0; i < 5; i++) {
            for (int j = 0; j < 5; j++) {
                double u = (i + 1) * x / 5 + (j + 1) * y / 5;
                int f = (i + j) % 3;
                s += f == 0 ? Math.sin(u) : f == 1 ? Math.cos(u) : Math.exp(u);
            }
        }
        return s;
    }

    /** The 6×6 matrix of {@link Matrices#poly6()}, then its determinant by LU. */
    public static double poly6(double[] v) {
        double[][] a = new double[6][6];
        for (int i = 0; i < 6; i++) for (int j = 0; j < 6; j++) a[i][j] = v[(i + 2 * j) % 10] * v[(3 * i + j + 1) % 10] + (i - j);
        return luDet(a);
    }

    /** Gaussian elimination with partial pivoting, in place. */
    static double luDet(double[][] a) {
        int n = a.length;
        double det = 1;
        for (int k = 0; k < n; k++) {
            int p = k;
            for (int i = k + 1; i < n; i++) if (Math.abs(a[i][k]) > Math.abs(a[p][k])) p = i;
            if (p != k) { double[] t = a[p]; a[p] = a[k]; a[k] = t; det = -det; }
            double pivot = a[k][k];
            if (pivot == 0) return 0;
            det *= pivot;
            for (int i = k + 1; i < n; i++) {
                double f = a[i][k] / pivot;
                for (int j = k + 1; j < n; j++) a[i][j] -= f * a[k][j];
            }
        }
        return det;
    }
}
