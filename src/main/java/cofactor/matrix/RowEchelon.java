package cofactor.matrix;

import cofactor.expr.Expr;
import cofactor.expr.Num;
import cofactor.guard.Interrupts;
import cofactor.guard.Limits;
import cofactor.poly.Expand;
import cofactor.poly.RationalForm;
import java.util.ArrayList;
import java.util.List;

/**
 * The reduced row echelon form of a matrix with exact entries (rationals, symbols, any
 * expressions), by fraction-free Gauss–Jordan elimination: Bareiss's one-step division
 * applied to the rows above the pivot too (Nakos, Turner and Williams, 1997). After each
 * step every entry is a minor of A, so each division by the previous pivot is exact, the
 * entries stay polynomials in A's entries (canonical and expanded, no growth of
 * denominators), and at the end every pivot holds the same value d: the reduced form is
 * this matrix divided by d.
 *
 * <p>An entry counts as zero when its canonical form is 0. Entries that are not polynomials
 * ({@code sin x}) are kept whole as independent symbols, so for symbolic entries this is the
 * generic rank: the rank for all values of the symbols except those on which some pivot
 * vanishes ({@code [[x, 1], [1, x]]} has rank 2, though at x = 1 the rank is 1).
 */
public final class RowEchelon {
    private final Expr[][] a;       // fraction-free reduced form; pivot i sits at (i, pivotColumns[i])
    private final List<Integer> pivotColumns = new ArrayList<>();
    private final Limits limits;
    private Expr pivot = Num.ONE;   // the common value of the pivots (1 for the zero matrix)

    private RowEchelon(Matrix m, Limits limits) {
        this.limits = limits;
        a = new Expr[m.rows()][m.cols()];
        for (int i = 0; i < m.rows(); i++) for (int j = 0; j < m.cols(); j++) a[i][j] = normal(m.get(i, j));
        eliminate();
    }

    /** The reduction of a matrix with exact entries (a matrix of doubles goes to {@link FloatRowEchelon}). */
    public static RowEchelon of(Matrix m, Limits limits) { return new RowEchelon(m, limits); }

    private void eliminate() {
        int rows = a.length, cols = rows == 0 ? 0 : a[0].length;
        for (int c = 0, r = 0; c < cols && r < rows; c++) {
            Interrupts.check();
            int p = pivotRow(r, c);
            if (p < 0) continue;
            Expr[] t = a[p]; a[p] = a[r]; a[r] = t;
            Expr pc = a[r][c];
            for (int i = 0; i < rows; i++) {
                if (i == r) continue;
                Expr ic = a[i][c];
                for (int j = 0; j < cols; j++) {
                    if (j == c) continue;
                    // (p·a_ij − a_ic·a_rj)/previous pivot: a minor of A, so the division leaves no remainder
                    a[i][j] = normal(Expr.div(Expr.sub(Expr.mul(pc, a[i][j]), Expr.mul(ic, a[r][j])), pivot));
                }
                a[i][c] = Num.ZERO; // (p·a_ic − a_ic·p)/d; a row above gets the new pivot p at its own pivot, (p·d − a_ic·0)/d
            }
            pivot = pc;
            pivotColumns.add(c);
            r++;
        }
    }

    /** The row from r down with the simplest nonzero entry in column c (a number first, then the fewest terms); -1 if none. */
    private int pivotRow(int r, int c) {
        int best = -1;
        int bestSize = Integer.MAX_VALUE;
        for (int i = r; i < a.length; i++) {
            Expr e = a[i][c];
            if (e.isZero()) continue;
            int size = e instanceof Num ? 0 : e.toString().length();
            if (size < bestSize) { best = i; bestSize = size; }
        }
        return best;
    }

    /** The canonical form the zero test reads: expanded, or one fraction in lowest terms. */
    private Expr normal(Expr e) {
        if (e instanceof Num) return e;
        return RationalForm.hasDenominator(e) ? RationalForm.together(e, limits) : Expand.of(e, limits);
    }

    public int rank() { return pivotColumns.size(); }

    /** The columns (0-based) that hold pivots. */
    public List<Integer> pivotColumns() { return List.copyOf(pivotColumns); }

    /** The reduced row echelon form: each pivot 1, zeros above and below it. */
    public Matrix rref() {
        int rows = a.length, cols = rows == 0 ? 0 : a[0].length;
        Expr[] e = new Expr[rows * cols];
        for (int i = 0; i < rows; i++) for (int j = 0; j < cols; j++) e[i * cols + j] = i < rank() ? normal(Expr.div(a[i][j], pivot)) : Num.ZERO;
        return Matrix.of(rows, cols, e);
    }

    /**
     * A basis of the null space, one vector per column without a pivot, as the rows of the
     * result ({@link NullSpace}), each scaled to polynomials with integer
     * coefficients and no common integer factor ({@link Primitive}), so
     * nullspace([[1, 2], [2, 4]]) is [[-2, 1]].
     */
    public Matrix nullspace() { return NullSpace.of(rref(), pivotColumns, (v, f) -> Primitive.of(v, f, limits)); }
}
