package cofactor.poly;

import cofactor.guard.Interrupts;
import java.math.BigInteger;
import java.util.Arrays;

/**
 * A sum of products whose term products are known to have distinct monomials, made by
 * appending them: no hash table, no probe. A minor expansion's sums are of this kind when
 * each entry of the row being added is one term with a kernel of its own (the generic
 * matrix of distinct symbols): the products through different entries differ in that
 * kernel, and those through one entry are a polynomial's distinct terms times one
 * monomial. The last level of a 10×10 determinant is 3.6·10^6 such terms, each of which
 * the hashed {@link Accumulator} looked up in a table far larger than the cache.
 * Exact polynomials over denominator 1 only.
 */
public final class DistinctTerms {
    private final Ring ring;
    private final int w;
    private long[] monos;
    private long[] small;
    private BigInteger[] big; // where a product needs more than a long
    private int size;

    public DistinctTerms(Ring ring, int expectedTerms) {
        this.ring = ring;
        this.w = ring.words;
        int capacity = Math.max(16, expectedTerms);
        monos = new long[capacity * w];
        small = new long[capacity];
    }

    /**
     * Whether each nonzero entry is one exact term with a kernel that no other entry has:
     * then the sums of a minor expansion along any row have distinct term products.
     */
    public static boolean ownKernels(Poly[][] entries) {
        Ring ring = null;
        int[] holders = null; // per kernel: entries in which it occurs
        for (Poly[] row : entries) {
            for (Poly p : row) {
                if (p == null) continue;
                if (p.inexact || p.size != 1 || !p.den.equals(BigInteger.ONE)) return false;
                if (ring == null) { ring = p.ring; holders = new int[ring.size()]; }
                for (int v = 0; v < ring.size(); v++) if (ring.exponent(p.monos, 0, v) > 0) holders[v]++;
            }
        }
        if (ring == null) return true;
        for (Poly[] row : entries) {
            for (Poly p : row) {
                if (p == null) continue;
                boolean own = false;
                for (int v = 0; v < ring.size() && !own; v++) own = holders[v] == 1 && ring.exponent(p.monos, 0, v) > 0;
                if (!own) return false;
            }
        }
        return true;
    }

    /** Appends sign·a·b, whose term products are distinct from each other and from all appended before. */
    public void addProduct(Poly a, Poly b, int sign) {
        assert a.ring == ring && b.ring == ring && !a.inexact && !b.inexact;
        int need = size + a.size * b.size;
        if (need > small.length) grow(need);
        long[] am = a.monos, bm = b.monos;
        for (int i = 0; i < a.size; i++) {
            Interrupts.check();
            for (int j = 0; j < b.size; j++) {
                assert a.fitsProduct(i, b, j);
                int to = size * w;
                for (int k = 0; k < w; k++) monos[to + k] = am[i * w + k] + bm[j * w + k];
                boolean longs = (a.big == null || a.big[i] == null) && (b.big == null || b.big[j] == null);
                long x = longs ? a.small[i] : 0, y = longs ? b.small[j] : 0, p = x * y;
                // the product fits a long, and so does its negation if that is wanted
                if (longs && Math.multiplyHigh(x, y) == p >> 63 && (sign > 0 || p != Long.MIN_VALUE)) small[size] = sign < 0 ? -p : p;
                else {
                    if (big == null) big = new BigInteger[small.length];
                    BigInteger q = a.coefBig(i).multiply(b.coefBig(j));
                    big[size] = sign < 0 ? q.negate() : q;
                }
                size++;
            }
        }
    }

    private void grow(int need) {
        int capacity = Math.max(need, 2 * small.length);
        monos = Arrays.copyOf(monos, capacity * w);
        small = Arrays.copyOf(small, capacity);
        if (big != null) big = Arrays.copyOf(big, capacity);
    }

    /** The sum (terms that cancelled cannot occur: each monomial comes once). */
    public Poly finish() {
        return new Poly(ring, size, monos, small, big, null, BigInteger.ONE);
    }
}
