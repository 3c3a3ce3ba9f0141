package cofactor.solve;

import cofactor.bignum.Ball;
import cofactor.expr.LatexPrinter;
import cofactor.expr.Sym;
import cofactor.guard.Interrupts;
import cofactor.numeric.Computable;
import java.math.BigInteger;

/**
 * The k-th smallest real root (k from 1) of an irreducible integer polynomial of degree
 * 2 or more, which has no closed form here: the constant {@code root(p, k)}. It is kept as
 * an isolating dyadic interval with p of opposite signs at its ends, halved on demand
 * until it is as narrow as a precision asks (bisection: each halving is one exact
 * evaluation and one more correct bit). Such a root is never rational, so no end is a root.
 */
final class RealRoot implements Computable {
    private final IntPoly p;
    private final int k;
    private final Sym x;
    private final String text;
    private BigInteger v; // the interval (v·2^-s, (v + 1)·2^-s]; guarded by this
    private int s;
    private int signAtLow; // the sign of p at v·2^-s, never 0

    private RealRoot(IntPoly p, int k, Sturm.Interval interval, Sym x) {
        this.p = p;
        this.k = k;
        this.x = x;
        this.text = "root(" + p.toExpr(x) + ", " + k + ")";
        this.v = interval.v();
        this.s = interval.s();
        this.signAtLow = Sturm.signAt(p, v, s);
    }

    /** The constant root(p, k), printed with the variable x, for p primitive and irreducible of degree ≥ 2. */
    static Sym constant(IntPoly p, int k, Sturm.Interval interval, Sym x) {
        RealRoot r = new RealRoot(p, k, interval, x);
        return Sym.constant(r.text, r.toDouble(), r);
    }

    private double toDouble() {
        for (int bits = 64; ; bits *= 2) {
            double d = enclose(bits).toDouble();
            if (!Double.isNaN(d)) return d;
        }
    }

    @Override public synchronized Ball enclose(int bits) {
        // narrow until the interval is clear of 0 and its width 2^-s is below 2^-bits of its smaller end
        while (v.signum() < 0 ? v.add(BigInteger.ONE).negate().bitLength() <= bits : v.bitLength() <= bits) {
            Interrupts.check();
            BigInteger mid = v.shiftLeft(1).add(BigInteger.ONE);
            int sign = Sturm.signAt(p, mid, s + 1);
            if (sign == signAtLow) v = mid;
            else v = v.shiftLeft(1);
            s++;
        }
        return Ball.fixedPoint(v.shiftLeft(1).add(BigInteger.ONE), s + 1, 1);
    }

    @Override public String latex() { return "\\operatorname{root}\\left(" + LatexPrinter.print(p.toExpr(x)) + ", " + k + "\\right)"; }

    @Override public String toString() { return text; }
}
