package cofactor.expr;

import static cofactor.expr.Expr.add;
import static cofactor.expr.Expr.call;
import static cofactor.expr.Expr.div;
import static cofactor.expr.Expr.mul;
import static cofactor.expr.Expr.neg;
import static cofactor.expr.Expr.num;
import static cofactor.expr.Expr.pow;
import static cofactor.expr.Expr.sqrt;
import static cofactor.expr.Expr.sub;

import java.math.BigInteger;
import java.util.HashMap;
import java.util.Map;

/**
 * What the six circular functions and their inverses know exactly, for the entries of
 * {@link Fn}: their values at the standard angles (the multiples of π/12, with the
 * radicals SymPy gives), the reduction of any other rational multiple of π to the first
 * quadrant (sin(8π/7) = -sin(π/7)), shifts by quarter turns (sin(x + π/2) = cos x),
 * a circular function of an inverse one (tan(atan x) = x, sin(acos x) = sqrt(1 - x^2)),
 * and the inverses at the standard values (asin(1/2) = π/6, atan(2 - sqrt(3)) = π/12).
 * An inverse of a circular function is left alone: asin(sin x) is x only near 0.
 */
final class Trig {
    private Trig() {}

    /** sin(jπ/12), its reciprocal, and tan(jπ/12) for j = 0..6; null at a pole. */
    private static final class Table {
        static final Expr[] SIN = new Expr[7], RECIPROCAL = new Expr[7], TAN = new Expr[7];
        static {
            Expr r2 = sqrt(num(2)), r3 = sqrt(num(3)), r6 = sqrt(num(6));
            Num quarter = Expr.rational(1, 4);
            SIN[0] = Num.ZERO;
            SIN[1] = mul(quarter, sub(r6, r2));
            SIN[2] = Num.HALF;
            SIN[3] = div(r2, num(2));
            SIN[4] = div(r3, num(2));
            SIN[5] = mul(quarter, add(r6, r2));
            SIN[6] = Num.ONE;
            RECIPROCAL[1] = add(r6, r2);
            RECIPROCAL[2] = num(2);
            RECIPROCAL[3] = r2;
            RECIPROCAL[4] = div(mul(num(2), r3), num(3));
            RECIPROCAL[5] = sub(r6, r2);
            RECIPROCAL[6] = Num.ONE;
            TAN[0] = Num.ZERO;
            TAN[1] = sub(num(2), r3);
            TAN[2] = div(r3, num(3));
            TAN[3] = Num.ONE;
            TAN[4] = r3;
            TAN[5] = add(num(2), r3);
        }

        /** The value of a circular function f at jπ/12 for j = 0..6, null at a pole. */
        static Expr at(Fn f, int j) {
            return switch (f) {
                case SIN -> SIN[j];
                case COS -> SIN[6 - j];
                case TAN -> TAN[j];
                case COT -> TAN[6 - j];
                case SEC -> RECIPROCAL[6 - j];
                case CSC -> RECIPROCAL[j];
                default -> throw new IllegalArgumentException(f + " is no circular function");
            };
        }
    }

    /** The inverses' tables: each standard value of sin, cos and tan, and the angle (a multiple of π) it is the value at. */
    private static final class Inverse {
        static final Map<Fn, Map<Expr, Num>> ANGLES = new HashMap<>();
        static {
            for (Fn g : new Fn[] {Fn.ASIN, Fn.ACOS, Fn.ATAN}) ANGLES.put(g, new HashMap<>());
            for (int j = -6; j <= 12; j++) {
                Num k = Expr.rational(j, 12);
                if (j <= 6) ANGLES.get(Fn.ASIN).put(atMultipleOfPi(Fn.SIN, k), k);  // asin's range is [-π/2, π/2]
                if (j >= 0) ANGLES.get(Fn.ACOS).put(atMultipleOfPi(Fn.COS, k), k);  // acos's is [0, π]
                if (Math.abs(j) < 6) ANGLES.get(Fn.ATAN).put(atMultipleOfPi(Fn.TAN, k), k); // atan's is (-π/2, π/2)
            }
        }
    }

    /**
     * The exact value of the circular function f at u, or null to keep f(u): f of an
     * inverse circular function, f at a rational multiple of π (a standard angle, or one
     * reduced to the first quadrant), f at u + kπ/2.
     */
    static Expr special(Fn f, Expr u) {
        if (u instanceof Call c && isInverse(c.fn())) return ofInverse(f, c.fn(), c.arg());
        Num k = Fn.piMultiple(u);
        if (k != null) return atMultipleOfPi(f, k);
        return u instanceof Add a ? shifted(f, a) : null;
    }

    /** The inverse circular function g's value at a standard value v, as a multiple of π, or null. */
    static Expr inverseAt(Fn g, Expr v) {
        Num k = Inverse.ANGLES.get(g).get(v);
        return k == null ? null : mul(k, Sym.PI);
    }

    private static boolean isInverse(Fn g) { return g == Fn.ASIN || g == Fn.ACOS || g == Fn.ATAN; }

    /**
     * f(g(x)) for a circular f and an inverse circular g, from sin and cos of g(x):
     * (x, sqrt(1 - x^2)) for asin, (sqrt(1 - x^2), x) for acos, (x, 1)/sqrt(1 + x^2) for atan.
     */
    private static Expr ofInverse(Fn f, Fn g, Expr x) {
        Expr s, c;
        if (g == Fn.ATAN) {
            Expr r = pow(add(Num.ONE, pow(x, 2)), Num.HALF.negate());
            s = mul(x, r);
            c = r;
        } else {
            Expr root = sqrt(sub(Num.ONE, pow(x, 2)));
            s = g == Fn.ASIN ? x : root;
            c = g == Fn.ASIN ? root : x;
        }
        return switch (f) {
            case SIN -> s;
            case COS -> c;
            case TAN -> div(s, c);
            case COT -> div(c, s);
            case SEC -> pow(c, -1);
            case CSC -> pow(s, -1);
            default -> throw new IllegalArgumentException(f + " is no circular function");
        };
    }

    /** A multiple of π reduced to [0, π/2], and the sign the reduction brought. */
    private record Reduced(Num angle, boolean negated) {}

    /**
     * f(kπ) for k ≥ 0 as ±f(rπ) with r in [0, 1/2], by the period and a reflection that
     * keeps the function (SymPy's choice: sin(5π/7) = sin(2π/7), cos(4π/7) = -cos(3π/7)).
     */
    private static Reduced firstQuadrant(Fn f, Num k) {
        boolean tanLike = f == Fn.TAN || f == Fn.COT, sinLike = f == Fn.SIN || f == Fn.CSC;
        Num period = tanLike ? Num.ONE : Num.TWO;
        k = k.sub(period.mul(Num.of(k.div(period).floor())));
        boolean negated = false;
        if (k.compareTo(Num.ONE) > 0) { // only with period 2
            if (sinLike) { k = k.sub(Num.ONE); negated = true; } // sin(π + t) = -sin t
            else k = Num.TWO.sub(k);                             // cos(2π - t) = cos t
        }
        if (k.compareTo(Num.HALF) > 0) { // sin(π - t) = sin t, cos(π - t) = -cos t, tan(π - t) = -tan t
            k = Num.ONE.sub(k);
            if (!sinLike) negated = !negated;
        }
        return new Reduced(k, negated);
    }

    /** r = j/12 for an integer j: the angles of the table. */
    private static boolean isStandard(Num r) { return BigInteger.valueOf(12).mod(r.denominator()).signum() == 0; }

    /**
     * f(kπ): the table's value at a standard angle, else ±f(rπ) reduced to the first quadrant;
     * null where nothing changes. A pole is an error, as 1/sin(0) is.
     */
    private static Expr atMultipleOfPi(Fn f, Num k) {
        if (!k.isExact()) return null;
        boolean odd = f == Fn.SIN || f == Fn.TAN || f == Fn.COT || f == Fn.CSC;
        Reduced r = firstQuadrant(f, k.signum() < 0 ? k.negate() : k);
        boolean negated = r.negated ^ (odd && k.signum() < 0);
        Expr value;
        if (isStandard(r.angle)) {
            value = Table.at(f, r.angle.numerator().intValue() * (12 / r.angle.denominator().intValue()));
            if (value == null) throw f.pole(mul(k, Sym.PI));
        } else {
            if (r.angle.equals(k)) return null; // already in the first quadrant
            value = call(f, mul(r.angle, Sym.PI));
        }
        return negated ? neg(value) : value;
    }

    /**
     * f(v + kπ) where 2k is an integer: a quarter turn exchanges f with its cofunction
     * (sin(v + π/2) = cos v, tan(v + π/2) = -cot v), a half turn changes the sign of all
     * but tan and cot. Other multiples of π stay in the argument (cos(x + π/3)).
     */
    private static Expr shifted(Fn f, Add a) {
        for (int i = 0; i < a.size(); i++) {
            if (a.term(i) != Sym.PI) continue;
            Num k = a.coef(i);
            if (!k.isExact() || !k.mul(Num.TWO).isInteger()) return null;
            Expr v = sub(a, mul(k, Sym.PI));
            int quarters = k.mul(Num.TWO).numerator().mod(BigInteger.valueOf(4)).intValue();
            boolean tanLike = f == Fn.TAN || f == Fn.COT, sinLike = f == Fn.SIN || f == Fn.CSC;
            if (tanLike) quarters %= 2;
            Fn g = quarters % 2 == 0 ? f : cofunction(f);
            // signs for a quarter turn 0..3: sin, csc: + + - -; cos, sec: + - - +; tan, cot: + -
            boolean negated = tanLike ? quarters == 1 : sinLike ? quarters >= 2 : quarters == 1 || quarters == 2;
            Expr value = call(g, v);
            return negated ? neg(value) : value;
        }
        return null;
    }

    private static Fn cofunction(Fn f) {
        return switch (f) {
            case SIN -> Fn.COS;
            case COS -> Fn.SIN;
            case TAN -> Fn.COT;
            case COT -> Fn.TAN;
            case SEC -> Fn.CSC;
            case CSC -> Fn.SEC;
            default -> throw new IllegalArgumentException(f + " is no circular function");
        };
    }
}
