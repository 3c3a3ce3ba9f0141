package cofactor.poly;

import cofactor.expr.Expr;
import cofactor.expr.MathError;
import cofactor.expr.Num;
import cofactor.guard.Limits;
import java.math.BigInteger;

/**
 * A rational function over kernels in its normal form: num/den with integer
 * polynomials num and den that have no common factor (their gcd, content included, is
 * 1) and den's leading coefficient positive, so equal functions have equal parts. Sums
 * and products are brought to lowest terms with one gcd each ({@link #plus} shares a
 * denominator through the gcd of the two, Henrici's way).
 */
final class RationalFunction {
    private final RationalForm field;
    final KernelPolys.P num, den;

    /** num/den, already in lowest terms with den's sign normalised. */
    private RationalFunction(RationalForm field, KernelPolys.P num, KernelPolys.P den) {
        this.field = field;
        this.num = num;
        this.den = den;
    }

    /** n/d in lowest terms (d ≠ 0). */
    static RationalFunction of(RationalForm field, KernelPolys.P n, KernelPolys.P d) {
        if (d.isZero()) throw new MathError("division by 0 (a denominator is 0 as a rational function)");
        KernelPolys polys = field.polys;
        if (n.isZero()) return new RationalFunction(field, n, polys.one());
        KernelPolys.P g = polys.gcd(n, d);
        if (d.signum() < 0) g = g.negate();
        return new RationalFunction(field, polys.divide(n, g), polys.divide(d, g));
    }

    boolean isZero() { return num.isZero(); }

    RationalFunction plus(RationalFunction o) {
        if (o.isZero()) return this;
        if (isZero()) return o;
        field.checkTerms((double) num.terms() * o.den.terms() + (double) o.num.terms() * den.terms());
        KernelPolys p = field.polys;
        if (den.equals(o.den)) return of(field, num.plus(o.num), den);
        KernelPolys.P g = p.gcd(den, o.den);
        KernelPolys.P a = p.divide(den, g), b = p.divide(o.den, g);
        // n1/(g a) + n2/(g b) = (n1 b + n2 a)/(g a b): only g can share a factor with the new numerator
        KernelPolys.P n = num.times(b).plus(o.num.times(a));
        RationalFunction reduced = of(field, n, g);
        if (reduced.isZero()) return reduced;
        return new RationalFunction(field, reduced.num, reduced.den.times(a).times(b));
    }

    RationalFunction negate() { return new RationalFunction(field, num.negate(), den); }

    RationalFunction times(RationalFunction o) {
        if (isZero() || o.isZero()) return field.zero();
        field.checkTerms((double) num.terms() * o.num.terms() + (double) den.terms() * o.den.terms());
        // cross-cancel: n1/d1 · n2/d2 with gcd(n1, d2) and gcd(n2, d1) divided out is in lowest terms
        RationalFunction a = of(field, num, o.den), b = of(field, o.num, den);
        return new RationalFunction(field, a.num.times(b.num), a.den.times(b.den));
    }

    RationalFunction inverse() {
        if (isZero()) throw new MathError("division by 0 (a divisor is 0 as a rational function)");
        return num.signum() < 0 ? new RationalFunction(field, den.negate(), num.negate()) : new RationalFunction(field, den, num);
    }

    /** This function to the power k (any integer; k < 0 inverts). */
    RationalFunction pow(int k) {
        if (k < 0) return inverse().pow(-k);
        if (k == 0) return field.one();
        if (k == 1) return this;
        field.checkTerms(Math.pow(Math.max(num.terms(), den.terms()), Math.min(k, 64)));
        return new RationalFunction(field, num.pow(k), den.pow(k));
    }

    /** num/den as an expression; with doubles, den is made monic and every coefficient rounded once. */
    Expr toExpr(Limits limits) {
        KernelPolys p = field.polys;
        boolean inexact = field.inexact;
        BigInteger scale = inexact && !den.isOne() ? p.leadingCoefficient(den) : BigInteger.ONE;
        Expr n = p.toPoly(num, scale, inexact).toExpr(limits);
        if (den.isOne()) return n;
        Expr d = p.toPoly(den, scale, inexact).toExpr(limits);
        return Expr.mul(n, Expr.pow(d, Num.MINUS_ONE));
    }

    @Override public String toString() { return "(" + num + ")/(" + den + ")"; }
}
