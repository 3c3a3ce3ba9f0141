package cofactor.guard;

import java.math.BigDecimal;

/**
 * How long one statement may run: {@link #NONE}, or a positive number of
 * seconds. Limits too long to count in nanoseconds (over about 292 years)
 * are kept as they are and mean practically none; infinite, NaN and negative
 * values are refused where they are given, so no deadline can overflow.
 */
public record TimeLimit(double seconds) {
    public static final TimeLimit NONE = new TimeLimit(0);

    public TimeLimit {
        if (!(seconds >= 0) || Double.isInfinite(seconds)) {
            throw new IllegalArgumentException("must be 0 (none) or a finite number of seconds, got " + show(seconds));
        }
    }

    /** The limit of {@code seconds}; the message of the exception says what is wrong with a refused value. */
    public static TimeLimit ofSeconds(double seconds) { return seconds == 0 ? NONE : new TimeLimit(seconds); }

    public boolean isNone() { return seconds == 0; }

    /** The limit in nanoseconds: at least 1 for a limit, Long.MAX_VALUE for none or one too long to count. */
    public long nanos() {
        if (isNone() || seconds >= Long.MAX_VALUE / 1e9) return Long.MAX_VALUE;
        return Math.max(1, (long) (seconds * 1e9));
    }

    /** "none", or the seconds as written ("0.05 s", "10000000000 s"). */
    @Override public String toString() { return isNone() ? "none" : show(seconds) + " s"; }

    private static String show(double s) {
        if (Double.isNaN(s)) return "not a number";
        // --timeout 1e400 is read as infinity; saying "inf" would name a value Cofactor does not have
        return Double.isFinite(s) ? BigDecimal.valueOf(s).stripTrailingZeros().toPlainString() : s > 0 ? "a number past the double range" : "a negative number past the double range";
    }
}
