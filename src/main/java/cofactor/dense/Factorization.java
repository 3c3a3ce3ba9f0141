package cofactor.dense;

/**
 * P·A = L·U of a square A by Gaussian elimination with partial pivoting, or the same of A' where the
 * kernels find that cheaper (det(A') = det(A)): U on and above the diagonal of {@code lu} (in the
 * layout of the kernels that made it), L's multipliers below it, and the sign of the row
 * permutation P. Kept by the evaluator so det, log det, solves and the inverse of one matrix share
 * one factorization; {@code state} is what the kernels that made it need for solves (their pivots,
 * their solver).
 */
public record Factorization(Dense lu, int permutationSign, Object state) {
    /** A zero pivot: A is singular (to the last bit; a nearly singular A gives large solves, as in LAPACK). */
    public boolean isSingular() { return sign() == 0; }

    /** det(A) = ±Π u_ii; past the range of a double for large matrices, where {@link #logAbsDet} is not. */
    public double det() {
        double d = permutationSign;
        for (int i = 0; i < lu.rows(); i++) d *= lu.get(i, i);
        return d;
    }

    /** The sign of det(A): −1, 0 or 1. */
    public int sign() {
        int s = permutationSign;
        for (int i = 0; i < lu.rows(); i++) {
            double u = lu.get(i, i);
            if (u == 0) return 0;
            if (u < 0) s = -s;
        }
        return s;
    }

    /** log|det(A)| = Σ log|u_ii|: finite where det(A) itself would overflow (a 1000×1000 matrix). */
    public double logAbsDet() {
        double s = 0;
        for (int i = 0; i < lu.rows(); i++) s += Math.log(Math.abs(lu.get(i, i)));
        return s;
    }
}
