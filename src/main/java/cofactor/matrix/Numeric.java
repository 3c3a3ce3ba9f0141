package cofactor.matrix;

import cofactor.expr.Expr;
import cofactor.expr.Num;
import cofactor.guard.Interrupts;
import java.math.BigInteger;

/**
 * Matrices of numbers: the exact determinant by fraction-free Bareiss
 * elimination (every intermediate is itself a minor, so it stays an integer),
 * the double determinant by LU with partial pivoting, and inverses by
 * Gauss–Jordan elimination (exact over the rationals, or with partial pivoting).
 */
final class Numeric {
    private Numeric() {}

    static boolean isNumeric(Matrix m) {
        for (Expr e : m.entries()) if (!(e instanceof Num)) return false;
        return true;
    }

    static boolean isExact(Matrix m) {
        for (Expr e : m.entries()) if (!(e instanceof Num n) || !n.isExact()) return false;
        return true;
    }

    static Num det(Matrix m) { return isExact(m) ? bareiss(m) : Num.real(lu(m)); }

    /** Bareiss (1968): after clearing each row's denominators, M[i][j] ← (M[i][j]·M[k][k] − M[i][k]·M[k][j]) / previous pivot. */
    static Num bareiss(Matrix a) {
        int n = a.rows();
        if (n == 0) return Num.ONE;
        BigInteger[][] m = new BigInteger[n][n];
        BigInteger scale = BigInteger.ONE;
        for (int i = 0; i < n; i++) {
            BigInteger l = BigInteger.ONE;
            for (int j = 0; j < n; j++) {
                BigInteger d = ((Num) a.get(i, j)).denominator();
                l = l.divide(l.gcd(d)).multiply(d);
            }
            for (int j = 0; j < n; j++) {
                Num x = (Num) a.get(i, j);
                m[i][j] = x.numerator().multiply(l.divide(x.denominator()));
            }
            scale = scale.multiply(l);
        }
        int sign = 1;
        BigInteger prev = BigInteger.ONE;
        for (int k = 0; k < n - 1; k++) {
            Interrupts.check();
            if (m[k][k].signum() == 0) {
                int p = k + 1;
                while (p < n && m[p][k].signum() == 0) p++;
                if (p == n) return Num.ZERO;
                BigInteger[] t = m[p]; m[p] = m[k]; m[k] = t;
                sign = -sign;
            }
            for (int i = k + 1; i < n; i++) {
                for (int j = k + 1; j < n; j++) {
                    m[i][j] = m[i][j].multiply(m[k][k]).subtract(m[i][k].multiply(m[k][j])).divide(prev);
                }
            }
            prev = m[k][k];
        }
        BigInteger d = m[n - 1][n - 1];
        return Num.rational(sign < 0 ? d.negate() : d, scale);
    }

    static double[][] doubles(Matrix a) {
        double[][] m = new double[a.rows()][a.cols()];
        for (int i = 0; i < a.rows(); i++) for (int j = 0; j < a.cols(); j++) m[i][j] = ((Num) a.get(i, j)).doubleValue();
        return m;
    }

    /** LU with partial pivoting: the product of the pivots, with the sign of the row swaps. */
    /** The double determinant by LU with partial pivoting (one implementation: {@link cofactor.numeric.Determinants}). */
    static double lu(Matrix a) { return cofactor.numeric.Determinants.det(doubles(a)); }

    /** The inverse by Gauss–Jordan elimination; exact for an exact matrix, partial pivoting for doubles. */
    static Matrix inverse(Matrix a) {
        int n = a.rows();
        boolean exact = isExact(a);
        Num[][] m = new Num[n][2 * n];
        for (int i = 0; i < n; i++) for (int j = 0; j < n; j++) {
            Num x = (Num) a.get(i, j);
            m[i][j] = exact ? x : Num.real(x.doubleValue());
            Num id = i == j ? Num.ONE : Num.ZERO;
            m[i][n + j] = exact ? id : Num.real(id.doubleValue());
        }
        for (int c = 0; c < n; c++) {
            Interrupts.check();
            int p = -1;
            for (int i = c; i < n; i++) {
                if (m[i][c].isZero()) continue;
                if (p < 0 || !exact && Math.abs(m[i][c].doubleValue()) > Math.abs(m[p][c].doubleValue())) p = i;
                if (exact) break;
            }
            if (p < 0) throw new SingularError("inv", "the matrix is singular (its determinant is 0)");
            Num[] t = m[p]; m[p] = m[c]; m[c] = t;
            Num inv = m[c][c].inverse();
            for (int j = 0; j < 2 * n; j++) m[c][j] = m[c][j].mul(inv);
            for (int i = 0; i < n; i++) {
                if (i == c || m[i][c].isZero()) continue;
                Num f = m[i][c];
                for (int j = 0; j < 2 * n; j++) m[i][j] = m[i][j].sub(f.mul(m[c][j]));
            }
        }
        Expr[] out = new Expr[n * n];
        for (int i = 0; i < n; i++) for (int j = 0; j < n; j++) out[i * n + j] = m[i][n + j];
        return Matrix.of(n, n, out);
    }
}
