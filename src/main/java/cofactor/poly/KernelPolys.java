package cofactor.poly;

import cofactor.expr.Expr;
import cofactor.guard.Interrupts;
import edu.jas.poly.ExpVector;
import edu.jas.poly.GenPolynomial;
import edu.jas.poly.GenPolynomialRing;
import edu.jas.poly.Monomial;
import edu.jas.poly.PolyUtil;
import edu.jas.poly.TermOrder;
import edu.jas.structure.Power;
import edu.jas.ufd.GCDFactory;
import edu.jas.ufd.GreatestCommonDivisorAbstract;
import java.math.BigInteger;
import java.util.HashMap;
import java.util.Map;

/**
 * Polynomials with integer coefficients over a fixed list of kernels, as JAS
 * ({@code edu.jas}) polynomials: position i of an exponent vector is kernel i. JAS
 * gives the multivariate gcd (its modular algorithm, for integer coefficients the
 * one {@link GCDFactory} picks), exact division and the ring operations; {@link Poly},
 * the packed representation the rest of Cofactor computes in, comes in and goes out
 * through {@link #fromPoly} and {@link #toPoly}. This is the one class that speaks JAS:
 * outside it a polynomial is an opaque {@link P}.
 */
final class KernelPolys {
    private static final edu.jas.arith.BigInteger ZZ = new edu.jas.arith.BigInteger();
    private static final GreatestCommonDivisorAbstract<edu.jas.arith.BigInteger> GCD = GCDFactory.getImplementation(ZZ);

    /** A polynomial of a {@link KernelPolys} ring. */
    static final class P {
        private final GenPolynomial<edu.jas.arith.BigInteger> jas;

        private P(GenPolynomial<edu.jas.arith.BigInteger> jas) { this.jas = jas; }

        boolean isZero() { return jas.isZERO(); }
        boolean isOne() { return jas.isONE(); }
        /** The sign of the leading coefficient. */
        int signum() { return jas.signum(); }
        int terms() { return jas.length(); }
        P negate() { return new P(jas.negate()); }
        P plus(P o) { return new P(jas.sum(o.jas)); }
        P times(P o) { return new P(jas.multiply(o.jas)); }
        P pow(int k) { return new P(Power.positivePower(jas, k)); }

        @Override public boolean equals(Object o) { return o instanceof P q && jas.equals(q.jas); }
        @Override public int hashCode() { return jas.hashCode(); }
        @Override public String toString() { return jas.toString(); }
    }

    private final Expr[] kernels;
    private final Map<Expr, Integer> position = new HashMap<>();
    private final GenPolynomialRing<edu.jas.arith.BigInteger> ring;

    KernelPolys(Expr[] kernels) {
        this.kernels = kernels.clone();
        String[] names = new String[kernels.length];
        for (int i = 0; i < kernels.length; i++) {
            names[i] = "k" + i;
            position.put(kernels[i], i);
        }
        ring = new GenPolynomialRing<>(ZZ, kernels.length, new TermOrder(TermOrder.INVLEX), names);
    }

    P constant(BigInteger c) { return new P(ring.fromInteger(c)); }
    P zero() { return new P(ring.getZERO()); }
    P one() { return new P(ring.getONE()); }

    /** The integer polynomial p·denominator(p), over this ring's kernels (p's kernels must be among them). */
    P fromPoly(Poly p) {
        Ring r = p.ring;
        int[] at = new int[r.size()];
        for (int v = 0; v < at.length; v++) {
            Integer i = position.get(r.kernel(v));
            if (i == null) throw new IllegalArgumentException("kernel outside the ring: " + r.kernel(v));
            at[v] = i;
        }
        GenPolynomial<edu.jas.arith.BigInteger> out = ring.getZERO().copy();
        int[] vs = new int[r.size()], es = new int[r.size()];
        for (int t = 0; t < p.size; t++) {
            if ((t & 0x3FF) == 0) Interrupts.check();
            long[] e = new long[kernels.length];
            int f = r.support(p.monos, t * r.words, vs, es);
            for (int k = 0; k < f; k++) e[at[vs[k]]] = es[k];
            out.doPutToMap(ExpVector.create(e), new edu.jas.arith.BigInteger(p.coefBig(t)));
        }
        return new P(out);
    }

    /** p / scale as a {@link Poly} over the kernels p has (scale ≠ 0); with inexact, its coefficients rounded to doubles. */
    Poly toPoly(P poly, BigInteger scale, boolean inexact) {
        GenPolynomial<edu.jas.arith.BigInteger> p = poly.jas;
        int n = kernels.length;
        int[] degree = new int[n];
        for (Monomial<edu.jas.arith.BigInteger> m : p) {
            for (int i = 0; i < n; i++) degree[i] = (int) Math.max(degree[i], m.exponent().getVal(i));
        }
        int used = 0;
        for (int d : degree) if (d > 0) used++;
        Expr[] ks = new Expr[used];
        int[] bounds = new int[used];
        for (int i = 0, k = 0; i < n; i++) if (degree[i] > 0) { ks[k] = kernels[i]; bounds[k++] = degree[i]; }
        Ring r = new Ring(ks, bounds);
        int[] ringIndex = new int[n];
        for (int i = 0; i < n; i++) ringIndex[i] = degree[i] > 0 ? r.indexOf(kernels[i]) : -1;
        Accumulator acc = new Accumulator(r, inexact, p.length());
        boolean negative = scale.signum() < 0;
        BigInteger s = scale.abs();
        int t = 0;
        for (Monomial<edu.jas.arith.BigInteger> m : p) {
            if ((t++ & 0x3FF) == 0) Interrupts.check();
            long[] mono = new long[r.words];
            for (int i = 0; i < n; i++) {
                long e = m.exponent().getVal(i);
                if (e > 0) r.addExponent(mono, 0, ringIndex[i], (int) e);
            }
            BigInteger c = m.coefficient().getVal();
            if (negative) c = c.negate();
            if (inexact) acc.add(mono, 0, cofactor.expr.Num.rational(c, s).doubleValue());
            else acc.add(mono, 0, c);
        }
        Poly out = acc.finish();
        return inexact ? out : out.withDen(s);
    }

    // ---- gcd and division
    /**
     * The greatest common divisor of a and b with a positive leading coefficient (content
     * included: gcd(4x, 6) is 2). Constants, monomials and equal polynomials are answered
     * without JAS's general algorithm.
     */
    P gcd(P a, P b) { return new P(gcd(a.jas, b.jas)); }

    private GenPolynomial<edu.jas.arith.BigInteger> gcd(GenPolynomial<edu.jas.arith.BigInteger> a, GenPolynomial<edu.jas.arith.BigInteger> b) {
        Interrupts.check();
        if (a.isZERO()) return b.abs();
        if (b.isZERO()) return a.abs();
        if (a.isONE() || b.isONE()) return ring.getONE();
        if (a.isConstant() || b.isConstant()) return ring.valueOf(content(a).gcd(content(b)));
        if (a.equals(b)) return a.abs();
        if (a.length() == 1 || b.length() == 1) return monomialGcd(a.length() == 1 ? a : b, a.length() == 1 ? b : a);
        return GCD.gcd(a, b).abs();
    }

    private static edu.jas.arith.BigInteger content(GenPolynomial<edu.jas.arith.BigInteger> p) { return GCD.baseContent(p).abs(); }

    /** gcd(m, p) for a monomial m: each kernel to its least exponent in m and every term of p, times the contents' gcd. */
    private GenPolynomial<edu.jas.arith.BigInteger> monomialGcd(GenPolynomial<edu.jas.arith.BigInteger> m, GenPolynomial<edu.jas.arith.BigInteger> p) {
        ExpVector e = m.leadingExpVector();
        for (ExpVector f : p.getMap().keySet()) e = e.gcd(f);
        return new GenPolynomial<>(ring, content(m).gcd(content(p)), e);
    }

    /** a / b for a b that divides a exactly. */
    P divide(P a, P b) {
        if (b.jas.isONE()) return a;
        if (b.jas.isConstant()) return new P(a.jas.divide(b.jas.leadingBaseCoefficient()));
        return new P(PolyUtil.basePseudoDivide(a.jas, b.jas));
    }

    /** The leading coefficient of p. */
    BigInteger leadingCoefficient(P p) { return p.jas.leadingBaseCoefficient().getVal(); }
}
