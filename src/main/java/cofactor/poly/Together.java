package cofactor.poly;

import cofactor.expr.Expr;
import cofactor.guard.Limits;
import cofactor.guard.TooLargeError;

/**
 * Rational functions as one fraction p/q in lowest terms ({@link RationalForm}: common
 * factors cancelled by the multivariate gcd), p and q expanded, so a rational function
 * that is 0 becomes 0 and the entries of {@code inv(A)*A} become 1 and 0.
 */
public final class Together {
    /** Not a user limit: the most terms {@link #of} may build before it gives up. */
    static final long MAX_TERMS = 100_000;

    private Together() {}

    /** The normal form, a polynomial expanded; TooLargeError over the limits. */
    private static Expr normalForm(Expr e, Limits limits) {
        return RationalForm.hasDenominator(e) ? RationalForm.together(e, limits) : Expand.of(e, limits);
    }

    /** Whether e is 0 as a rational function, decided by the normal form; TooLargeError where that passes the limits. */
    public static boolean isZero(Expr e, Limits limits) { return normalForm(e, limits).isZero(); }

    /**
     * The builtin {@code together}, and the results of matrices with denominators (det,
     * adj, inv, entries of products): the normal form, a polynomial expanded; or e as it
     * was when that would pass {@link #MAX_TERMS} terms or the session's limit if that is
     * lower (tries and gives up, never refuses: matrix products call it on every entry).
     */
    public static Expr of(Expr e, Limits limits) {
        try {
            return normalForm(e, limits.withMaxTerms(Math.min(MAX_TERMS, limits.maxTerms())));
        } catch (TooLargeError tooLarge) {
            return e;
        }
    }
}
