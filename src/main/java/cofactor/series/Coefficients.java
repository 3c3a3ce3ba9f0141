package cofactor.series;

import cofactor.expr.Expr;
import cofactor.expr.Fn;
import cofactor.expr.Num;
import cofactor.guard.Interrupts;
import cofactor.guard.Limits;
import cofactor.poly.Expand;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/**
 * Arithmetic on the coefficients of a series: exact rationals by {@link Num}'s own
 * operations (the common case, and the fast one: the 100 coefficients of exp(sin x)
 * never build an expression node), anything else through the canonical factories,
 * expanded, so that a coefficient that cancels to 0 is 0 and the leading term of a
 * quotient is found.
 */
final class Coefficients {
    private final Limits limits;
    private int work;

    Coefficients(Limits limits) { this.limits = limits; }

    Expr add(Expr a, Expr b) {
        if (a instanceof Num x && b instanceof Num y) return x.add(y);
        return normal(Expr.add(a, b));
    }

    Expr mul(Expr a, Expr b) {
        if (a instanceof Num x && b instanceof Num y) return x.mul(y);
        if (a.isZero() || b.isZero()) return Num.ZERO;
        return normal(Expr.mul(a, b));
    }

    Expr negate(Expr a) { return a instanceof Num x ? x.negate() : normal(Expr.neg(a)); }

    Expr inverse(Expr a) {
        if (a instanceof Num x) {
            if (x.isZero()) throw new PrecisionLost(0);
            return x.inverse();
        }
        return Expr.pow(a, Num.MINUS_ONE);
    }

    Expr power(Expr a, Expr p) { return normal(Expr.pow(a, p)); }

    Expr exp(Expr a) { return Expr.call(Fn.EXP, a); }

    /** sin a and cos a, or sinh a and cosh a. */
    Expr[] sinCos(Expr a, boolean hyperbolic) {
        return new Expr[] {Expr.call(hyperbolic ? Fn.SINH : Fn.SIN, a), Expr.call(hyperbolic ? Fn.COSH : Fn.COS, a)};
    }

    Sum sum() { return new Sum(); }

    /**
     * A sum of products. Exact rational products are summed as one fraction over a common
     * denominator, reduced once at the end: the denominators of a series' coefficients are
     * mostly factorials that divide one another, so a term usually costs a division and a
     * product instead of the two gcds of adding reduced fractions.
     */
    final class Sum {
        private BigInteger num = BigInteger.ZERO, den = BigInteger.ONE;
        private Num inexact = Num.ZERO; // products with a double
        private List<Expr> rest;

        void addProduct(Expr a, Expr b) {
            if ((++work & 0xFFF) == 0) Interrupts.check();
            if (a.isZero() || b.isZero()) return;
            if (a instanceof Num x && b instanceof Num y) {
                if (x.isExact() && y.isExact()) {
                    add(x.numerator().multiply(y.numerator()), x.denominator().multiply(y.denominator()));
                } else {
                    inexact = inexact.add(x.mul(y));
                }
            } else {
                if (rest == null) rest = new ArrayList<>();
                rest.add(Expr.mul(a, b));
            }
        }

        private void add(BigInteger p, BigInteger q) {
            BigInteger[] qr = den.divideAndRemainder(q);
            if (qr[1].signum() == 0) {
                num = num.add(p.multiply(qr[0]));
            } else {
                BigInteger g = den.gcd(q), qg = q.divide(g);
                num = num.multiply(qg).add(p.multiply(den.divide(g)));
                den = den.multiply(qg);
            }
        }

        Expr value() {
            Num rational = Num.rational(num, den).add(inexact);
            if (rest == null) return rational;
            rest.add(rational);
            return normal(Expr.add(rest));
        }
    }

    /** Multiplied out, so that equal coefficients are equal and cancelled ones are 0. */
    private Expr normal(Expr e) { return e instanceof Num ? e : Expand.of(e, limits); }
}
