package cofactor.poly;

import cofactor.expr.MathError;
import cofactor.expr.Num;
import cofactor.guard.Interrupts;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Division of exact polynomials of one ring on their packed monomials: a = q·b + r,
 * where no term of r is divisible by the leading term of b. Leading means greatest in the
 * packed order (words compared from the last, each as an unsigned number): the
 * lexicographic order of the exponents with the ring's last kernel first, which is a
 * monomial order because adding packed monomials never carries between fields. The
 * remainder still to be divided is a sorted map from packed monomial to exact
 * coefficient, so each step takes its greatest term and subtracts that term's
 * quotient times b.
 */
public final class Division {
    private Division() {}

    /** The quotient and remainder of a division. */
    public record Result(Poly quotient, Poly remainder) {}

    /**
     * a = q·b + r; null when a step would leave the ring's exponent bounds (a remainder
     * whose exponents grow past the ring's: y^2 divided by y - x^3 with y first gives x^6).
     */
    public static Result of(Poly a, Poly b) { return divide(a, b, false); }

    /** a / b when b divides a exactly (a remainder of 0), else null. */
    public static Poly exactQuotient(Poly a, Poly b) {
        Result r = divide(a, b, true);
        return r == null ? null : r.quotient;
    }

    private static Result divide(Poly a, Poly b, boolean exact) {
        if (a.ring != b.ring || a.inexact || b.inexact) throw new IllegalArgumentException("division needs exact polynomials of one ring");
        if (b.size == 0) throw new MathError("division by zero");
        Ring ring = a.ring;
        int w = ring.words, lead = 0;
        for (int j = 1; j < b.size; j++) if (compare(b.monos, j * w, b.monos, lead * w, w) > 0) lead = j;
        long[] lb = term(b, lead);
        Num lc = b.coef(lead);
        TreeMap<long[], Num> rest = new TreeMap<>((x, y) -> compare(x, 0, y, 0, w));
        for (int i = 0; i < a.size; i++) rest.put(term(a, i), a.coef(i));
        List<long[]> qm = new ArrayList<>(), rm = new ArrayList<>();
        List<Num> qc = new ArrayList<>(), rc = new ArrayList<>();
        while (!rest.isEmpty()) {
            Interrupts.check();
            Map.Entry<long[], Num> top = rest.pollLastEntry();
            long[] m = top.getKey();
            if (!divides(ring, lb, m)) {
                if (exact) return null;
                rm.add(m);
                rc.add(top.getValue());
                continue;
            }
            long[] t = new long[w];
            for (int k = 0; k < w; k++) t[k] = m[k] - lb[k]; // fields are ≥ lb's: no borrow between them
            Num c = top.getValue().div(lc);
            qm.add(t);
            qc.add(c);
            for (int j = 0; j < b.size; j++) {
                if (j == lead) continue;
                long[] p = term(b, j);
                if (!fitsProduct(ring, t, p)) return null;
                for (int k = 0; k < w; k++) p[k] += t[k];
                Num s = rest.getOrDefault(p, Num.ZERO).sub(c.mul(b.coef(j)));
                if (s.isZero()) rest.remove(p);
                else rest.put(p, s);
            }
        }
        return new Result(poly(ring, qm, qc), poly(ring, rm, rc));
    }

    private static long[] term(Poly p, int i) {
        long[] m = new long[p.ring.words];
        System.arraycopy(p.monos, i * p.ring.words, m, 0, m.length);
        return m;
    }

    /** The packed order: the last word first, each word as an unsigned number. */
    static int compare(long[] x, int xo, long[] y, int yo, int w) {
        for (int k = w - 1; k >= 0; k--) {
            int c = Long.compareUnsigned(x[xo + k], y[yo + k]);
            if (c != 0) return c;
        }
        return 0;
    }

    private static boolean divides(Ring ring, long[] d, long[] m) {
        for (int v = 0; v < ring.size(); v++) if (ring.exponent(d, 0, v) > ring.exponent(m, 0, v)) return false;
        return true;
    }

    private static boolean fitsProduct(Ring ring, long[] x, long[] y) {
        for (int v = 0; v < ring.size(); v++) if (ring.exponent(x, 0, v) + ring.exponent(y, 0, v) > ring.bound(v)) return false;
        return true;
    }

    /** The polynomial of these terms (distinct monomials, nonzero rational coefficients) over their common denominator. */
    private static Poly poly(Ring ring, List<long[]> monos, List<Num> coefs) {
        BigInteger l = BigInteger.ONE;
        for (Num c : coefs) l = Poly.lcm(l, c.denominator());
        Accumulator acc = new Accumulator(ring, false, monos.size());
        for (int i = 0; i < monos.size(); i++) {
            Num c = coefs.get(i);
            acc.add(monos.get(i), 0, c.numerator().multiply(l.divide(c.denominator())));
        }
        return acc.finish().withDen(l);
    }
}
