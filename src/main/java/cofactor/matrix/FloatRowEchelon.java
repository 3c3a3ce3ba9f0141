package cofactor.matrix;

import cofactor.expr.Expr;
import cofactor.expr.Num;
import cofactor.guard.Interrupts;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The reduced row echelon form of a matrix of doubles, by Gauss–Jordan elimination with
 * partial pivoting, where a column whose largest candidate pivot is at most the tolerance
 * has no pivot. The default tolerance is MATLAB's for rref: max(m, n)·eps·‖A‖∞, so
 * [[1, 2], [2, 4.0]] and [[0.1, 0.2], [0.3, 0.6000000000000001]] both have rank 1. Rank and
 * null space come from the same pivots, so rank + the null space's dimension is the number
 * of columns.
 *
 * <p>As for det and inv ({@link NumberMatrices}), a matrix of at most
 * {@link NumberMatrices#EXACT_UP_TO} rows is eliminated exactly on the decimals its entries
 * print as, only the pivot test using the tolerance, and each result rounded once: the null
 * space of [[1, 2, 3], [4, 5, 6], [7, 8, 9.0]] is [[1.0, -2.0, 1.0]], where elimination in
 * doubles gives 0.9999999999999993 for its first entry.
 */
public final class FloatRowEchelon {
    private final Num[][] a;
    private final List<Integer> pivotColumns = new ArrayList<>();
    private final double tolerance;

    private FloatRowEchelon(Matrix m, double tolerance) {
        boolean exact = m.rows() <= NumberMatrices.EXACT_UP_TO;
        a = new Num[m.rows()][m.cols()];
        for (int i = 0; i < m.rows(); i++) {
            for (int j = 0; j < m.cols(); j++) {
                Num x = (Num) m.get(i, j);
                a[i][j] = exact ? x.printedValue() : Num.real(x.doubleValue());
            }
        }
        this.tolerance = tolerance >= 0 ? tolerance : defaultTolerance(NumberMatrices.doubles(m));
        eliminate();
    }

    /** The reduction with the given tolerance; a negative one means the default. */
    public static FloatRowEchelon of(Matrix m, double tolerance) { return new FloatRowEchelon(m, tolerance); }

    /** max(m, n)·eps·‖A‖∞ (the largest row sum of magnitudes). */
    static double defaultTolerance(double[][] a) {
        int n = a.length == 0 ? 0 : a[0].length;
        return Math.max(a.length, n) * Math.ulp(1.0) * infinityNorm(a);
    }

    /** ‖A‖∞, the largest row sum of magnitudes. */
    static double infinityNorm(double[][] a) {
        double norm = 0;
        for (double[] row : a) {
            double s = 0;
            for (double x : row) s += Math.abs(x);
            norm = Math.max(norm, s);
        }
        return norm;
    }

    public double tolerance() { return tolerance; }

    private void eliminate() {
        int rows = a.length, cols = rows == 0 ? 0 : a[0].length;
        for (int c = 0, r = 0; c < cols && r < rows; c++) {
            Interrupts.check();
            int p = r;
            for (int i = r + 1; i < rows; i++) if (magnitude(a[i][c]) > magnitude(a[p][c])) p = i;
            if (magnitude(a[p][c]) <= tolerance) {
                for (int i = r; i < rows; i++) a[i][c] = Num.ZERO; // below the tolerance is zero, also in the result
                continue;
            }
            Num[] t = a[p]; a[p] = a[r]; a[r] = t;
            Num pc = a[r][c];
            for (int j = 0; j < cols; j++) a[r][j] = a[r][j].div(pc);
            a[r][c] = Num.ONE;
            for (int i = 0; i < rows; i++) {
                if (i == r || a[i][c].isZero()) continue;
                Num f = a[i][c];
                for (int j = 0; j < cols; j++) a[i][j] = a[i][j].sub(f.mul(a[r][j]));
                a[i][c] = Num.ZERO;
            }
            pivotColumns.add(c);
            r++;
        }
    }

    /** |x|; a tiny exact rational whose double underflows is still above a tolerance of 0. */
    private static double magnitude(Num x) { return x.isZero() ? 0 : Math.max(Math.abs(x.doubleValue()), Double.MIN_VALUE); }

    public int rank() { return pivotColumns.size(); }

    public Matrix rref() {
        int rows = a.length, cols = rows == 0 ? 0 : a[0].length;
        Expr[] e = new Expr[rows * cols];
        for (int i = 0; i < rows; i++) for (int j = 0; j < cols; j++) e[i * cols + j] = real(i < rank() ? a[i][j] : Num.ZERO);
        return Matrix.of(rows, cols, e);
    }

    /** One basis vector per free column, as rows ({@link NullSpace}), in doubles. */
    public Matrix nullspace() { return NullSpace.of(rref(), pivotColumns, (v, f) -> Arrays.stream(v).map(x -> (Expr) real((Num) x)).toList()); }

    /** x rounded once to a double; + 0.0 so no -0.0 is shown. */
    private static Num real(Num x) { return Num.real(x.doubleValue() + 0.0); }
}
