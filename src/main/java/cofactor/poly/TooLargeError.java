package cofactor.poly;

import cofactor.expr.MathError;

/** Work whose result would have more terms than the session allows, refused before it starts. */
public class TooLargeError extends MathError {
    private final double estimate;

    public TooLargeError(double estimate, long limit) {
        super("the result would have about " + format(estimate) + " terms, over the limit of " + format(limit)
                + "; raise it with set(maxterms = ...)");
        this.estimate = estimate;
    }

    public double estimate() { return estimate; }

    /** Throws when the estimate is over the limit. */
    public static void check(double estimate, long limit) {
        if (estimate > limit) throw new TooLargeError(estimate, limit);
    }

    /** 176851, 4.8e8, 1e7, 2.3e13: exact below a million, two significant digits above. */
    static String format(double v) {
        if (Double.isInfinite(v) || v > 1e300) return "more than 1e300";
        if (v < 1e6) return String.valueOf(Math.round(v));
        int exp = (int) Math.floor(Math.log10(v));
        double mant = Math.round(v / Math.pow(10, exp) * 10) / 10.0;
        if (mant >= 10) { mant /= 10; exp++; }
        String m = mant == Math.rint(mant) ? String.valueOf((long) mant) : String.valueOf(mant);
        return m + "e" + exp;
    }
}
