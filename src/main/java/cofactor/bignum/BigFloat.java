package cofactor.bignum;

import java.math.BigInteger;

/**
 * A binary floating-point number {@code m·2^e} whose mantissa may be of any length. Sums
 * and products are exact; {@link #round} rounds to a number of significant bits, to
 * nearest with ties to even. It is the midpoint of a {@link Ball}, and the one place where
 * an exact value is rounded to a double, so that rounding happens once and correctly.
 */
public final class BigFloat implements Comparable<BigFloat> {
    public static final BigFloat ZERO = new BigFloat(BigInteger.ZERO, 0);
    public static final BigFloat ONE = new BigFloat(BigInteger.ONE, 0);

    private static final double LN2 = Math.log(2);

    private final BigInteger m; // odd, or zero (then e = 0): one representation per value
    private final long e;

    private BigFloat(BigInteger m, long e) {
        this.m = m;
        this.e = e;
    }

    /** m·2^e. */
    public static BigFloat of(BigInteger m, long e) {
        if (m.signum() == 0) return ZERO;
        int zeros = m.getLowestSetBit();
        return new BigFloat(zeros == 0 ? m : m.shiftRight(zeros), e + zeros);
    }

    public static BigFloat of(BigInteger n) { return of(n, 0); }

    public static BigFloat of(long n) { return of(BigInteger.valueOf(n), 0); }

    /** The exact value of a finite double. */
    public static BigFloat of(double d) {
        if (!Double.isFinite(d)) throw new IllegalArgumentException("not a finite double: " + d);
        long bits = Double.doubleToRawLongBits(d);
        int biased = (int) (bits >>> 52) & 0x7ff;
        long fraction = bits & ((1L << 52) - 1);
        long mantissa = biased == 0 ? fraction : fraction | 1L << 52;
        BigFloat x = of(BigInteger.valueOf(mantissa), (biased == 0 ? 1 : biased) - 1075L);
        return bits < 0 ? x.negate() : x;
    }

    public int signum() { return m.signum(); }
    public boolean isZero() { return m.signum() == 0; }
    public BigFloat negate() { return new BigFloat(m.negate(), e); }
    public BigFloat abs() { return m.signum() < 0 ? negate() : this; }

    /** The number of significant bits of the mantissa. */
    public int bits() {
        int n = m.bitLength(); // of |m|, except that BigInteger counts -1 (the one odd negative power of two) as 0 bits
        return n == 0 && m.signum() != 0 ? 1 : n;
    }

    /** t with 2^(t-1) ≤ |x| < 2^t; for zero, Long.MIN_VALUE. */
    public long top() { return m.signum() == 0 ? Long.MIN_VALUE : e + bits(); }

    /** x·2^k, exactly. */
    public BigFloat shift(long k) { return m.signum() == 0 ? this : new BigFloat(m, e + k); }

    /** The exact sum; its mantissa is as long as the two numbers are apart in scale, so callers bound that gap. */
    public BigFloat add(BigFloat o) {
        if (o.m.signum() == 0) return this;
        if (m.signum() == 0) return o;
        if (e <= o.e) return of(m.add(o.m.shiftLeft(Math.toIntExact(o.e - e))), e);
        return of(m.shiftLeft(Math.toIntExact(e - o.e)).add(o.m), o.e);
    }

    public BigFloat subtract(BigFloat o) { return add(o.negate()); }

    public BigFloat multiply(BigFloat o) {
        if (m.signum() == 0 || o.m.signum() == 0) return ZERO;
        return new BigFloat(m.multiply(o.m), e + o.e); // odd times odd is odd
    }

    /** Rounded to {@code bits} significant bits, to nearest, ties to even. */
    public BigFloat round(int bits) {
        int excess = bits() - bits;
        if (excess <= 0) return this;
        BigInteger a = m.abs(), q = a.shiftRight(excess);
        if (a.testBit(excess - 1) && (q.testBit(0) || a.getLowestSetBit() < excess - 1)) q = q.add(BigInteger.ONE);
        return of(m.signum() < 0 ? q.negate() : q, e + excess);
    }

    /** a/b rounded to {@code bits} significant bits (to nearest); b nonzero. */
    public static BigFloat divide(BigFloat a, BigFloat b, int bits) {
        if (b.bits() == 1) return (b.m.signum() < 0 ? a.negate() : a).shift(-b.e).round(bits);
        return stickyQuotient(a, b, bits).round(bits);
    }

    /** The double nearest to p/q (ties to even), q nonzero: one rounding, so correct for huge and tiny quotients alike. */
    public static double toDouble(BigInteger p, BigInteger q) {
        return stickyQuotient(of(p), of(q), 53).toDouble();
    }

    /**
     * a/b truncated to at least bits + 2 bits, with one more bit set when the truncation dropped
     * anything: a value that rounds to any precision up to {@code bits} exactly as a/b does.
     */
    private static BigFloat stickyQuotient(BigFloat a, BigFloat b, int bits) {
        if (b.m.signum() == 0) throw new ArithmeticException("division by zero");
        if (a.m.signum() == 0) return ZERO;
        int shift = Math.max(0, bits + 2 - (a.bits() - b.bits()));
        BigInteger[] qr = a.m.shiftLeft(shift).divideAndRemainder(b.m);
        BigInteger q = qr[0].shiftLeft(1);
        if (qr[1].signum() != 0) q = q.add(BigInteger.valueOf(a.m.signum() * b.m.signum()));
        return of(q, a.e - b.e - shift - 1);
    }

    /** The square root of x ≥ 0 rounded to {@code bits} significant bits (to nearest). */
    public BigFloat sqrt(int bits) {
        if (m.signum() < 0) throw new ArithmeticException("square root of a negative number");
        if (m.signum() == 0) return ZERO;
        // m·2^e = (m·2^s)·2^(e-s) with e - s even and m·2^s of at least 2·bits + 4 bits
        long s = Math.max(0, 2L * bits + 4 - m.bitLength());
        if (((e - s) & 1) != 0) s++;
        BigInteger n = m.shiftLeft(Math.toIntExact(s)), root = floorSqrt(n);
        BigInteger r = root.shiftLeft(1);
        if (!root.multiply(root).equals(n)) r = r.add(BigInteger.ONE); // a sticky bit: rounding it once is exact
        return of(r, (e - s) / 2 - 1).round(bits);
    }

    /**
     * ⌊√n⌋ by Newton's method from above, started from the double square root of n's leading
     * bits: two or three divisions at the sizes used here (BigInteger.sqrt takes ten times longer).
     */
    private static BigInteger floorSqrt(BigInteger n) {
        int shift = Math.max(0, n.bitLength() - 52);
        if ((shift & 1) != 0) shift++;
        long estimate = (long) Math.sqrt(n.shiftRight(shift).doubleValue()) + 2;
        BigInteger x = BigInteger.valueOf(estimate).shiftLeft(shift / 2); // at least √n
        while (true) {
            BigInteger y = x.add(n.divide(x)).shiftRight(1);
            if (y.compareTo(x) >= 0) return x;
            x = y;
        }
    }

    /** The nearest integer (ties to even). */
    public BigInteger roundToInteger() {
        if (e >= 0) return m.shiftLeft(Math.toIntExact(e));
        long integerBits = bits() + e;
        if (integerBits <= 0) { // |x| < 1: 0, or ±1 above one half (one half itself goes to the even 0)
            return abs().compareTo(of(BigInteger.ONE, -1)) > 0 ? BigInteger.valueOf(m.signum()) : BigInteger.ZERO;
        }
        BigFloat r = round((int) integerBits); // its last bit has weight 1
        return r.m.shiftLeft(Math.toIntExact(r.e));
    }

    /** log2|x| to about 1e-15 relative (a double): enough to size things, and with a margin to bound them. */
    public double log2Abs() {
        if (m.signum() == 0) return Double.NEGATIVE_INFINITY;
        int n = bits();
        BigInteger a = m.abs();
        long lead = n > 62 ? a.shiftRight(n - 62).longValue() : a.longValue();
        double fraction = lead / Math.scalb(1.0, Math.min(n, 62)); // in [1/2, 1)
        return (double) (e + n) + Math.log(fraction) / LN2;
    }

    /** The double nearest to x (ties to even), subnormals included; ±Infinity beyond the largest double. */
    public double toDouble() {
        if (m.signum() == 0) return 0.0;
        long top = top();
        if (top > 1024) return m.signum() > 0 ? Double.POSITIVE_INFINITY : Double.NEGATIVE_INFINITY;
        long available = Math.min(53, top + 1074); // significant bits a double has at this size
        double zero = m.signum() > 0 ? 0.0 : -0.0;
        if (available < 0) return zero;
        if (available == 0) { // between 2^-1075 and 2^-1074: up to the least subnormal unless exactly half of it
            return m.abs().bitCount() == 1 ? zero : Math.copySign(Double.MIN_VALUE, m.signum());
        }
        BigFloat r = round((int) available);
        if (r.top() > 1024) return Math.copySign(Double.POSITIVE_INFINITY, m.signum());
        return Math.scalb((double) r.m.longValue(), Math.toIntExact(r.e));
    }

    @Override public int compareTo(BigFloat o) {
        if (m.signum() != o.m.signum()) return Integer.compare(m.signum(), o.m.signum());
        if (m.signum() == 0) return 0;
        if (top() != o.top()) return m.signum() * Long.compare(top(), o.top());
        return subtract(o).signum();
    }

    @Override public boolean equals(Object o) { return o instanceof BigFloat b && b.e == e && b.m.equals(m); }
    @Override public int hashCode() { return m.hashCode() * 31 + Long.hashCode(e); }
    @Override public String toString() { return m + "*2^" + e; }

    BigInteger mantissa() { return m; }
    long exponent() { return e; }
}
