package cofactor.bignum;

/** A value too large (or too small) to compute with: its binary exponent, or the digits needed to reduce it, pass the bounds below. */
public final class OutOfRange extends RuntimeException {
    /** Balls stay below 2^(2^31) in magnitude: a decimal exponent must fit an int, and 10^(6.5·10^8) is past any use. */
    static final double MAX_LOG2 = 0x1p31;
    static final long MAX_DECIMAL_EXPONENT = 600_000_000L;

    public OutOfRange() { super("out of range", null, false, false); }
}
