package cofactor.numeric;

import cofactor.guard.Interrupts;

/**
 * Gaussian elimination, the one LU factorisation behind every determinant, inverse and
 * solve of a matrix of numbers: P·A·Q = L·U in place, L unit lower triangular (its
 * multipliers stored below the diagonal), U upper triangular. This class chooses the
 * pivots, swaps, keeps the permutations and their sign, and stops at a zero pivot; the
 * matrix ({@link Entries}) does the arithmetic of its own scalars — doubles
 * ({@link DoubleEntries}) or exact rationals — so the algorithm is written once.
 *
 * <p>Pivoting: {@link Pivoting#PARTIAL} takes the largest entry of the column (the
 * first of equals) and swaps rows; {@link Pivoting#COMPLETE} takes the largest entry of
 * the whole remaining block (the first in row-major order) and swaps rows and columns,
 * so the pivots decrease in magnitude and a rank deficiency shows up in the last ones
 * (the stable adjugate needs that; see {@link Determinants}).
 */
public final class Lu {
    public enum Pivoting { PARTIAL, COMPLETE }

    /** A square matrix being factored in place. */
    public interface Entries {
        int size();

        /** |a_ij|, to choose pivots by; 0 exactly when a_ij is 0. */
        double magnitude(int i, int j);

        void swapRows(int i, int k);

        void swapColumns(int j, int k);

        /**
         * Eliminates a_ik below the pivot a_kk: m = a_ik / a_kk is stored at (i, k), and
         * when m ≠ 0, row i minus m·row k replaces row i in the columns after k.
         */
        void eliminate(int k, int i);
    }

    private final int[] rowPerm, colPerm;
    private final int sign, rank;

    private Lu(int[] rowPerm, int[] colPerm, int sign, int rank) {
        this.rowPerm = rowPerm;
        this.colPerm = colPerm;
        this.sign = sign;
        this.rank = rank;
    }

    /** Factors a in place. */
    public static Lu factor(Entries a, Pivoting pivoting) {
        int n = a.size();
        int[] rows = new int[n], cols = new int[n];
        for (int i = 0; i < n; i++) { rows[i] = i; cols[i] = i; }
        int sign = 1, k = 0;
        for (; k < n; k++) {
            if ((k & 31) == 0) Interrupts.check();
            int pr = k, pc = k;
            if (pivoting == Pivoting.PARTIAL) {
                for (int i = k + 1; i < n; i++) if (a.magnitude(i, k) > a.magnitude(pr, k)) pr = i;
            } else {
                double best = -1;
                for (int i = k; i < n; i++) {
                    for (int j = k; j < n; j++) {
                        double v = a.magnitude(i, j);
                        if (v > best) { best = v; pr = i; pc = j; }
                    }
                }
            }
            if (pr != k) {
                a.swapRows(pr, k);
                int t = rows[pr]; rows[pr] = rows[k]; rows[k] = t;
                sign = -sign;
            }
            if (pc != k) {
                a.swapColumns(pc, k);
                int t = cols[pc]; cols[pc] = cols[k]; cols[k] = t;
                sign = -sign;
            }
            if (a.magnitude(k, k) == 0) break; // the rest is zero (complete), or this column is (partial): nothing to eliminate by
            for (int i = k + 1; i < n; i++) a.eliminate(k, i);
        }
        return new Lu(rows, cols, sign, k);
    }

    /** Row i of P·A·Q is row {@code row(i)} of A. */
    public int row(int i) { return rowPerm[i]; }

    /** Column k of A·Q is column {@code column(k)} of A. */
    public int column(int k) { return colPerm[k]; }

    /** sign(P)·sign(Q): det(A) = sign·Π u_kk. */
    public int sign() { return sign; }

    /**
     * The number of nonzero pivots before the first zero one (n when there is none): with
     * it the factorisation stopped, so A is singular exactly when it is below n.
     */
    public int pivots() { return rank; }

    public boolean isSingular() { return rank < rowPerm.length; }
}
