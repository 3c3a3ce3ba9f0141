package cofactor.matrix;

import cofactor.expr.Add;
import cofactor.expr.Expr;
import cofactor.expr.Mul;
import cofactor.expr.Num;
import cofactor.expr.Pow;
import cofactor.guard.Limits;
import cofactor.poly.Expand;
import cofactor.poly.RationalForm;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/**
 * A vector of rational functions scaled to its primitive form, the way a basis vector is
 * written by hand: multiplied by the least common multiple of the entries' denominators
 * (so the entries are polynomials), then divided by the gcd of all their integer
 * coefficients, with the sign that makes a chosen entry's first coefficient positive.
 * [-1/2, 1/3] becomes [-3, 2]; [-1/x, 1] becomes [-1, x].
 */
final class Primitive {
    private Primitive() {}

    /** v scaled; {@code positive} is the index of the entry whose sign is kept positive (a nonzero one). */
    static List<Expr> of(Expr[] v, int positive, Limits limits) {
        Expr lcm = Num.ONE;
        for (Expr e : v) lcm = Expr.mul(lcm, numerator(lowest(Expr.div(denominator(lowest(e, limits)), lcm), limits)));
        List<Expr> scaled = new ArrayList<>(v.length);
        for (Expr e : v) scaled.add(lowest(Expr.mul(lcm, e), limits));
        Num content = content(scaled);
        if (firstCoefficient(scaled.get(positive)).signum() < 0) content = content.negate();
        Num inverse = content.inverse();
        scaled.replaceAll(e -> Expand.of(Expr.mul(inverse, e), limits));
        return scaled;
    }

    private static Expr lowest(Expr e, Limits limits) {
        return RationalForm.hasDenominator(e) ? RationalForm.together(e, limits) : Expand.of(e, limits);
    }

    /** The factors of a fraction in lowest terms above the bar (the coefficient's numerator among them). */
    private static Expr numerator(Expr e) { return part(e, true); }

    /** The factors below the bar, with their exponents made positive (1 for a polynomial). */
    private static Expr denominator(Expr e) { return part(e, false); }

    private static Expr part(Expr e, boolean up) {
        if (e instanceof Num n) return n.isExact() ? Num.of(up ? n.numerator() : n.denominator()) : up ? n : Num.ONE;
        if (e instanceof Mul m) {
            List<Expr> factors = new ArrayList<>();
            factors.add(part(m.coef(), up));
            for (int i = 0; i < m.size(); i++) factors.add(part(Expr.pow(m.base(i), m.exp(i)), up));
            return Expr.mul(factors);
        }
        boolean below = e instanceof Pow p && p.exp() instanceof Num k && k.isInteger() && k.signum() < 0;
        if (below) return up ? Num.ONE : Expr.pow(((Pow) e).base(), ((Num) ((Pow) e).exp()).negate());
        return up ? e : Num.ONE;
    }

    /** The gcd of the numerators over the lcm of the denominators of every number coefficient (1 for the zero vector). */
    private static Num content(List<Expr> entries) {
        BigInteger num = BigInteger.ZERO, den = BigInteger.ONE;
        for (Expr e : entries) {
            for (Num c : coefficients(e)) {
                if (!c.isExact() || c.isZero()) continue;
                num = num.gcd(c.numerator());
                den = den.divide(den.gcd(c.denominator())).multiply(c.denominator());
            }
        }
        return num.signum() == 0 ? Num.ONE : Num.rational(num, den);
    }

    private static List<Num> coefficients(Expr e) {
        if (e instanceof Num n) return List.of(n);
        if (e instanceof Mul m) return List.of(m.coef());
        if (e instanceof Add a) {
            List<Num> out = new ArrayList<>();
            for (int i = 0; i < a.size(); i++) out.add(a.coef(i));
            out.add(a.constant());
            return out;
        }
        return List.of(Num.ONE);
    }

    private static Num firstCoefficient(Expr e) { return coefficients(e).get(0); }
}
