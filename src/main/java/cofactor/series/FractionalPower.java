package cofactor.series;

import java.math.BigInteger;

/**
 * A power of the series variable that is not whole (sqrt(x) at 0): a Puiseux series,
 * which a limit finds by substituting x = a + t^q (with {@link #denominator} dividing q);
 * a series in powers of x - a does not exist.
 */
final class FractionalPower extends RuntimeException {
    private final BigInteger denominator;

    /** @param denominator of the power of t, or null when the exponent is not an exact number */
    FractionalPower(BigInteger denominator) {
        super("a fractional power", null, false, false);
        this.denominator = denominator;
    }

    BigInteger denominator() { return denominator; }
}
