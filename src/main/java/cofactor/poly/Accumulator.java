package cofactor.poly;

import cofactor.guard.Interrupts;
import java.math.BigInteger;
import java.util.Arrays;

/**
 * Sums terms into a polynomial: an open-addressing hash table from packed
 * monomial to term index, with coefficients kept as longs until one overflows,
 * then as 128-bit integers (a second word each), then the one that overflows
 * those as a BigInteger; or as doubles for an inexact ring.
 * One accumulator can be reused: {@link #finish} hands out the terms and clears it.
 */
public final class Accumulator {
    private final Ring ring;
    private final int w;
    final boolean inexact;
    private long[] monos;
    private long[] small;       // the coefficients, or their low words once high is there
    private long[] high;        // null until some coefficient overflows a long
    private BigInteger[] big;   // null until some coefficient overflows 128 bits
    private double[] dbl;
    private int size;
    private int[] table;        // term index + 1, 0 for an empty slot
    private int work;           // operations since the last cancellation check

    public Accumulator(Ring ring, boolean inexact) { this(ring, inexact, 16); }

    /** An accumulator sized for about expectedTerms terms (so that a large sum does not rehash as it grows). */
    public Accumulator(Ring ring, boolean inexact, int expectedTerms) {
        this.ring = ring;
        this.w = ring.words;
        this.inexact = inexact;
        init(Math.max(16, Math.min(expectedTerms, 1 << 24)));
    }

    private void init(int capacity) {
        monos = new long[capacity * w];
        if (inexact) dbl = new double[capacity];
        else small = new long[capacity];
        high = null;
        big = null;
        size = 0;
        table = new int[Integer.highestOneBit(capacity * 2 - 1) * 2];
    }

    int size() { return size; }

    /**
     * A full mix of the packed words (MurmurHash3's finalizer): packed exponents differ in
     * a few low bits of each field, and a weaker mix left the 135 751 monomials of the
     * Fateman product in long probe runs (30 s instead of a few).
     */
    private static int hash(long[] m, int off, int w) {
        long h = m[off];
        for (int k = 1; k < w; k++) h = h * 0x9E3779B97F4A7C15L + m[off + k];
        h = (h ^ (h >>> 33)) * 0xFF51AFD7ED558CCDL;
        h = (h ^ (h >>> 33)) * 0xC4CEB9FE1A85EC53L;
        return (int) (h ^ (h >>> 33));
    }

    /** The index of the term with the monomial at m[off], appended with coefficient 0 if new. */
    private int find(long[] m, int off) {
        if (++work > 1 << 16) { work = 0; Interrupts.check(); }
        int mask = table.length - 1;
        for (int slot = hash(m, off, w) & mask; ; slot = (slot + 1) & mask) {
            int t = table[slot] - 1;
            if (t < 0) {
                if (size * 2 >= table.length) { grow(); return find(m, off); }
                if ((size + 1) * w > monos.length) growTerms();
                System.arraycopy(m, off, monos, size * w, w);
                if (inexact) dbl[size] = 0;
                else small[size] = 0;
                if (high != null) high[size] = 0;
                if (big != null) big[size] = null;
                table[slot] = size + 1;
                return size++;
            }
            if (sameMono(m, off, t * w)) return t;
        }
    }

    private boolean sameMono(long[] m, int off, int at) {
        for (int k = 0; k < w; k++) if (monos[at + k] != m[off + k]) return false;
        return true;
    }

    private void growTerms() {
        int cap = Math.max(16, size * 2);
        monos = Arrays.copyOf(monos, cap * w);
        if (inexact) dbl = Arrays.copyOf(dbl, cap);
        else small = Arrays.copyOf(small, cap);
        if (high != null) high = Arrays.copyOf(high, cap);
        if (big != null) big = Arrays.copyOf(big, cap);
    }

    private void grow() {
        table = new int[table.length * 2];
        int mask = table.length - 1;
        for (int t = 0; t < size; t++) {
            int slot = hash(monos, t * w, w) & mask;
            while (table[slot] != 0) slot = (slot + 1) & mask;
            table[slot] = t + 1;
        }
    }

    // ---- adding one term
    void add(long[] m, int off, long c) {
        int t = find(m, off);
        if (big != null && big[t] != null) { big[t] = big[t].add(BigInteger.valueOf(c)); return; }
        if (high != null) { addWide(t, c >> 63, c); return; }
        long s = small[t], r = s + c;
        if (((s ^ r) & (c ^ r)) < 0) {
            widen();
            addWide(t, c >> 63, c);
        } else small[t] = r;
    }

    /** Adds the 128-bit integer (hi, lo). */
    void add(long[] m, int off, long hi, long lo) {
        if (Int128.fitsLong(hi, lo)) { add(m, off, lo); return; }
        int t = find(m, off);
        if (big != null && big[t] != null) { big[t] = big[t].add(Int128.toBig(hi, lo)); return; }
        if (high == null) widen();
        addWide(t, hi, lo);
    }

    void add(long[] m, int off, BigInteger c) {
        if (c.bitLength() < 64) { add(m, off, c.longValue()); return; }
        int t = find(m, off);
        if (big != null && big[t] != null) big[t] = big[t].add(c);
        else setBig(t, c.add(value(t)));
    }

    void add(long[] m, int off, double c) {
        int t = find(m, off); // first: find may grow the arrays, and dbl[find(…)] would index the old one
        dbl[t] += c;
    }

    /** Gives every coefficient a high word (its sign), once one leaves the long range. */
    private void widen() {
        high = new long[small.length];
        for (int t = 0; t < size; t++) high[t] = small[t] >> 63;
    }

    /** Term t (128-bit, not big) plus (hi, lo); a BigInteger when the sum overflows 128 bits. */
    private void addWide(int t, long hi, long lo) {
        long s = small[t], r = s + lo, c = Int128.carry(r, lo);
        if (Int128.highOverflows(high[t], hi, c)) setBig(t, Int128.toBig(high[t], s).add(Int128.toBig(hi, lo)));
        else {
            small[t] = r;
            high[t] += hi + c;
        }
    }

    /** Term t's coefficient as a BigInteger. */
    private BigInteger value(int t) {
        if (big != null && big[t] != null) return big[t];
        return high != null ? Int128.toBig(high[t], small[t]) : BigInteger.valueOf(small[t]);
    }

    private void setBig(int t, BigInteger v) {
        if (big == null) big = new BigInteger[small.length];
        big[t] = v;
    }

    /** Adds {@code sign · a · b}: the inner loop of products, determinants and powers. */
    public void addProduct(Poly a, Poly b, int sign) {
        assert a.ring == ring && b.ring == ring && a.inexact == inexact && b.inexact == inexact;
        long[] m = new long[w];
        long[] am = a.monos, bm = b.monos;
        for (int i = 0; i < a.size; i++) {
            int ai = i * w;
            for (int j = 0; j < b.size; j++) {
                int bj = j * w;
                for (int k = 0; k < w; k++) m[k] = am[ai + k] + bm[bj + k];
                assert a.fitsProduct(i, b, j);
                if (inexact) { add(m, 0, sign * a.dbl[i] * b.dbl[j]); continue; }
                if ((a.big == null || a.big[i] == null) && (b.big == null || b.big[j] == null)) {
                    long x = a.small[i], y = b.small[j], lo = x * y, hi = Math.multiplyHigh(x, y);
                    if (sign < 0) { hi = ~hi + (lo == 0 ? 1 : 0); lo = -lo; } // |x·y| ≤ 2^126: its negation fits
                    add(m, 0, hi, lo);
                    continue;
                }
                BigInteger p = a.coefBig(i).multiply(b.coefBig(j));
                add(m, 0, sign < 0 ? p.negate() : p);
            }
        }
    }

    /** Adds {@code sign · p} (p over denominator 1 when exact). */
    public void add(Poly p, int sign) {
        assert p.inexact || p.den.equals(BigInteger.ONE);
        addScaled(p, BigInteger.valueOf(sign), sign);
    }

    /** Adds {@code scale · p} (scale exact, p exact) or {@code dscale · p} (inexact). */
    void addScaled(Poly p, BigInteger scale, double dscale) {
        assert p.ring == ring && p.inexact == inexact;
        for (int i = 0; i < p.size; i++) {
            if (inexact) add(p.monos, i * w, dscale * p.dbl[i]);
            else if (scale.equals(BigInteger.ONE)) {
                if (p.big != null && p.big[i] != null) add(p.monos, i * w, p.big[i]);
                else add(p.monos, i * w, p.small[i]);
            } else add(p.monos, i * w, p.coefBig(i).multiply(scale));
        }
    }

    /** The polynomial summed so far (zero terms dropped, common denominator 1); clears this accumulator. */
    public Poly finish() {
        int n = 0;
        for (int t = 0; t < size; t++) if (!isZero(t)) n++;
        long[] m = new long[n * w];
        long[] s = inexact ? null : new long[n];
        double[] d = inexact ? new double[n] : null;
        BigInteger[] b = null;
        int k = 0;
        for (int t = 0; t < size; t++) {
            if (isZero(t)) continue;
            System.arraycopy(monos, t * w, m, k * w, w);
            if (inexact) d[k] = dbl[t];
            else if (big == null && (high == null || Int128.fitsLong(high[t], small[t]))) s[k] = small[t];
            else {
                BigInteger v = value(t);
                if (v.bitLength() < 64) s[k] = v.longValue();
                else {
                    if (b == null) b = new BigInteger[n];
                    b[k] = v;
                }
            }
            k++;
        }
        size = 0; // keep the arrays for the next sum
        high = null;
        big = null;
        Arrays.fill(table, 0);
        return new Poly(ring, n, m, s, b, d, BigInteger.ONE);
    }

    private boolean isZero(int t) {
        if (inexact) return dbl[t] == 0.0;
        if (big != null && big[t] != null) return big[t].signum() == 0;
        return small[t] == 0 && (high == null || high[t] == 0);
    }
}
