package cofactor.numeric;

import cofactor.bignum.Ball;
import cofactor.expr.Expr;
import cofactor.expr.MathError;
import cofactor.expr.Num;
import cofactor.expr.Sym;
import cofactor.guard.Interrupts;
import java.math.BigDecimal;

/**
 * The value of a closed expression to the last digit: it is enclosed in a ball at a working
 * precision, and the precision is doubled until every point of the ball rounds to the same
 * double (or decimal of d digits), which is then the correctly rounded value. Cancellation
 * (sin(10^30), (1 + 10^-30) − 1, 1 − cos(10^-20)) only makes the balls wider, so it costs
 * precision, never a wrong digit. Past {@link #EXTRA_BITS} more bits than the answer needs
 * it gives up with the reason, except when the ball is already narrower than the answer's
 * last digit and only straddles a rounding boundary: then the nearest value of its midpoint,
 * one of the two neighbours of the true value, is returned (a faithful rounding).
 */
public final class Refine {
    private Refine() {}

    /** Where the precision starts for a double: 53 bits and a margin that makes a second round rare. */
    private static final int FIRST_BITS = 96;

    /**
     * How many bits beyond the answer's own the precision may grow to: cancellation of about
     * 1 200 decimal digits (SymPy's evalf allows about 100, Mathematica's $MaxExtraPrecision 50).
     * Reducing a large argument (sin(10^1000)) needs no extra here: the function takes π to
     * as many more bits itself.
     */
    static final int EXTRA_BITS = 1 << 12;

    private static final double DIGITS_PER_BIT = Math.log10(2);

    /** The double nearest to the value of closed e. */
    public static double toDouble(Expr e) {
        double known = nearestKnown(e);
        if (!Double.isNaN(known)) return known;
        int limit = 53 + EXTRA_BITS;
        for (int bits = FIRST_BITS; ; bits = Math.min(2 * bits, limit)) {
            Interrupts.check();
            Unresolved why;
            try {
                Ball b = Enclosure.of(e, bits);
                if (b.isZero()) return 0.0;
                double d = b.toDouble();
                if (!Double.isNaN(d)) return inRange(d, b, bits);
                if (bits == limit && b.isNarrowerThan(53 + 8)) return inRange(b.mid().toDouble(), b, bits); // faithful: see above
                why = b.signum() == 0 ? Unresolved.zero(e) : Unresolved.imprecise(e);
            } catch (Unresolved u) {
                why = u;
            }
            if (bits == limit) throw why.error(digits(limit));
        }
    }

    /**
     * The sign of closed e, -1 or 1, where an enclosure of at most {@link #SIGN_BITS} bits keeps
     * away from 0; 0 where none does (e may be exactly 0, as cos(4)^2 + sin(4)^2 - 1 is, which no
     * precision shows) or e has no real value.
     */
    public static int certainSign(Expr e) {
        for (int bits = FIRST_BITS; bits <= SIGN_BITS; bits *= 2) {
            Interrupts.check();
            try {
                int sign = Enclosure.of(e, bits).signum();
                if (sign != 0) return sign;
            } catch (Unresolved | MathError undecided) {
                // a part that no ball at this precision keeps from 0 or a pole: try more bits
            }
        }
        return 0;
    }

    /** How far {@link #certainSign} refines: a difference below 2^-700 of its parts counts as undecided. */
    static final int SIGN_BITS = 768;

    /** The decimal of {@code digits} significant digits nearest to the value of closed e (0 for 0). */
    public static BigDecimal toDecimal(Expr e, int digits) {
        int needed = (int) Math.ceil(digits / DIGITS_PER_BIT) + 8, limit = needed + EXTRA_BITS;
        for (int bits = needed + 32; ; bits = Math.min(2 * bits, limit)) {
            Interrupts.check();
            Unresolved why;
            try {
                Ball b = Enclosure.of(e, bits);
                if (b.isZero()) return BigDecimal.ZERO;
                BigDecimal d = b.toDecimal(digits, bits);
                if (d != null) return d;
                if (bits == limit && b.isNarrowerThan(needed + 8)) return Ball.exact(b.mid()).toDecimal(digits, bits);
                why = b.signum() == 0 ? Unresolved.zero(e) : Unresolved.imprecise(e);
            } catch (Unresolved u) {
                why = u;
            }
            if (bits == limit) throw why.error(digits(limit));
        }
    }

    /**
     * The fast path, where the nearest double is known without balls: a number (an exact one's
     * conversion is correctly rounded; a double is itself) and the constants (Math.PI and Math.E
     * are the doubles nearest to π and e); NaN for anything else, or a number past the double range.
     */
    private static double nearestKnown(Expr e) {
        if (e == Sym.PI) return Math.PI;
        if (e == Sym.E) return Math.E;
        if (!(e instanceof Num n) || n.decimal() != null) return Double.NaN;
        double d = n.doubleValue();
        return Double.isInfinite(d) || d == 0 && !n.isZero() ? Double.NaN : d;
    }

    /** A double past the range is refused with the value's order of magnitude, not shown as infinity or 0. */
    private static double inRange(double d, Ball b, int bits) {
        if (Double.isInfinite(d)) throw new MathError("the value, about " + about(b, bits) + ", is beyond the range of a double (1.8E308); N(e, d) gives its digits");
        if (d == 0.0) throw new MathError("the value, about " + about(b, bits) + ", is below the range of a double (4.9E-324); N(e, d) gives its digits");
        return d;
    }

    private static String about(Ball b, int bits) {
        BigDecimal d = Ball.exact(b.mid()).toDecimal(3, bits);
        String s = d.toString();
        return s.replace("E+", "E");
    }

    private static long digits(int bits) { return (long) (bits * DIGITS_PER_BIT); }
}
