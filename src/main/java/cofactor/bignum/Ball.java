package cofactor.bignum;

import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * A real number known to lie within {@code radius} of {@code mid}: ball arithmetic, as in
 * Arb (van der Hoeven, "Ball arithmetic", 2009; Johansson, "Arb", IEEE TC 2017). The
 * midpoint is exact, rounded to the working precision after each operation; the radius is
 * an upper bound kept as a {@link Mag} (a double and an exponent), so it costs no
 * big-number work and never overflows. Every operation returns a ball that holds the exact result for
 * every choice of points in its operands, the rounding of the midpoint included; one
 * whose answer depends on that choice (a divisor that may be 0) throws {@link Undecided},
 * and the caller tries again at a higher precision, where the balls are smaller.
 */
public final class Ball {
    public static final Ball ZERO = new Ball(BigFloat.ZERO, Mag.ZERO);
    public static final Ball ONE = new Ball(BigFloat.ONE, Mag.ZERO);

    private final BigFloat mid;
    private final Mag rad;

    private Ball(BigFloat mid, Mag rad) {
        this.mid = mid;
        this.rad = rad;
    }

    public static Ball exact(BigFloat x) { return new Ball(x, Mag.ZERO); }

    public static Ball of(long n) { return exact(BigFloat.of(n)); }

    /** n, rounded to {@code bits} when it is longer. */
    public static Ball of(BigInteger n, int bits) { return exact(BigFloat.of(n)).round(bits); }

    /** p/q for q > 0. */
    public static Ball ratio(BigInteger p, BigInteger q, int bits) {
        return of(p, bits + 8).div(of(q, bits + 8), bits);
    }

    /** A value v·2^-scale known to within {@code errorUnits}·2^-scale (a fixed-point result, the middle of an interval). */
    public static Ball fixedPoint(BigInteger v, int scale, long errorUnits) {
        return new Ball(BigFloat.of(v, -scale), Mag.of(errorUnits, -scale));
    }

    public BigFloat mid() { return mid; }

    public boolean isExact() { return rad.isZero(); }

    Mag radius() { return rad; }

    public boolean isZero() { return rad.isZero() && mid.isZero(); }

    // ---- bounds

    /** An upper bound of |x| over the ball. */
    Mag upper() { return Mag.above(mid).add(rad); }

    /** A lower bound of |x| over the ball; null when the ball reaches 0. */
    Mag lower() { return rad.isZero() && !mid.isZero() ? Mag.below(mid) : Mag.below(mid).minus(rad); }

    /** k with |x| < 2^(k+1) over the ball; Long.MIN_VALUE for 0. */
    public long upperExponent() { return upper().exponent(); }

    /** Whether the radius is at least 2^k. */
    public boolean radiusReaches(long k) { return !rad.isZero() && rad.exponent() >= k; }

    /** Whether the radius is below 2^-bits of the midpoint: the ball is narrower than the last of that many bits. */
    public boolean isNarrowerThan(int bits) {
        return !mid.isZero() && (rad.isZero() || rad.exponent() < mid.top() - 1 - bits);
    }

    /** The sign every point of the ball has; 0 when the ball holds 0 (or is 0). */
    public int signum() { return lower() == null ? 0 : mid.signum(); }

    /** The error of rounding {@code exact} to {@code rounded} at {@code bits} bits: one unit in its last place, or none. */
    private static Mag roundingError(BigFloat exact, BigFloat rounded, int bits) {
        return rounded == exact ? Mag.ZERO : Mag.pow2(rounded.top() - bits);
    }

    // ---- arithmetic at a working precision of `bits` significant bits

    public Ball round(int bits) {
        BigFloat r = mid.round(bits);
        return new Ball(r, rad.add(roundingError(mid, r, bits)));
    }

    /** This ball with its radius grown by {@code error}. */
    Ball widen(Mag error) { return new Ball(mid, rad.add(error)); }

    public Ball negate() { return new Ball(mid.negate(), rad); }

    /** x·2^k, exactly. */
    public Ball shift(long k) { return new Ball(mid.shift(k), rad.isZero() ? rad : rad.mul(Mag.pow2(k))); }

    public Ball add(Ball o, int bits) {
        BigFloat a = mid, b = o.mid;
        Mag dropped = Mag.ZERO;
        if (!a.isZero() && !b.isZero()) {
            // a term far below the other's last bit only widens the ball: adding it exactly would cost its distance in bits
            long gap = a.top() - b.top();
            if (gap > bits + 64L) { dropped = Mag.above(b); b = BigFloat.ZERO; }
            else if (-gap > bits + 64L) { dropped = Mag.above(a); a = BigFloat.ZERO; }
        }
        BigFloat exact = a.add(b), r = exact.round(bits);
        return new Ball(r, rad.add(o.rad).add(dropped).add(roundingError(exact, r, bits)));
    }

    public Ball sub(Ball o, int bits) { return add(o.negate(), bits); }

    public Ball mul(Ball o, int bits) {
        BigFloat exact = mid.multiply(o.mid), r = exact.round(bits);
        Mag error = roundingError(exact, r, bits);
        // |xy - ab| ≤ |a|·rb + |b|·ra + ra·rb
        if (!rad.isZero() || !o.rad.isZero()) error = error.add(o.rad.mul(mid)).add(rad.mul(o.mid)).add(rad.mul(o.rad));
        return new Ball(r, error);
    }

    /** x/o; throws {@link DomainError} for an exact zero divisor and {@link Undecided} for one that may be 0. */
    public Ball div(Ball o, int bits) {
        if (o.isZero()) throw new DomainError(true);
        Mag lower = o.lower();
        if (lower == null) throw new Undecided("0");
        BigFloat q = BigFloat.divide(mid, o.mid, bits);
        // 0/b and a quotient by a power of two are exact unless it had to be rounded to `bits`
        Mag ulp = q.isZero() ? Mag.ZERO : Mag.pow2(q.top() - bits);
        Mag error = q.isZero() || o.mid.bits() == 1 && mid.bits() <= bits ? Mag.ZERO : ulp;
        if (rad.isZero() && o.rad.isZero()) return new Ball(q, error);
        // |x/y - a/b| ≤ (ra + |a/b|·rb) / (|b| - rb), and |a/b| ≤ |q| + ulp(q)
        Mag quotient = Mag.above(q).add(ulp);
        return new Ball(q, error.add(rad.add(quotient.mul(o.rad)).div(lower)));
    }

    public Ball sqrt(int bits) {
        if (isZero()) return ZERO;
        int s = signum();
        if (s < 0) throw new DomainError(false);
        if (s == 0) throw new Undecided("0");
        BigFloat r = mid.sqrt(bits);
        Mag error = r.multiply(r).equals(mid) ? Mag.ZERO : Mag.pow2(r.top() - bits);
        // |sqrt(x) - sqrt(a)| = |x - a| / (sqrt(x) + sqrt(a)) ≤ r / sqrt(a)
        if (!rad.isZero()) error = error.add(rad.div(Mag.below(mid).sqrtBelow()));
        return new Ball(r, error);
    }

    /** x^k for an integer k, by repeated squaring. */
    public Ball pow(BigInteger k, int bits) {
        if (k.signum() == 0) return ONE;
        if (k.signum() < 0) return ONE.div(pow(k.negate(), bits), bits);
        if (isZero()) return ZERO;
        if (k.bitLength() > 62 || Math.abs(upper().log2() * k.doubleValue()) > OutOfRange.MAX_LOG2) throw new OutOfRange();
        int w = bits + 2 * k.bitLength() + 8; // each squaring doubles the relative error so far
        Ball result = ONE, base = this;
        for (int i = 0; i < k.bitLength(); i++) {
            if (k.testBit(i)) result = result.mul(base, w);
            if (i + 1 < k.bitLength()) base = base.mul(base, w);
        }
        return result;
    }

    // ---- conversion

    /**
     * The two ends, mid ∓ max(radius, a floor), exactly. The floor keeps the sums short: 64 bits
     * below both the midpoint's last bit and the spacing of the rounding boundaries (2^granularity),
     * a larger radius cannot reach a boundary the smaller one does not, so no decision changes.
     */
    private BigFloat[] ends(long granularity) {
        if (rad.isZero()) return new BigFloat[] {mid, mid};
        BigFloat r = rad.toBigFloat();
        long floor = Math.min(mid.isZero() ? granularity : mid.top() - mid.bits(), granularity) - 64;
        if (r.top() < floor) r = BigFloat.of(BigInteger.ONE, floor);
        return new BigFloat[] {mid.subtract(r), mid.add(r)};
    }

    /** The double every point of the ball rounds to (to nearest), or NaN when two of its points round apart or it holds 0. */
    public double toDouble() {
        if (isZero()) return 0.0;
        if (signum() == 0) return Double.NaN;
        BigFloat[] e = ends(Math.max(mid.top() - 54, -1075)); // doubles are 53 bits, subnormals down to 2^-1074
        double lo = e[0].toDouble(), hi = e[1].toDouble();
        return lo == hi ? lo : Double.NaN;
    }

    /**
     * The decimal of {@code digits} significant digits every point of the ball rounds to (half
     * to even), or null when two of its points round apart or it holds 0.
     */
    public BigDecimal toDecimal(int digits, int bits) {
        if (signum() == 0) return null;
        long exponent = (long) Math.floor(mid.log2Abs() * Math.log10(2)); // a guess: off by one near powers of ten
        int w = bits + 16 + (int) (digits * 3.33);
        BigInteger smallest = BigInteger.TEN.pow(digits - 1); // the least integer of `digits` digits
        for (int attempt = 0; attempt < 4; attempt++) {
            long k = exponent - digits + 1; // the weight of the last digit is 10^k
            BigInteger n = scaledToInteger(k, w);
            if (n == null) return null;
            int length = n.abs().toString().length();
            if (length != digits) { exponent += length > digits ? 1 : -1; continue; }
            if (n.abs().equals(smallest)) {
                // 10^(d−1) may be a value just below 10^(d−1)·10^k rounded up: one digit finer it has d digits of its own
                BigInteger finer = scaledToInteger(k - 1, w);
                if (finer == null) return null;
                if (finer.abs().toString().length() == digits) return new BigDecimal(finer, Math.toIntExact(1 - k));
            }
            return new BigDecimal(n, Math.toIntExact(-k));
        }
        return null;
    }

    /** The integer every point of x·10^-k rounds to, or null when two of them round apart. */
    private BigInteger scaledToInteger(long k, int w) {
        if (Math.abs(k) > OutOfRange.MAX_DECIMAL_EXPONENT) throw new OutOfRange();
        Ball ten = of(10).pow(BigInteger.valueOf(Math.abs(k)), w);
        Ball scaled = k >= 0 ? div(ten, w) : mul(ten, w);
        BigFloat[] e = scaled.ends(-2); // the rounding boundaries are the half-integers
        BigInteger lo = e[0].roundToInteger(), hi = e[1].roundToInteger();
        return lo.equals(hi) ? lo : null;
    }

    @Override public String toString() { return mid + " ± " + rad; }
}
