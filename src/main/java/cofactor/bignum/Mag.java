package cofactor.bignum;

import java.math.BigInteger;

/**
 * A nonnegative bound {@code r·2^e}, r a double in [1, 2) (or the bound 0), with an exponent
 * that cannot overflow: the radius of a {@link Ball} (Arb's {@code mag_t}). Each operation
 * rounds the way a bound must go: {@link #add}, {@link #mul} and {@link #div} up, {@link #minus}
 * down; the factor 1 ± 2^-50 covers the double's own rounding (at most 2^-53 per step).
 */
final class Mag implements Comparable<Mag> {
    static final Mag ZERO = new Mag(0, 0);

    private static final double UP = 1 + 0x1p-50, DOWN = 1 - 0x1p-50;
    private static final double LN2 = Math.log(2);

    private final double r;
    private final long e;

    private Mag(double r, long e) {
        this.r = r;
        this.e = e;
    }

    /** r·2^e for a finite r ≥ 0, normalised (exactly: scaling by a power of two loses nothing). */
    static Mag of(double r, long e) {
        if (r == 0) return ZERO;
        int k = Math.getExponent(r);
        return new Mag(Math.scalb(r, -k), e + k);
    }

    static Mag pow2(long e) { return new Mag(1, e); }

    /** A bound at least |x|: its leading 53 bits, plus one in the last of them. */
    static Mag above(BigFloat x) {
        if (x.isZero()) return ZERO;
        long[] lead = leading(x);
        return of((lead[0] + 1) * UP, lead[1]);
    }

    /** A bound at most |x|: its leading 53 bits. */
    static Mag below(BigFloat x) {
        if (x.isZero()) return ZERO;
        long[] lead = leading(x);
        return of(lead[0], lead[1]);
    }

    /** {t, k}: |x| = (t + f)·2^k with t an integer of at most 53 bits and 0 ≤ f < 1. */
    private static long[] leading(BigFloat x) {
        BigInteger m = x.mantissa().abs();
        int n = m.bitLength();
        int drop = Math.max(0, n - 53);
        return new long[] {(drop == 0 ? m : m.shiftRight(drop)).longValue(), x.exponent() + drop};
    }

    boolean isZero() { return r == 0; }

    /** k with 2^k ≤ this < 2^(k+1); Long.MIN_VALUE for 0. */
    long exponent() { return r == 0 ? Long.MIN_VALUE : e; }

    double log2() { return r == 0 ? Double.NEGATIVE_INFINITY : e + Math.log(r) / LN2; }

    /** The bound as a double, clamped to the double range (only to compare it with other doubles). */
    double toDouble() {
        if (r == 0) return 0;
        if (e > 1023) return Double.MAX_VALUE;
        return e < -1100 ? 0 : Math.scalb(r, (int) e);
    }

    Mag add(Mag o) {
        if (o.r == 0) return this;
        if (r == 0) return o;
        Mag big = e >= o.e ? this : o, small = big == this ? o : this;
        long gap = big.e - small.e;
        double sum = gap > 64 ? big.r : big.r + Math.scalb(small.r, (int) -gap); // past 64 bits the factor UP covers it
        return of(sum * UP, big.e);
    }

    Mag mul(Mag o) {
        if (r == 0 || o.r == 0) return ZERO;
        return of(r * o.r * UP, e + o.e);
    }

    /** this·|x| for an exact x. */
    Mag mul(BigFloat x) { return mul(above(x)); }

    Mag div(Mag o) {
        if (r == 0) return ZERO;
        return of(r / o.r * UP, e - o.e);
    }

    /** A bound at most this − o, or null when that is not positive. */
    Mag minus(Mag o) {
        if (o.r == 0) return this;
        if (compareTo(o) <= 0) return null;
        long gap = e - o.e;
        double difference = gap > 64 ? r * DOWN * DOWN : (r - Math.scalb(o.r, (int) -gap)) * DOWN;
        return difference > 0 ? of(difference, e) : null;
    }

    /** A bound at most √this. */
    Mag sqrtBelow() {
        if (r == 0) return ZERO;
        long half = Math.floorDiv(e, 2);
        return of(Math.sqrt(Math.scalb(r, (int) (e - 2 * half))) * DOWN, half);
    }

    /** The bound as an exact number (r has 53 bits, so r·2^52 is an integer). */
    BigFloat toBigFloat() {
        return r == 0 ? BigFloat.ZERO : BigFloat.of(BigInteger.valueOf((long) Math.scalb(r, 52)), e - 52);
    }

    @Override public int compareTo(Mag o) {
        if (r == 0 || o.r == 0) return Double.compare(r, o.r);
        return e != o.e ? Long.compare(e, o.e) : Double.compare(r, o.r);
    }

    @Override public String toString() { return r == 0 ? "0" : r + "*2^" + e; }
}
