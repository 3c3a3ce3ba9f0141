package cofactor.solve;

import cofactor.expr.Expr;
import cofactor.expr.Num;
import cofactor.expr.Sym;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A univariate polynomial with integer coefficients, dense, lowest power first: the form
 * the root finders work in. Rational coefficients are cleared by their common denominator,
 * which changes no root.
 */
final class IntPoly {
    private final BigInteger[] c; // c[i] is the coefficient of x^i; the last one is not 0

    IntPoly(BigInteger[] coefficients) {
        int n = coefficients.length;
        while (n > 0 && coefficients[n - 1].signum() == 0) n--;
        if (n == 0) throw new IllegalArgumentException("the zero polynomial has no roots to find");
        this.c = Arrays.copyOf(coefficients, n);
    }

    /** The polynomial with these rational coefficients (lowest power first) times their common denominator. */
    static IntPoly ofRationals(List<Num> coefficients) {
        BigInteger den = BigInteger.ONE;
        for (Num q : coefficients) den = lcm(den, q.denominator());
        BigInteger[] out = new BigInteger[coefficients.size()];
        for (int i = 0; i < out.length; i++) {
            Num q = coefficients.get(i);
            out[i] = q.numerator().multiply(den.divide(q.denominator()));
        }
        return new IntPoly(out);
    }

    private static BigInteger lcm(BigInteger a, BigInteger b) { return a.divide(a.gcd(b)).multiply(b); }

    int degree() { return c.length - 1; }

    BigInteger coefficient(int i) { return i < c.length ? c[i] : BigInteger.ZERO; }

    BigInteger leading() { return c[c.length - 1]; }

    /** The coefficient of x^i as an exact number. */
    Num num(int i) { return Num.of(coefficient(i)); }

    /** Divided by the gcd of its coefficients, with a positive leading coefficient: the one form of a polynomial up to a constant. */
    IntPoly primitive() {
        BigInteger g = BigInteger.ZERO;
        for (BigInteger x : c) g = g.gcd(x);
        if (leading().signum() < 0) g = g.negate();
        BigInteger[] out = new BigInteger[c.length];
        for (int i = 0; i < c.length; i++) out[i] = c[i].divide(g);
        return new IntPoly(out);
    }

    /** The sign of p(v/2^s), exactly: the homogenised Horner sum Σ c_i v^i 2^(s(d−i)). */
    int signAt(BigInteger v, int s) {
        BigInteger r = leading();
        for (int i = c.length - 2; i >= 0; i--) r = r.multiply(v).add(c[i].shiftLeft(s * (c.length - 1 - i)));
        return r.signum();
    }

    /** The largest k with p(x) = q(x^k) (the gcd of the exponents that occur), and 1 for a constant. */
    int exponentGcd() {
        int g = 0;
        for (int i = 1; i < c.length; i++) if (c[i].signum() != 0) g = BigInteger.valueOf(g).gcd(BigInteger.valueOf(i)).intValue();
        return Math.max(g, 1);
    }

    /** q with p(x) = q(x^k), for a k that divides every exponent. */
    IntPoly deflate(int k) {
        BigInteger[] out = new BigInteger[degree() / k + 1];
        for (int i = 0; i < out.length; i++) out[i] = c[i * k];
        return new IntPoly(out);
    }

    /** p times ±1. */
    IntPoly times(int sign) {
        if (sign > 0) return this;
        BigInteger[] out = new BigInteger[c.length];
        for (int i = 0; i < c.length; i++) out[i] = c[i].negate();
        return new IntPoly(out);
    }

    /** p(−x). */
    IntPoly reflect() {
        BigInteger[] out = new BigInteger[c.length];
        for (int i = 0; i < c.length; i++) out[i] = (i & 1) == 0 ? c[i] : c[i].negate();
        return new IntPoly(out);
    }

    /** The expression Σ c_i x^i. */
    Expr toExpr(Sym x) {
        List<Expr> terms = new ArrayList<>();
        for (int i = 0; i < c.length; i++) if (c[i].signum() != 0) terms.add(Expr.mul(Num.of(c[i]), Expr.pow(x, i)));
        return Expr.add(terms);
    }

    /** The coefficients, lowest power first. */
    BigInteger[] coefficients() { return c.clone(); }

    @Override public boolean equals(Object o) { return o instanceof IntPoly p && Arrays.equals(c, p.c); }
    @Override public int hashCode() { return Arrays.hashCode(c); }
    @Override public String toString() { return toExpr(Sym.of("x")).toString(); }
}
