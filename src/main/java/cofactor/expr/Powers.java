package cofactor.expr;

import java.math.BigInteger;

/**
 * The canonical power {@code base^exp}: folds numbers, exact roots and nested powers, distributes integer
 * powers over products, and takes out of a root what is never negative (symbols are real, and a
 * non-integer power of a negative number has no real value, so x^(1/2) ≥ 0 where it is defined).
 */
final class Powers {
    private Powers() {}

    static Expr pow(Expr base, Expr exp) {
        if (exp instanceof Num e) {
            if (e.isZero()) return e.isExact() ? Num.ONE : Num.real(1.0);
            // x^1.0 is x, as x*1.0 is x: a canonical power never has exponent one (Pow asserts it)
            if (e.isOne()) return base;
            if (base instanceof Num b) return numeric(b, e);
            if (e.isInteger()) {
                if (base instanceof Mul m) return distribute(m, e);
                if (base instanceof Pow p) return pow(p.base(), Expr.mul(p.exp(), e));
                // a sum gives its content to a coefficient: (2x + 2)^2 = 4·(x + 1)^2, (1 - x)^-1 = -(x - 1)^-1
                if (base instanceof Add s) return MulBuilder.scale(new Pow(s.primitive(), e), s.content().pow(e.numerator()));
            } else if (e.isExact()) {
                if (base instanceof Pow p && p.exp() instanceof Num a && a.isExact()) return rootOfPower(p.base(), a, e);
                if (base instanceof Mul m && m.coef().isExact()) {
                    Expr split = rootOfProduct(m, e);
                    if (split != null) return split;
                }
            }
        }
        if (base instanceof Num b && (b.isOne() && b.isExact())) return Num.ONE;
        if (base == Sym.E) return Expr.call(Fn.EXP, exp);
        if (base instanceof Call c && c.fn().powersFold()) {
            Expr folded = c.fn().power(c.arg(), exp);
            if (folded != null) return folded;
        }
        return new Pow(base, exp);
    }

    /**
     * (b^a)^e for exact a and a non-integer e: b^(ae), as sqrt(sqrt(x)) = x^(1/4); but an even
     * power is never negative while b may be, so (x^2)^(1/2) = abs(x) and (x^4)^(1/3) = abs(x)^(4/3).
     * (An odd or fractional power of b has the sign of b where a root of it is defined.)
     */
    private static Expr rootOfPower(Expr b, Num a, Num e) {
        boolean even = a.isInteger() && !a.numerator().testBit(0);
        return pow(even ? Expr.call(Fn.ABS, b) : b, a.mul(e));
    }

    /**
     * (c·Π fᵢ)^e for a non-integer e: the factors that are never negative, and |c|, come out
     * (sqrt(8x) = 2·sqrt(2)·sqrt(x), sqrt(x^2·y) = abs(x)·sqrt(y)); the rest stays under
     * one root. Null when nothing comes out, or only -1 would stay under the root.
     */
    private static Expr rootOfProduct(Mul m, Num e) {
        Num c = m.coef();
        MulBuilder out = new MulBuilder(), rest = new MulBuilder();
        if (c.signum() < 0) {
            rest.mul(Num.MINUS_ONE);
            c = c.negate();
        }
        boolean any = !c.isOne();
        out.mul(numeric(c, e));
        for (int i = 0; i < m.size(); i++) {
            Expr factor = pow(m.base(i), m.exp(i));
            if (Signs.isNonNegative(factor)) {
                out.mul(pow(factor, e));
                any = true;
            } else {
                rest.mul(factor);
            }
        }
        Expr inside = rest.build();
        if (inside instanceof Num r && r.isMinusOne()) return null; // sqrt(-1)·abs(x) is no real number: sqrt(-x^2) stays whole
        return any ? out.mul(pow(inside, e)).build() : null;
    }

    private static Expr distribute(Mul m, Num k) {
        MulBuilder b = new MulBuilder().mul(m.coef().pow(k.numerator()));
        for (int i = 0; i < m.size(); i++) b.mul(pow(m.base(i), Expr.mul(m.exp(i), k)));
        return b.build();
    }

    /** b^e as one would type it, {@code (-0.8)^-0.8}, {@code (-8.0)^(1/3)}, {@code sqrt(-1.0)} (the printer shows 1/(-0.8)^0.8). */
    private static String asTyped(Num b, Num e) {
        if (e.equals(Num.HALF)) return "sqrt(" + b + ")";
        String base = b.toString(), exp = e.toString();
        if (base.startsWith("-") || base.contains("/")) base = "(" + base + ")";
        if (exp.contains("/")) exp = "(" + exp + ")";
        return base + "^" + exp;
    }

    private static Expr numeric(Num b, Num e) {
        if (!b.isExact() || !e.isExact()) {
            double v = Math.pow(b.doubleValue(), e.doubleValue());
            if (Double.isNaN(v)) throw new MathError(asTyped(b, e) + " is not a real number");
            if (Double.isInfinite(v)) throw new MathError(b.isZero() ? "division by zero" : asTyped(b, e) + " is beyond the range of a double (1.8E308)");
            return Num.real(v);
        }
        if (e.isInteger()) return b.pow(e.numerator());
        if (b.isZero()) {
            if (e.signum() < 0) throw new MathError("division by zero");
            return Num.ZERO;
        }
        // b^(p/q): exact when both parts of b are perfect q-th powers, e.g. 4^(1/2) = 2, (8/27)^(2/3) = 4/9.
        BigInteger q = e.denominator();
        if (b.signum() > 0 && q.bitLength() < 16) {
            int qi = q.intValue();
            BigInteger rn = root(b.numerator(), qi), rd = root(b.denominator(), qi);
            if (rn != null && rd != null) return Num.rational(rn, rd).pow(e.numerator());
            return new Radicals().times(b, e).build();
        }
        return new Pow(b, e);
    }

    /** The exact q-th root of n ≥ 0, or null when n is not a perfect q-th power. */
    static BigInteger root(BigInteger n, int q) {
        if (n.signum() == 0 || n.equals(BigInteger.ONE)) return n;
        if (n.bitLength() > 4096) return null;
        BigInteger r = BigInteger.valueOf(Math.round(Math.pow(n.doubleValue(), 1.0 / q)));
        if (n.bitLength() > 52) { // refine by Newton's method where the double guess is too coarse
            BigInteger qq = BigInteger.valueOf(q);
            r = r.max(BigInteger.ONE);
            for (int i = 0; i < 200; i++) {
                BigInteger next = r.multiply(qq.subtract(BigInteger.ONE)).add(n.divide(r.pow(q - 1))).divide(qq);
                if (next.subtract(r).abs().compareTo(BigInteger.ONE) <= 0) { r = next; break; }
                r = next;
            }
        }
        for (BigInteger c = r.subtract(BigInteger.ONE); c.compareTo(r.add(BigInteger.ONE)) <= 0; c = c.add(BigInteger.ONE)) {
            if (c.signum() > 0 && c.pow(q).equals(n)) return c;
        }
        return null;
    }
}
