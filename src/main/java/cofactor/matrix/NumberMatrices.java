package cofactor.matrix;

import cofactor.expr.Expr;
import cofactor.expr.Num;
import cofactor.numeric.Determinants;
import cofactor.numeric.Lu;

/**
 * Matrices of numbers, through the one LU factorisation ({@link Lu}, partial pivoting):
 * an exact matrix stays exact (the determinant is the pivots' product, the inverse comes
 * by substitution). A matrix with doubles of at most {@link #EXACT_UP_TO} rows is computed
 * exactly from the decimals its entries print as (0.1 as 1/10) and each result rounded
 * once, so its det, adj and inv come from one exact computation and agree with each other:
 * det([[1, 2, 3], [4, 5, 6], [7, 8, 9.0]]) is 0.0, its adjugate [[-3.0, 6.0, -3.0], ...],
 * and inv calls it singular (in doubles, LU gave a det of 6.7e-16 and an inverse of size
 * 1e16). A larger one is computed in doubles by {@link Determinants}, the numbers
 * {@code ndet} and {@code nadj} give.
 */
final class NumberMatrices {
    private NumberMatrices() {}

    /** The largest matrix with doubles computed exactly: its exact LU costs what 10×10 rationals cost. */
    static final int EXACT_UP_TO = 10;

    static boolean isNumeric(Matrix m) {
        for (Expr e : m.entries()) if (!(e instanceof Num)) return false;
        return true;
    }

    static boolean isExact(Matrix m) {
        for (Expr e : m.entries()) if (!(e instanceof Num n) || !n.isExact()) return false;
        return true;
    }

    /** Whether a matrix with doubles is small enough to be computed exactly (see the class comment). */
    static boolean exactlyFromDecimals(Matrix a) { return !isExact(a) && a.rows() <= EXACT_UP_TO; }

    /** The matrix of the exact values its entries print as. */
    static Matrix printedValues(Matrix a) { return a.map(e -> ((Num) e).printedValue()); }

    /** An exact result of a matrix with doubles, rounded once to a double. */
    static Expr rounded(Expr exact) { return Num.real(((Num) exact).doubleValue()); }

    /** The determinant: exact for an exact matrix, else a double. */
    static Num det(Matrix a) {
        if (isExact(a)) return Factored.of(a).det();
        if (exactlyFromDecimals(a)) return (Num) rounded(Factored.of(printedValues(a)).det());
        return Num.real(Determinants.det(doubles(a)));
    }

    /** The inverse, exact for an exact matrix; a singular matrix is an error. */
    static Matrix inverse(Matrix a) {
        if (exactlyFromDecimals(a)) return Factored.of(printedValues(a)).inverse().map(NumberMatrices::rounded);
        return Factored.of(a).inverse();
    }

    /** The adjugate of a large matrix with doubles: finite, and right at rank n−1 too (JAX's cofactor solve). */
    static Matrix inexactAdjugate(Matrix a) {
        return Matrix.ofDoubles(Determinants.adjugate(doubles(a)));
    }

    static double[][] doubles(Matrix a) {
        double[][] m = new double[a.rows()][a.cols()];
        for (int i = 0; i < a.rows(); i++) for (int j = 0; j < a.cols(); j++) m[i][j] = ((Num) a.get(i, j)).doubleValue();
        return m;
    }

    /** A square matrix of numbers as Nums (all exact, or all doubles), factored in place by {@link Lu}. */
    static final class Factored implements Lu.Entries {
        private final Num[][] a;
        private final boolean exact;
        private Lu lu;

        private Factored(Matrix m) {
            int n = m.rows();
            exact = isExact(m);
            a = new Num[n][n];
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < n; j++) {
                    Num x = (Num) m.get(i, j);
                    a[i][j] = exact ? x : Num.real(x.doubleValue());
                }
            }
        }

        static Factored of(Matrix m) {
            Factored f = new Factored(m);
            f.lu = Lu.factor(f, Lu.Pivoting.PARTIAL);
            return f;
        }

        @Override public int size() { return a.length; }

        /** Only zero has magnitude 0: a tiny exact rational whose double underflows still counts. */
        @Override public double magnitude(int i, int j) {
            Num x = a[i][j];
            return x.isZero() ? 0 : Math.max(Math.abs(x.doubleValue()), Double.MIN_VALUE);
        }

        @Override public void swapRows(int i, int k) {
            Num[] t = a[i]; a[i] = a[k]; a[k] = t;
        }

        @Override public void swapColumns(int j, int k) {
            for (Num[] row : a) { Num t = row[j]; row[j] = row[k]; row[k] = t; }
        }

        @Override public void eliminate(int k, int i) {
            Num m = a[i][k].div(a[k][k]);
            a[i][k] = m;
            if (m.isZero()) return;
            for (int j = k + 1; j < a.length; j++) a[i][j] = a[i][j].sub(m.mul(a[k][j]));
        }

        boolean isSingular() { return lu.isSingular(); }

        /** sign·Π u_kk. */
        Num det() {
            if (lu.isSingular()) return exact ? Num.ZERO : Num.real(0.0);
            Num det = Num.of(lu.sign());
            for (int k = 0; k < a.length; k++) det = det.mul(a[k][k]);
            return det;
        }

        /** A^{-1}: column c solves L·U·x = P·e_c, forward then back substitution. */
        Matrix inverse() {
            if (lu.isSingular()) throw new SingularError("inv", "the matrix is singular (its determinant is 0)");
            int n = a.length;
            Num zero = exact ? Num.ZERO : Num.real(0.0), one = exact ? Num.ONE : Num.real(1.0);
            Expr[] out = new Expr[n * n];
            Num[] x = new Num[n];
            for (int c = 0; c < n; c++) {
                cofactor.guard.Interrupts.check();
                for (int i = 0; i < n; i++) {
                    Num s = lu.row(i) == c ? one : zero;
                    for (int k = 0; k < i; k++) if (!a[i][k].isZero()) s = s.sub(a[i][k].mul(x[k]));
                    x[i] = s;
                }
                for (int i = n - 1; i >= 0; i--) {
                    Num s = x[i];
                    for (int k = i + 1; k < n; k++) if (!a[i][k].isZero()) s = s.sub(a[i][k].mul(x[k]));
                    x[i] = s.div(a[i][i]);
                }
                for (int i = 0; i < n; i++) out[i * n + c] = x[i];
            }
            return Matrix.of(n, n, out);
        }
    }
}
