package cofactor.poly;

import cofactor.expr.Num;
import cofactor.guard.Interrupts;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;

/**
 * Exact division of polynomials of one ring with exact coefficients: n / d when d
 * divides n, by long division on leading terms in graded lexicographic order (Cox,
 * Little and O'Shea, "Ideals, Varieties, and Algorithms", §2.3: with one divisor the
 * remainder is zero exactly when d divides n). The remainder is a hash map from
 * packed monomial to coefficient beside a heap of its monomials, so each step finds
 * the leading term in O(log n) (lazily: a monomial whose coefficient cancelled stays
 * in the heap until it comes up, and is skipped then).
 *
 * <p>Two facts end a division that cannot succeed early. Every quotient term t
 * satisfies deg_v(t) ≤ deg_v(n) − deg_v(d) for each kernel v (degrees add in a
 * product), so t·d fits the fields of any ring that holds n; a term over that bound,
 * or a leading term that the divisor's leading term does not divide, means d ∤ n.
 */
final class Division {
    private Division() {}

    /** A packed monomial as a key, with its total degree (the first key of the order). */
    private static final class Mono {
        final long[] words;
        final int degree;
        private final int hash;

        Mono(long[] words, int degree) {
            this.words = words;
            this.degree = degree;
            this.hash = Arrays.hashCode(words);
        }

        @Override public boolean equals(Object o) { return o instanceof Mono m && m.hash == hash && Arrays.equals(m.words, words); }
        @Override public int hashCode() { return hash; }
    }

    /** n / d, or null when d does not divide n, a coefficient is inexact, or the quotient would pass maxTerms terms. */
    static Poly exact(Poly n, Poly d, long maxTerms) {
        if (n.ring != d.ring) throw new IllegalArgumentException("polynomials of different rings");
        if (n.inexact || d.inexact || d.isZero()) return null;
        if (n.isZero()) return n;
        Ring ring = n.ring;
        int w = ring.words, kernels = ring.size();
        int[] room = degrees(n); // room[v] = deg_v(n) - deg_v(d): the most any quotient term may hold
        int[] dd = degrees(d);
        for (int v = 0; v < kernels; v++) if ((room[v] -= dd[v]) < 0) return null;

        // graded lexicographic: higher total degree first, then the higher exponent of the first kernel, ...
        java.util.Comparator<Mono> order = (a, b) -> {
            if (a.degree != b.degree) return Integer.compare(b.degree, a.degree);
            for (int v = 0; v < kernels; v++) {
                int c = Integer.compare(ring.exponent(b.words, 0, v), ring.exponent(a.words, 0, v));
                if (c != 0) return c;
            }
            return 0;
        };
        Mono[] divisor = new Mono[d.size];
        Num[] divisorCoef = new Num[d.size];
        int lead = 0;
        for (int j = 0; j < d.size; j++) {
            divisor[j] = mono(ring, Arrays.copyOfRange(d.monos, j * w, (j + 1) * w));
            divisorCoef[j] = d.coef(j);
            if (order.compare(divisor[j], divisor[lead]) < 0) lead = j;
        }

        Map<Mono, Num> remainder = new HashMap<>(2 * n.size);
        PriorityQueue<Mono> leading = new PriorityQueue<>(order);
        for (int i = 0; i < n.size; i++) {
            Mono m = mono(ring, Arrays.copyOfRange(n.monos, i * w, (i + 1) * w));
            remainder.put(m, n.coef(i));
            leading.add(m);
        }
        List<Mono> quotient = new ArrayList<>();
        List<Num> quotientCoef = new ArrayList<>();
        while (!leading.isEmpty()) {
            Mono m = leading.poll();
            Num c = remainder.remove(m);
            if (c == null) continue; // cancelled since it was queued
            if ((quotient.size() & 0xFF) == 0) Interrupts.check();
            if (quotient.size() >= maxTerms) return null;
            long[] t = new long[w];
            for (int v = 0; v < kernels; v++) {
                int e = ring.exponent(m.words, 0, v) - ring.exponent(divisor[lead].words, 0, v);
                if (e < 0 || e > room[v]) return null; // the leading term is not divisible, or t·d would not fit n
            }
            for (int k = 0; k < w; k++) t[k] = m.words[k] - divisor[lead].words[k]; // no field borrows: each is ≥
            Num q = c.div(divisorCoef[lead]);
            Mono tm = new Mono(t, m.degree - divisor[lead].degree);
            quotient.add(tm);
            quotientCoef.add(q);
            for (int j = 0; j < divisor.length; j++) {
                if (j == lead) continue; // cancels m exactly
                long[] p = new long[w];
                for (int k = 0; k < w; k++) p[k] = t[k] + divisor[j].words[k]; // fits: deg_v ≤ deg_v(n)
                Mono pm = new Mono(p, tm.degree + divisor[j].degree);
                Num old = remainder.get(pm);
                Num now = (old == null ? Num.ZERO : old).sub(q.mul(divisorCoef[j]));
                if (now.isZero()) remainder.remove(pm);
                else {
                    if (old == null) leading.add(pm);
                    remainder.put(pm, now);
                }
            }
        }
        return poly(ring, quotient, quotientCoef);
    }

    private static Mono mono(Ring ring, long[] words) {
        int degree = 0;
        for (int v = 0; v < ring.size(); v++) degree += ring.exponent(words, 0, v);
        return new Mono(words, degree);
    }

    /** The largest exponent of each kernel in p. */
    private static int[] degrees(Poly p) {
        int[] deg = new int[p.ring.size()];
        for (int i = 0; i < p.size; i++) {
            for (int v = 0; v < deg.length; v++) deg[v] = Math.max(deg[v], p.ring.exponent(p.monos, i * p.ring.words, v));
        }
        return deg;
    }

    /** The polynomial Σ coefs[i]·monos[i] (distinct monomials), over the lcm of the coefficients' denominators. */
    private static Poly poly(Ring ring, List<Mono> monos, List<Num> coefs) {
        BigInteger l = BigInteger.ONE;
        for (Num c : coefs) l = Poly.lcm(l, c.denominator());
        Accumulator acc = new Accumulator(ring, false, monos.size());
        for (int i = 0; i < monos.size(); i++) {
            Num c = coefs.get(i);
            acc.add(monos.get(i).words, 0, c.numerator().multiply(l.divide(c.denominator())));
        }
        return acc.finish().withDen(l);
    }
}
