package cofactor.series;

import cofactor.expr.Expr;
import cofactor.expr.MathError;
import cofactor.expr.Num;
import cofactor.expr.Sym;
import cofactor.guard.Limits;
import java.math.BigInteger;
import java.util.Map;

/**
 * lim e as x → a through the series: x = a ± t with t → 0+ (x = ±1/t at infinity), and
 * the limit is read off the leading term c·t^k: c when k = 0, 0 when every term up to
 * t^0 is 0, ±∞ by the sign of c when k < 0. A one-sided expansion may hold log t
 * (x·log x → 0, as t^k outgrows any power of log t) and exp(-1/t) (which is 0 to every
 * order), and a fractional power is met by substituting t^q for t (sqrt(x) at 0+).
 * Two-sided, both sides are found and must agree.
 */
public final class Limit {
    private Limit() {}

    /** Working orders tried in turn: most limits need the first few terms, cancellation more. */
    private static final int[] ORDERS = {3, 6, 12, 24, 48, 96};

    /** The largest q tried in x = a + t^q. */
    private static final int MAX_RAMIFICATION = 12;

    /** A limit: a value, or +∞ or -∞ ({@code infinity} ±1, value null). */
    public record Result(Expr value, int infinity) {
        static Result of(Expr v) { return new Result(v, 0); }

        static Result infinite(int sign) { return new Result(null, sign); }

        @Override public String toString() { return infinity == 0 ? value.toString() : infinity > 0 ? "inf" : "-inf"; }
    }

    /** The limit of e at {@code point} from {@code side} (+1 right, -1 left, 0 both; at ±∞ it must be 0). */
    public static Result of(Expr e, Sym x, Point point, int side, Limits limits) {
        if (point.isInfinite()) {
            if (side != 0) throw new MathError("limit", "x → " + point.shown() + " has one side only; leave out dir");
            return oneSided(e, x, point, 1, limits);
        }
        if (side != 0) return oneSided(e, x, point, side, limits);
        Result right, left;
        try {
            right = oneSided(e, x, point, 1, limits);
        } catch (MathError r) {
            left = oneSided(e, x, point, -1, limits);
            throw new MathError("limit", "from the right of " + point.describe(x) + ": " + r.getMessage() + "; from the left (dir = \"-\") the limit is " + left);
        }
        try {
            left = oneSided(e, x, point, -1, limits);
        } catch (MathError l) {
            throw new MathError("limit", "from the left of " + point.describe(x) + ": " + l.getMessage() + "; from the right (dir = \"+\") the limit is " + right);
        }
        if (!right.equals(left)) {
            throw new MathError("limit", "the limit from the left is " + left + " and from the right is " + right
                    + ": there is no two-sided limit at " + point.describe(x) + " (give dir = \"+\" or \"-\")");
        }
        return right;
    }

    private static Result oneSided(Expr e, Sym x, Point point, int side, Limits limits) {
        Coefficients k = new Coefficients(limits);
        String where = point.describe(x) + (point.isInfinite() ? "" : side > 0 ? " from the right" : " from the left");
        int q = 1;
        for (int i = 0; i < ORDERS.length; ) {
            int cap = ORDERS[i] * q;
            PowerSeries s;
            try {
                s = new Expansion(Map.of(x, point.substitution(side, q, cap, k)), cap, k, true, where).of(e);
            } catch (PrecisionLost lost) {
                i++;
                continue;
            } catch (FractionalPower f) {
                BigInteger d = f.denominator();
                if (d == null || d.bitLength() > 8 || q * d.intValue() > MAX_RAMIFICATION) {
                    throw new MathError("limit", "a power of " + x + " - " + point.shown() + " with an exponent that is not a fixed fraction at " + where);
                }
                q *= d.intValue();
                continue;
            }
            Result r = leading(s);
            if (r != null) return r;
            i++;
        }
        throw new MathError("limit", "the terms of " + e + " at " + where + " cancel to every order tried: it may be 0 there");
    }

    /** The limit from the series' terms through t^0, or null when the series is not known that far. */
    private static Result leading(PowerSeries s) {
        for (int e = s.start(); e < Math.min(s.order(), 1); e++) {
            Expr c = s.coefficient(e);
            if (c.isZero()) continue;
            if (e < 0 || CoefficientSign.hasLogT(c)) {
                int sign = CoefficientSign.of(c);
                if (sign == 0) throw new MathError("limit", "the limit is infinite, with the sign of " + c.toString().replace(Expansion.LOG_T.name(), "log") + ", which is not known");
                return Result.infinite(sign);
            }
            return Result.of(c);
        }
        return s.order() >= 1 ? Result.of(Num.ZERO) : null;
    }
}
