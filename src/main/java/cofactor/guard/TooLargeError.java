package cofactor.guard;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Work refused because its result would pass, or has grown past, one of the
 * session's {@link Limits}; the message names the option that raises it.
 */
public final class TooLargeError extends RuntimeException {
    private final double estimate;

    /** Refused before it started: the result was estimated at more terms than the limit. */
    TooLargeError(double estimate, long limit) {
        super("the result would have about " + estimate(estimate, limit) + " terms, over the limit of " + limit(limit)
                + "; raise it with set(maxterms = ...)");
        this.estimate = estimate;
    }

    /** Stopped on the way: what could not be estimated up front has built more terms than the limit. */
    TooLargeError(String what, String why, long built, long limit) {
        super(what + " have grown past " + limit + " terms (" + why + "); raise the limit with set(maxterms = ...)");
        this.estimate = built;
    }

    /** The estimated (or, when stopped on the way, the counted) terms. */
    public double estimate() { return estimate; }

    /**
     * The estimate with as few significant digits as show it is over the limit: 6.3e7 against
     * 1e7, but 1.04e7 rather than 1e7, and the whole number when no shorter form is over it.
     */
    static String estimate(double v, long limit) {
        if (Double.isInfinite(v) || v > 1e300) return "more than 1e300";
        String whole = new BigDecimal(Math.ceil(v)).toBigInteger().toString();
        if (v < 1e6) return whole;
        for (int sig = 2; sig < whole.length(); sig++) {
            BigDecimal shown = new BigDecimal(v).round(new MathContext(sig, RoundingMode.HALF_UP));
            if (shown.compareTo(BigDecimal.valueOf(limit)) > 0) return scientific(shown);
        }
        return whole;
    }

    /** The limit exactly: 100, 1e7, 1.5e7, 12345678. */
    static String limit(long limit) {
        BigDecimal l = BigDecimal.valueOf(limit);
        return limit < 1_000_000 || l.stripTrailingZeros().precision() > 3 ? Long.toString(limit) : scientific(l);
    }

    /** 1e7, 6.3e7, 1.04e7: the mantissa without trailing zeros. */
    private static String scientific(BigDecimal d) {
        BigDecimal s = d.stripTrailingZeros();
        int exp = s.precision() - s.scale() - 1;
        return s.movePointLeft(exp).stripTrailingZeros().toPlainString() + "e" + exp;
    }
}
