package cofactor.bignum;

import java.math.BigDecimal;
import java.math.BigInteger;

/** Exact decimal forms of binary numbers, for checking rounding against BigDecimal (a separate implementation). */
final class Exact {
    private Exact() {}

    /** m·2^e = m·5^-e / 10^-e exactly. */
    static BigDecimal of(BigFloat x) {
        long e = x.exponent();
        if (e >= 0) return new BigDecimal(x.mantissa().shiftLeft(Math.toIntExact(e)));
        return new BigDecimal(x.mantissa().multiply(BigInteger.valueOf(5).pow(Math.toIntExact(-e))), Math.toIntExact(-e));
    }

    /** The radius bound as an exact decimal. */
    static BigDecimal radius(Ball b) { return of(b.radius().toBigFloat()); }
}
