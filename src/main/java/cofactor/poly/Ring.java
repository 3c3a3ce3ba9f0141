package cofactor.poly;

import cofactor.expr.Expr;
import cofactor.expr.Num;
import cofactor.expr.Order;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * The variables of a family of polynomials: kernels (symbols and non-polynomial
 * subexpressions such as {@code sin(x)} or {@code x^(-1)}) in canonical order,
 * each with a bound on its exponent, and how exponent vectors pack into longs.
 * Each kernel gets a bit field just wide enough for its bound, so adding packed
 * monomials word by word multiplies them (no field can carry into the next);
 * a generic 9×9 determinant (81 kernels of degree ≤ 1) packs into 2 longs.
 * Polynomials can only be combined within one ring.
 */
public final class Ring {
    private final Expr[] kernels;        // sorted by Order, so a monomial's factors come out sorted
    private final Map<Expr, Integer> index = new HashMap<>();
    private final int[] word, shift;
    private final long[] mask;
    private final int[] bound;
    private final int[][] kernelAt;      // [word][bit]: the kernel whose field holds that bit
    final int words;
    private final int lastWordBits;      // bits the fields take in the last word

    /** A ring over the given distinct kernels with the given exponent bounds (parallel arrays). */
    public Ring(Expr[] kernels, int[] maxDegrees) {
        Integer[] order = new Integer[kernels.length];
        for (int i = 0; i < order.length; i++) order[i] = i;
        Arrays.sort(order, (a, b) -> Order.compare(kernels[a], kernels[b]));
        int n = kernels.length;
        this.kernels = new Expr[n];
        this.word = new int[n];
        this.shift = new int[n];
        this.mask = new long[n];
        this.bound = new int[n];
        int w = 0, used = 0;
        for (int v = 0; v < n; v++) {
            Expr k = kernels[order[v]];
            int deg = Math.max(1, maxDegrees[order[v]]);
            int bits = 64 - Long.numberOfLeadingZeros(deg);
            if (used + bits > 64) { w++; used = 0; }
            this.kernels[v] = k;
            this.word[v] = w;
            this.shift[v] = used;
            this.mask[v] = (1L << bits) - 1;
            this.bound[v] = deg;
            used += bits;
            if (index.put(k, v) != null) throw new IllegalArgumentException("kernel listed twice: " + k);
        }
        this.words = Math.max(1, n == 0 ? 1 : w + 1);
        this.lastWordBits = used;
        this.kernelAt = new int[words][64];
        for (int v = 0; v < n; v++) {
            for (int b = 0; b < 64 - Long.numberOfLeadingZeros(mask[v]); b++) kernelAt[word[v]][shift[v] + b] = v;
        }
    }

    /**
     * The kernels with nonzero exponents in the monomial at off, in ascending order, into
     * vars and exps; returns how many. Visits set bits only: 9 fields of 81 for a determinant term.
     */
    int support(long[] monos, int off, int[] vars, int[] exps) {
        int f = 0;
        for (int w = 0; w < words; w++) {
            long m = monos[off + w];
            while (m != 0) {
                int v = kernelAt[w][Long.numberOfTrailingZeros(m)];
                long field = (m >>> shift[v]) & mask[v];
                vars[f] = v;
                exps[f++] = (int) field;
                m &= ~(mask[v] << shift[v]);
            }
        }
        return f;
    }

    /**
     * Whether a monomial is one non-negative long, so that packed monomials order as
     * numbers and a product's monomial is an index: the sum of its factors' indices.
     */
    boolean packsInOneLong() { return words == 1 && lastWordBits < 64; }

    public int size() { return kernels.length; }
    public Expr kernel(int v) { return kernels[v]; }
    /** The kernels, in canonical order (a copy). */
    public Expr[] kernels() { return kernels.clone(); }
    /** The largest exponent kernel v may reach in this ring. */
    public int bound(int v) { return bound[v]; }

    /** The position of a kernel, or -1. */
    public int indexOf(Expr kernel) {
        Integer v = index.get(kernel);
        return v == null ? -1 : v;
    }

    int exponent(long[] monos, int off, int v) { return (int) ((monos[off + word[v]] >>> shift[v]) & mask[v]); }

    /** Adds e to kernel v's field of the monomial at off. */
    void addExponent(long[] monos, int off, int v, int e) {
        if (e > bound[v]) throw new IllegalStateException("exponent bound exceeded for " + kernels[v]);
        monos[off + word[v]] += (long) e << shift[v];
    }

    // ---- constants
    public Poly zero(boolean inexact) { return new Accumulator(this, inexact).finish(); }

    public Poly constant(Num c) {
        Accumulator acc = new Accumulator(this, !c.isExact());
        long[] one = new long[words];
        if (c.isExact()) {
            acc.add(one, 0, c.numerator());
            return acc.finish().withDen(c.denominator());
        }
        acc.add(one, 0, c.doubleValue());
        return acc.finish();
    }

    /** kernel v to the power e (e ≥ 1), coefficient 1 (or 1.0). */
    public Poly power(int v, int e, boolean inexact) {
        long[] m = new long[words];
        addExponent(m, 0, v, e);
        Accumulator acc = new Accumulator(this, inexact);
        if (inexact) acc.add(m, 0, 1.0);
        else acc.add(m, 0, 1L);
        return acc.finish();
    }
}
