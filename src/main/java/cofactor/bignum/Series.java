package cofactor.bignum;

import cofactor.guard.Interrupts;
import java.math.BigInteger;
import java.util.function.LongUnaryOperator;

/**
 * Power series summed in fixed point: integers standing for their value times 2^w, each
 * product and quotient truncated toward zero (an error below one unit, 2^-w), with the
 * errors counted into the radius of the ball returned. The argument is an integer x
 * standing for x·2^-w; what separates it from the caller's real argument is the caller's
 * to bound (Brent and Zimmermann, "Modern Computer Arithmetic", §4.4).
 */
final class Series {
    private Series() {}

    /**
     * Σ t_n with t_0 = 1 and t_n = t_(n-1)·x/d(n), for |x| ≤ 1 and d(n) ≥ 2 from n = 2 on
     * (exp, and sin, cos, sinh as series in x²). A term's error is at most δ_(n-1)/2 + 2, so
     * never above 4 units; when a term truncates to 0 its true value is below 5 units and the
     * tail after it, shrinking by half each term, below 5 more.
     */
    static Ball ratios(BigInteger x, int w, LongUnaryOperator d) {
        BigInteger term = BigInteger.ONE.shiftLeft(w), sum = term;
        long n = 0;
        while (term.signum() != 0) {
            n++;
            term = truncate(term.multiply(x), w).divide(BigInteger.valueOf(d.applyAsLong(n)));
            sum = sum.add(term);
            check(n, w);
        }
        return Ball.fixedPoint(sum, w, 4 * n + 12);
    }

    /**
     * Σ x^n/(2n + 1) for |x| ≤ 1/4: atanh(z)/z at x = z², atan(z)/z at x = −z². The powers
     * carry at most 4/3 units (δ_n ≤ δ_(n-1)/4 + 1), each quotient one more; when the power
     * truncates to 0 the tail is below 3 units.
     */
    static Ball oddReciprocals(BigInteger x, int w) {
        BigInteger power = BigInteger.ONE.shiftLeft(w), sum = power;
        long n = 0;
        while (power.signum() != 0) {
            n++;
            power = truncate(power.multiply(x), w);
            sum = sum.add(power.divide(BigInteger.valueOf(2 * n + 1)));
            check(n, w);
        }
        return Ball.fixedPoint(sum, w, 4 * n + 8);
    }

    /** v·2^-w truncated toward zero, so a series of shrinking terms reaches 0 from either side. */
    private static BigInteger truncate(BigInteger v, int w) {
        return v.signum() < 0 ? v.negate().shiftRight(w).negate() : v.shiftRight(w);
    }

    private static void check(long n, int w) {
        if ((n & 31) == 0) Interrupts.check();
        if (n > 4L * w + 100) throw new IllegalStateException("a series did not converge: its argument was not reduced");
    }
}
