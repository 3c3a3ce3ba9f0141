package cofactor.poly;

import java.math.BigInteger;

/**
 * Signed 128-bit integers as two longs (high word signed, low word unsigned), the
 * coefficients of products while they fit: a product of two longs always does, and
 * the Fateman benchmark's 83-bit coefficients are sums of such products.
 */
final class Int128 {
    private Int128() {}

    /** Whether (hi, lo) is a long: the high word is the low word's sign. */
    static boolean fitsLong(long hi, long lo) { return hi == lo >> 63; }

    /** (hi, lo) as a BigInteger, read from its sixteen bytes of two's complement: no intermediate BigIntegers, where the shifts and adds made four. */
    static BigInteger toBig(long hi, long lo) {
        byte[] b = new byte[16];
        for (int i = 0; i < 8; i++) {
            b[7 - i] = (byte) (hi >>> 8 * i);
            b[15 - i] = (byte) (lo >>> 8 * i);
        }
        return new BigInteger(b);
    }

    /** (hi, lo) as the nearest double (within a few units in the last place). */
    static double toDouble(long hi, long lo) { return hi * 0x1p64 + (lo >>> 1) * 2.0 + (lo & 1); }

    /** The carry out of the unsigned sum of two low words, sum = addend + the other. */
    static long carry(long sum, long addend) { return Long.compareUnsigned(sum, addend) < 0 ? 1 : 0; }

    /** Whether hi1 + hi2 + carry overflows a signed long (the 128-bit sum overflows). */
    static boolean highOverflows(long hi1, long hi2, long carry) {
        long t = hi1 + hi2;
        boolean first = ((hi1 ^ t) & (hi2 ^ t)) < 0;
        boolean second = carry != 0 && t == Long.MAX_VALUE;
        return first != second;
    }

    /** Bits of |c| rounded up, as BigInteger.bitLength counts them: |c| ≤ 2^bits. */
    static int bits(long c) { return 64 - Long.numberOfLeadingZeros(c < 0 ? ~c : c); }
}
