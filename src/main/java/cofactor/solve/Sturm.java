package cofactor.solve;

import cofactor.guard.Interrupts;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Real root isolation of a squarefree integer polynomial by its Sturm sequence: the number
 * of roots in (a, b] is the drop in sign changes of the sequence from a to b (Sturm 1829;
 * Basu, Pollack, Roy, "Algorithms in Real Algebraic Geometry", Thm 2.50). The sequence is
 * built from pseudo-remainders with their signs kept, so it stays in integers. Points are
 * dyadic, v·2^-s, so every evaluation is an exact integer sum.
 */
final class Sturm {
    /** The interval (v·2^-s, (v + 1)·2^-s]. */
    record Interval(BigInteger v, int s) {
        Interval left() { return new Interval(v.shiftLeft(1), s + 1); }
        Interval right() { return new Interval(v.shiftLeft(1).add(BigInteger.ONE), s + 1); }
    }

    private final List<IntPoly> sequence = new ArrayList<>();

    Sturm(IntPoly p) {
        sequence.add(p);
        IntPoly prev = p, cur = derivative(p);
        while (cur != null) {
            Interrupts.check();
            sequence.add(cur);
            IntPoly next = negatedRemainder(prev, cur);
            prev = cur;
            cur = next;
        }
    }

    /** The isolating intervals of the real roots, in ascending order, each holding exactly one root. */
    List<Interval> isolate() {
        IntPoly p = sequence.get(0);
        BigInteger max = BigInteger.ZERO;
        for (int i = 0; i < p.degree(); i++) max = max.max(p.coefficient(i).abs());
        // Cauchy: every root has |x| < 1 + max|c_i|/|c_d| < 2^k
        int k = Math.max(1, max.bitLength() - p.leading().abs().bitLength() + 2);
        List<Interval> out = new ArrayList<>();
        split(new Interval(BigInteger.ONE.negate(), -k), out); // (−2^k, 0]
        split(new Interval(BigInteger.ZERO, -k), out);         // (0, 2^k]
        return out;
    }

    private void split(Interval i, List<Interval> out) {
        Interrupts.check();
        int n = variations(i.v(), i.s()) - variations(i.v().add(BigInteger.ONE), i.s());
        if (n == 0) return;
        if (n == 1) {
            out.add(i);
            return;
        }
        split(i.left(), out);
        split(i.right(), out);
    }

    /** The sign changes of the sequence at v·2^-s (zeros skipped). */
    private int variations(BigInteger v, int s) {
        int changes = 0, last = 0;
        for (IntPoly q : sequence) {
            int sign = signAt(q, v, s);
            if (sign == 0) continue;
            if (last != 0 && sign != last) changes++;
            last = sign;
        }
        return changes;
    }

    /** The sign of p(v·2^-s), for any s. */
    static int signAt(IntPoly p, BigInteger v, int s) { return s >= 0 ? p.signAt(v, s) : p.signAt(v.shiftLeft(-s), 0); }

    static IntPoly derivative(IntPoly p) {
        if (p.degree() == 0) return null;
        BigInteger[] d = new BigInteger[p.degree()];
        for (int i = 1; i <= p.degree(); i++) d[i - 1] = p.coefficient(i).multiply(BigInteger.valueOf(i));
        return new IntPoly(d).primitive().times(p.leading().signum() < 0 ? -1 : 1);
    }

    /**
     * −rem(a, b) up to a positive factor, or null when b divides a: the pseudo-remainder is
     * lc(b)^(δ+1)·rem(a, b), so its sign is corrected when that power is negative.
     */
    private static IntPoly negatedRemainder(IntPoly a, IntPoly b) {
        BigInteger[] r = a.coefficients();
        int db = b.degree();
        BigInteger lb = b.leading();
        int steps = 0;
        for (int top = r.length - 1; top >= db; top--) {
            steps++;
            BigInteger lead = r[top];
            for (int i = 0; i < top; i++) r[i] = r[i].multiply(lb);
            for (int i = 0; i <= db; i++) r[top - db + i] = r[top - db + i].subtract(lead.multiply(b.coefficient(i)));
            r[top] = BigInteger.ZERO;
        }
        int n = db;
        while (n > 0 && r[n - 1].signum() == 0) n--;
        if (n == 0) return null;
        BigInteger[] rem = Arrays.copyOf(r, n);
        boolean flip = lb.signum() < 0 && (steps & 1) == 1;
        BigInteger g = BigInteger.ZERO;
        for (BigInteger x : rem) g = g.gcd(x);
        BigInteger[] scaled = new BigInteger[n];
        for (int i = 0; i < n; i++) scaled[i] = rem[i].divide(g);
        return new IntPoly(scaled).times(flip ? 1 : -1);
    }
}
