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
    /** Not a user limit: the most terms an attempt of {@link #of} may build before it gives up. */
    static final long MAX_TERMS = 100_000;

    private Together() {}

    /**
     * The builtin {@code together}: the normal form, a polynomial expanded; refused
     * (TooLargeError) over the session's limits, as {@code expand} is.
     */
    public static Expr normalForm(Expr e, Limits limits) {
        return RationalForm.hasDenominator(e) ? RationalForm.together(e, limits) : Expand.of(e, limits);
    }

    /**
     * For the entries of matrix products: the normal form of an expression with
     * denominators; one without is returned as it is, after a scan (polynomial matrices
     * stay off the gcd path). Tries and gives up: when the work would pass
     * {@link #MAX_TERMS} terms, or the session's limit if that is lower, the expression
     * is left as it was, never refused.
     */
    public static Expr of(Expr e, Limits limits) {
        if (!RationalForm.hasDenominator(e)) return e;
        try {
            return RationalForm.together(e, limits.withMaxTerms(Math.min(MAX_TERMS, limits.maxTerms())));
        } catch (TooLargeError tooLarge) {
            return e;
        }
    }
}
