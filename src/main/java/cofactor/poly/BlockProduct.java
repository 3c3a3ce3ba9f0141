package cofactor.poly;

import cofactor.guard.Interrupts;
import java.math.BigInteger;
import java.util.Arrays;

/**
 * The product of two exact polynomials whose monomials pack into one long, when
 * the product is dense in the packed index space — as the Fateman benchmark's is.
 * A packed monomial is a number, and a product's monomial is the sum of its
 * factors' numbers, so the product streams out in increasing order, one block of
 * output indices at a time: each block's coefficients are summed in an array that
 * stays in the core's cache, while each term of the shorter factor walks forward
 * along the sorted longer factor from where it stopped in the block before. This
 * is Monagan and Pearce's merge of sorted streams ("Sparse polynomial
 * multiplication and division in Maple 14") with the output block in place of the
 * heap; a term product is a multiply and an add into the cache, where a hash
 * table's probe missed it twice (f·(f + 1) for f = (1+x+y+z+t)^20: 1.1·10^8 term
 * products, 20 s through the hashed {@link Accumulator}).
 *
 * <p>Coefficients are summed in one long, or in two (128 bits), whichever the
 * factors' coefficient sizes prove enough before the work starts (the sum at one
 * monomial has at most one product per term of the shorter factor); a product that
 * could overflow 128 bits is not for this route. A large product is cut into
 * ranges of output indices that the cores take in turn; a range's terms do not
 * depend on who summed them, so the result is the serial one.
 */
final class BlockProduct {
    private BlockProduct() {}

    /** Output indices per block: up to three words each, 384 KB, in a core's L2 cache. */
    static final int BLOCK = 1 << 14;
    /** Term products below which one core does the work (a thread hand-off costs more than it saves). */
    static final double PARALLEL_PRODUCTS = 1 << 22;
    /** Ranges per thread, so that the dense middle of a product does not fall to one core. */
    private static final int RANGES_PER_THREAD = 8;


    /** The threads for a product of this many term products: all cores for a large one. */
    static int threadsFor(double products) { return products >= PARALLEL_PRODUCTS ? Cores.COUNT : 1; }

    /** How a·b's coefficients would be summed on this route, or null when its coefficients or ring keep it off. */
    static Sum sumFor(Poly a, Poly b) {
        if (a.inexact || !a.ring.packsInOneLong() || a.big != null || b.big != null || a.size == 0 || b.size == 0) return null;
        return Sum.choose(maxBits(a) + maxBits(b), 64 - Long.numberOfLeadingZeros(Math.min(a.size, b.size)));
    }

    /** a·b through this route, or null when it does not apply; threads ≥ 1 (1: serial). */
    static Poly of(Poly a, Poly b, int threads) {
        Sum sum = sumFor(a, b);
        if (sum == null) return null;
        Poly s = a.size <= b.size ? a : b, l = s == a ? b : a;
        double products = (double) s.size * l.size;
        Radix radix = Radix.of(a.ring);
        long[] si = radix.indices(s), li = radix.indices(l);
        long[] sm = sorted(si), lm = sorted(li);
        long from = sm[0] + lm[0], to = sm[s.size - 1] + lm[l.size - 1] + 1;
        double blocks = (double) (to - from) / BLOCK + 1;
        // dense enough: the per-block walk over the shorter factor and the scan of each block are small beside the products
        if (blocks * s.size > products / 4 || to - from > 4 * products) return null;
        long[] sc = coefsInOrder(s, si, sm), lc = coefsInOrder(l, li, lm);
        Factors f = new Factors(sm, sc, toDouble(sc), lm, lc, toDouble(lc), sum);
        int t = Math.max(1, threads);
        int ranges = t == 1 ? 1 : (int) Math.min(RANGES_PER_THREAD * t, (long) blocks);
        long[] cuts = new long[ranges + 1];
        long perRange = ((long) Math.ceil(blocks / ranges)) * BLOCK;
        for (int r = 0; r <= ranges; r++) cuts[r] = Math.min(to, from + r * perRange);
        Terms[] out = new Terms[ranges];
        Cores.run(ranges, t, r -> out[r] = range(f, cuts[r], cuts[r + 1], radix));
        return Terms.concat(a.ring, out);
    }

    /** Bits of the largest |coefficient| (all small). */
    private static int maxBits(Poly p) {
        int b = 0;
        for (int i = 0; i < p.size; i++) b = Math.max(b, Int128.bits(p.small[i]));
        return b;
    }

    private static long[] sorted(long[] indices) {
        long[] m = indices.clone();
        Arrays.sort(m);
        return m;
    }

    /** The coefficients of p in the order of its sorted (distinct) indices. */
    private static long[] coefsInOrder(Poly p, long[] indices, long[] sorted) {
        long[] c = new long[p.size];
        for (int i = 0; i < p.size; i++) c[Arrays.binarySearch(sorted, indices[i])] = p.small[i];
        return c;
    }

    /**
     * Monomials as mixed-radix numbers, the exponent of kernel v a digit in base
     * bound(v) + 1: a product's index is still the sum of its factors' and the order is
     * the packed one, but no index is left unused between a field's bound and the next
     * power of two, so a block holds more of the product ((1+x+y+z+t)^40 fills 2.8·10^6
     * indices where its packed monomials span 1.1·10^7) and each walk is longer.
     */
    private record Radix(Ring ring, long[] place) {
        static Radix of(Ring ring) {
            long[] place = new long[ring.size()];
            long p = 1;
            for (int v = 0; v < place.length; v++) {
                place[v] = p;
                p *= ring.bound(v) + 1L; // Π (bound + 1) ≤ 2^(bits of the fields) < 2^63
            }
            return new Radix(ring, place);
        }

        long[] indices(Poly p) {
            long[] idx = new long[p.size];
            for (int i = 0; i < p.size; i++) {
                long x = 0;
                for (int v = 0; v < place.length; v++) x += ring.exponent(p.monos, i, v) * place[v];
                idx[i] = x;
            }
            return idx;
        }

        /** The packed monomial of an index. */
        long packed(long index) {
            long[] m = new long[1];
            for (int v = place.length - 1; v >= 0; v--) {
                long e = index / place[v];
                if (e > 0) ring.addExponent(m, 0, v, (int) e);
                index -= e * place[v];
            }
            return m[0];
        }
    }

    private static double[] toDouble(long[] c) {
        double[] d = new double[c.length];
        for (int i = 0; i < c.length; i++) d[i] = c[i];
        return d;
    }

    /** The factors, sorted (the shorter one's terms walk the longer one's), and how coefficients are summed. */
    private record Factors(long[] sm, long[] sc, double[] sd, long[] lm, long[] lc, double[] ld, Sum sum) {}

    /**
     * How the coefficient at one monomial is summed, chosen from a bound proven before the
     * work: the sum has at most 2^log products of coefficients below 2^bits each.
     * Exactly in one long or in two (128 bits) when the bound fits; or modulo 2^64 or
     * 2^128 beside a double that locates the sum within half that modulus, when the
     * double's rounding error, at most (2^log + 3)·2^-53 times the sum of the products'
     * sizes, is below 2^(W-3): then the exact value is the residue plus the multiple of
     * 2^W nearest to the double's. One long and a double cost less than two longs with a
     * carry, and two and a double reach the 130-bit coefficients of (1+x+y+z+t)^30·(…+1).
     */
    enum Sum {
        LONG(1), LONG_AND_DOUBLE(2), WIDE(2), WIDE_AND_DOUBLE(3);

        final int stride; // words per index in the block

        Sum(int stride) { this.stride = stride; }

        static Sum choose(int productBits, int log) {
            int bound = productBits + log;       // |sum| < 2^bound
            int error = productBits + 2 * log - 52; // log2 of the double's error bound, rounded up
            if (bound <= 62) return LONG;
            if (error <= 61 && bound - 64 <= 48) return LONG_AND_DOUBLE;
            if (bound <= 126) return WIDE;
            if (error <= 125 && bound - 128 <= 48) return WIDE_AND_DOUBLE;
            return null;
        }
    }

    /** The terms of the product with packed monomials in [from, to), in increasing order. */
    private static Terms range(Factors f, long from, long to, Radix radix) {
        long[] sm = f.sm, lm = f.lm;
        int ns = sm.length, nl = lm.length;
        int[] at = new int[ns]; // where each term of the shorter factor stands in the longer one
        for (int i = 0; i < ns; i++) {
            int k = Arrays.binarySearch(lm, 0, nl, from - sm[i]);
            at[i] = k >= 0 ? k : -k - 1;
        }
        Sum sum = f.sum;
        // the words of one index side by side (low, high, double bits), so that they share a cache line
        long[] acc = new long[sum.stride * BLOCK];
        int[] stop = new int[ns]; // where each term's walk in this block stops
        Terms out = new Terms(radix);
        for (long base = from; base < to; base += BLOCK) {
            Interrupts.check();
            long end = Math.min(base + BLOCK, to);
            int live = stops(sm, lm, end, stop);
            int i = 0;
            if (sum == Sum.LONG || sum == Sum.LONG_AND_DOUBLE) {
                for (; i + 4 <= live; i += 4) walkFour(acc, f, i, at, stop, base);
            }
            for (; i < live; i++) {
                walk(acc, f, i, at[i], stop[i], base);
                at[i] = stop[i];
            }
            out.drain(base, (int) (end - base), acc, sum);
        }
        return out;
    }

    /** Term i of the shorter factor walks the longer one from j to e (where its products leave the block at base). */
    private static void walk(long[] acc, Factors f, int i, int j, int e, long base) {
        long shift = f.sm[i] - base; // lm[j] + shift is the product's place in the block
        long ci = f.sc[i];
        double di = f.sd[i];
        switch (f.sum) {
            case LONG -> walkLong(acc, f.lm, f.lc, j, e, shift, ci);
            case LONG_AND_DOUBLE -> walkLongAndDouble(acc, f.lm, f.lc, f.ld, j, e, shift, ci, di);
            case WIDE -> walkWide(acc, f.lm, f.lc, j, e, shift, ci);
            case WIDE_AND_DOUBLE -> walkWideAndDouble(acc, f.lm, f.lc, f.ld, j, e, shift, ci, di);
        }
    }

    /**
     * Terms i … i+3 of the shorter factor (neighbours, so their walks nearly coincide) walk
     * the stretch of the longer factor they share together, each term of it read once for
     * four products; each walks the rest of its own stretch alone. A term product was
     * three loads beside its two updates of the block; now it is one (f·(f + 1) for
     * f = (1+x+y+z+t)^20: 0.16 s of the thread's CPU where single walks took 0.25 s, load 13).
     */
    private static void walkFour(long[] acc, Factors f, int i, int[] at, int[] stop, long base) {
        int lo = Math.max(Math.max(at[i], at[i + 1]), Math.max(at[i + 2], at[i + 3]));
        int hi = Math.min(Math.min(stop[i], stop[i + 1]), Math.min(stop[i + 2], stop[i + 3]));
        if (lo >= hi) lo = hi = Integer.MAX_VALUE; // nothing shared: each walks its whole stretch
        for (int q = i; q < i + 4; q++) walk(acc, f, q, at[q], Math.min(lo, stop[q]), base);
        if (lo < hi) {
            long[] sm = f.sm, sc = f.sc;
            long s0 = sm[i] - base, s1 = sm[i + 1] - base, s2 = sm[i + 2] - base, s3 = sm[i + 3] - base;
            if (f.sum == Sum.LONG) walkFourLong(acc, f.lm, f.lc, lo, hi, s0, sc[i], s1, sc[i + 1], s2, sc[i + 2], s3, sc[i + 3]);
            else {
                double[] sd = f.sd;
                walkFourLongAndDouble(acc, f.lm, f.lc, f.ld, lo, hi, s0, sc[i], sd[i], s1, sc[i + 1], sd[i + 1],
                        s2, sc[i + 2], sd[i + 2], s3, sc[i + 3], sd[i + 3]);
            }
            for (int q = i; q < i + 4; q++) walk(acc, f, q, hi, stop[q], base);
        }
        for (int q = i; q < i + 4; q++) at[q] = stop[q];
    }

    // The walks of one term (coefficient ci, as a double di) of the shorter factor along the
    // longer one from j to e (where its products leave the block), and of four terms at once.
    // Small methods, so that the compiler optimizes them as the hot loops they are (not as an
    // on-stack replacement of one long-running method).
    private static void walkLong(long[] acc, long[] lm, long[] lc, int j, int e, long shift, long ci) {
        for (int k = j; k < e; k++) acc[(int) (lm[k] + shift)] += ci * lc[k];
    }

    private static void walkLongAndDouble(long[] acc, long[] lm, long[] lc, double[] ld, int j, int e, long shift, long ci, double di) {
        for (int k = j; k < e; k++) {
            int s = 2 * (int) (lm[k] + shift);
            acc[s] += ci * lc[k];
            acc[s + 1] = Double.doubleToRawLongBits(Double.longBitsToDouble(acc[s + 1]) + di * ld[k]);
        }
    }

    private static void walkWide(long[] acc, long[] lm, long[] lc, int j, int e, long shift, long ci) {
        for (int k = j; k < e; k++) {
            int s = 2 * (int) (lm[k] + shift);
            long x = ci * lc[k], r = acc[s] + x;
            acc[s + 1] += Math.multiplyHigh(ci, lc[k]) + Int128.carry(r, x);
            acc[s] = r;
        }
    }

    private static void walkWideAndDouble(long[] acc, long[] lm, long[] lc, double[] ld, int j, int e, long shift, long ci, double di) {
        for (int k = j; k < e; k++) {
            int s = 3 * (int) (lm[k] + shift);
            long x = ci * lc[k], r = acc[s] + x;
            acc[s + 1] += Math.multiplyHigh(ci, lc[k]) + Int128.carry(r, x);
            acc[s] = r;
            acc[s + 2] = Double.doubleToRawLongBits(Double.longBitsToDouble(acc[s + 2]) + di * ld[k]);
        }
    }

    private static void walkFourLong(long[] acc, long[] lm, long[] lc, int j, int e,
                                     long s0, long c0, long s1, long c1, long s2, long c2, long s3, long c3) {
        for (int k = j; k < e; k++) {
            long m = lm[k], c = lc[k];
            acc[(int) (m + s0)] += c0 * c;
            acc[(int) (m + s1)] += c1 * c;
            acc[(int) (m + s2)] += c2 * c;
            acc[(int) (m + s3)] += c3 * c;
        }
    }

    private static void walkFourLongAndDouble(long[] acc, long[] lm, long[] lc, double[] ld, int j, int e,
                                              long s0, long c0, double d0, long s1, long c1, double d1,
                                              long s2, long c2, double d2, long s3, long c3, double d3) {
        for (int k = j; k < e; k++) {
            long m = lm[k], c = lc[k];
            double d = ld[k];
            int s = 2 * (int) (m + s0);
            acc[s] += c0 * c;
            acc[s + 1] = Double.doubleToRawLongBits(Double.longBitsToDouble(acc[s + 1]) + d0 * d);
            s = 2 * (int) (m + s1);
            acc[s] += c1 * c;
            acc[s + 1] = Double.doubleToRawLongBits(Double.longBitsToDouble(acc[s + 1]) + d1 * d);
            s = 2 * (int) (m + s2);
            acc[s] += c2 * c;
            acc[s + 1] = Double.doubleToRawLongBits(Double.longBitsToDouble(acc[s + 1]) + d2 * d);
            s = 2 * (int) (m + s3);
            acc[s] += c3 * c;
            acc[s + 1] = Double.doubleToRawLongBits(Double.longBitsToDouble(acc[s + 1]) + d3 * d);
        }
    }

    /**
     * For each term i of the shorter factor, the first index of the longer one whose
     * product with it reaches the block's end, into stop; returns how many terms have
     * products before the end (the terms are sorted, so these come first). The targets
     * end - sm[i] fall as i grows, so one sweep down the longer factor finds them all:
     * a walk is then a counted loop, which the compiler unrolls, and finding its end
     * costs a few steps per term, not a scan of the walk (a fifth of the product's time).
     */
    private static int stops(long[] sm, long[] lm, long end, int[] stop) {
        int live = 0, k = lm.length;
        while (live < sm.length && sm[live] + lm[0] < end) live++;
        for (int i = 0; i < live; i++) {
            long limit = end - sm[i];
            while (k > 0 && lm[k - 1] >= limit) k--;
            stop[i] = k;
        }
        return live;
    }

    /** Terms in increasing order of their packed monomials. */
    private static final class Terms {
        final Radix radix;
        long[] monos = new long[64], small = new long[64];
        BigInteger[] big; // where a coefficient needs more than a long
        int size;

        Terms(Radix radix) { this.radix = radix; }

        /** Appends the nonzero coefficients of a block (and clears it). */
        void drain(long base, int len, long[] acc, Sum sum) {
            int stride = sum.stride;
            for (int s = 0; s < len; s++) {
                int at = stride * s;
                long l = acc[at];
                long h = sum == Sum.WIDE || sum == Sum.WIDE_AND_DOUBLE ? acc[at + 1] : l >> 63;
                double d = sum == Sum.LONG_AND_DOUBLE ? Double.longBitsToDouble(acc[at + 1])
                        : sum == Sum.WIDE_AND_DOUBLE ? Double.longBitsToDouble(acc[at + 2]) : 0;
                if ((h | l) == 0 && d == 0) continue;
                for (int k = 0; k < stride; k++) acc[at + k] = 0;
                BigInteger exact = null;
                if (sum == Sum.LONG_AND_DOUBLE) {
                    long k = Math.round((d - l) * 0x1p-64); // the multiple of 2^64 that the residue l misses
                    if (k != 0) { h = h + k; } // (h, l) is exact: |k| < 2^48
                } else if (sum == Sum.WIDE_AND_DOUBLE) {
                    long k = Math.round((d - Int128.toDouble(h, l)) * 0x1p-128);
                    if (k != 0) exact = Int128.toBig(h, l).add(BigInteger.valueOf(k).shiftLeft(128));
                }
                if (exact == null && (h | l) == 0) continue; // a sum that cancelled
                if (size == monos.length) grow();
                monos[size] = radix.packed(base + s);
                if (exact == null && Int128.fitsLong(h, l)) small[size] = l;
                else {
                    if (big == null) big = new BigInteger[monos.length];
                    big[size] = exact != null ? exact : Int128.toBig(h, l);
                }
                size++;
            }
        }

        private void grow() {
            monos = Arrays.copyOf(monos, 2 * size);
            small = Arrays.copyOf(small, 2 * size);
            if (big != null) big = Arrays.copyOf(big, 2 * size);
        }

        static Poly concat(Ring ring, Terms[] parts) {
            int n = 0;
            boolean anyBig = false;
            for (Terms t : parts) { n += t.size; anyBig |= t.big != null; }
            long[] m = new long[n], s = new long[n];
            BigInteger[] b = anyBig ? new BigInteger[n] : null;
            int k = 0;
            for (Terms t : parts) {
                System.arraycopy(t.monos, 0, m, k, t.size);
                System.arraycopy(t.small, 0, s, k, t.size);
                if (t.big != null) System.arraycopy(t.big, 0, b, k, t.size);
                k += t.size;
            }
            return new Poly(ring, n, m, s, b, null, BigInteger.ONE);
        }
    }
}
