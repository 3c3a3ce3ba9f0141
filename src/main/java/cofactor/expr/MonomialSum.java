package cofactor.expr;

import java.util.Arrays;

/**
 * The fast route from polynomial code ({@code cofactor.poly}) to the canonical sum of
 * distinct monomials in plain kernels (and at most one power of E each): it skips the hash
 * maps of {@link AddBuilder} and {@link MulBuilder} and sorts once, so a 362 880-term
 * determinant becomes an {@link Add} in one sort by {@link Order}.
 *
 * <p>It builds exactly the node the factories would build, and checks every condition
 * that rests on, always (not only under assertions): the kernels are distinct and in
 * canonical order (once, when it is made); a monomial names kernels in ascending order
 * with positive exponents as it {@link #admits}, and has an exact nonzero coefficient (a
 * few integer comparisons per monomial); no monomial comes twice (after the sort). A caller that
 * breaks one gets an exception, never a malformed node.
 */
public final class MonomialSum {
    private final Expr[] kernels;
    private final boolean[] plain, powerOfE;
    private Num constant = Num.ZERO;
    private Expr[] terms;
    private Num[] coefs;
    private int[] hashes;       // each term's hash code, taken while the new node is in the cache
    private int size;
    // Shared all-ones exponent arrays by length (every term of a determinant), made on first use by
    // add, or all at once by reserve, before set runs on several threads (which then only read them).
    // A plain array: an AtomicReferenceArray cost a one-line run its VarHandle's set-up, interpreted.
    private final Num[][] ones;

    /** Kernels in canonical order ({@link Order}), distinct; room for about expectedTerms monomials. */
    public MonomialSum(Expr[] kernels, int expectedTerms) {
        this.kernels = kernels.clone();
        this.plain = new boolean[kernels.length];
        this.powerOfE = new boolean[kernels.length];
        for (int v = 0; v < kernels.length; v++) {
            if (v > 0 && Order.compare(this.kernels[v - 1], this.kernels[v]) >= 0) {
                throw new IllegalArgumentException("kernels out of canonical order or repeated: " + this.kernels[v]);
            }
            plain[v] = isPlain(this.kernels[v]);
            powerOfE[v] = this.kernels[v] == Sym.E || this.kernels[v] instanceof Call c && c.fn() == Fn.EXP;
        }
        int capacity = Math.max(1, expectedTerms);
        terms = new Expr[capacity];
        coefs = new Num[capacity];
        hashes = new int[capacity];
        ones = new Num[kernels.length + 1][];
    }

    /**
     * A kernel whose positive integer powers are plain {@code Pow(k, e)} nodes and whose
     * products with other such kernels never fold: a symbol other than E, a call whose
     * powers do not fold. (E^2 is exp(2), exp(a)^2 is exp(2a), sqrt(x)^2 is x.)
     */
    public static boolean isPlain(Expr k) {
        return k instanceof Sym s && s != Sym.E || k instanceof Call c && !c.fn().powersFold();
    }

    /** Whether kernel v is plain. */
    public boolean isPlain(int v) { return plain[v]; }

    /**
     * Whether the monomial Π kernel[vars[i]]^exps[i] (i < count) may be added: its kernels plain
     * but for at most one power of E (E or exp(u)) to the first power, a factor as it stands
     * (y·exp(x)), where two of them or a square fold (exp(x)·exp(-x) = 1, exp(x)^2 = exp(2x)).
     * The determinants of matrices with exponentials have many such terms.
     */
    public boolean admits(int[] vars, int[] exps, int count) {
        boolean powered = false;
        for (int i = 0; i < count; i++) {
            if (plain[vars[i]]) continue;
            if (powered || !powerOfE[vars[i]] || exps[i] != 1) return false;
            powered = true;
        }
        return true;
    }

    /** Sets the constant term (exact). */
    public void constant(Num c) {
        if (!c.isExact()) throw new IllegalArgumentException("inexact constant " + c);
        constant = c;
    }

    /**
     * Adds {@code coef · Π kernel[vars[i]]^exps[i]} for i < count (count ≥ 1): vars
     * ascending, exps positive, a monomial this sum {@link #admits}, coef exact and nonzero.
     */
    public void add(int[] vars, int[] exps, int count, Num coef) {
        if (size == terms.length) {
            terms = Arrays.copyOf(terms, 2 * size);
            coefs = Arrays.copyOf(coefs, 2 * size);
            hashes = Arrays.copyOf(hashes, 2 * size);
        }
        set(size, vars, exps, count, coef);
        size++;
    }

    /**
     * Makes room for n monomials, to be given by {@link #set} at slots 0 … n-1 (from
     * several threads at once, each slot by one) instead of by {@link #add}.
     */
    public void reserve(int n) {
        if (size != 0) throw new IllegalStateException("reserve before any monomial");
        terms = new Expr[Math.max(1, n)];
        coefs = new Num[Math.max(1, n)];
        hashes = new int[Math.max(1, n)];
        size = n;
        for (int count = 1; count < ones.length; count++) onesOf(count);
    }

    /** Puts the monomial at a reserved slot; the conditions are {@link #add}'s. */
    public void set(int slot, int[] vars, int[] exps, int count, Num coef) {
        if (count < 1) throw new IllegalArgumentException("a monomial needs a kernel (the constant is set apart)");
        if (!coef.isExact() || coef.isZero()) throw new IllegalArgumentException("coefficient " + coef);
        for (int i = 0; i < count; i++) {
            if (exps[i] < 1 || i > 0 && vars[i] <= vars[i - 1] || i == count - 1 && !admits(vars, exps, count)) {
                throw new IllegalArgumentException("not a monomial in ascending plain kernels: " + kernels[vars[i]] + "^" + exps[i]);
            }
        }
        terms[slot] = monomial(vars, exps, count);
        coefs[slot] = coef;
        hashes[slot] = terms[slot].hashCode();
    }

    private Expr monomial(int[] vars, int[] exps, int count) {
        if (count == 1) return exps[0] == 1 ? kernels[vars[0]] : new Pow(kernels[vars[0]], Num.small(exps[0]));
        Expr[] bases = new Expr[count];
        boolean allOne = true;
        for (int i = 0; i < count; i++) {
            bases[i] = kernels[vars[i]];
            allOne &= exps[i] == 1;
        }
        Num[] es;
        if (allOne) {
            es = onesOf(count);
        } else {
            es = new Num[count];
            for (int i = 0; i < count; i++) es[i] = Num.small(exps[i]);
        }
        return new Mul(Num.ONE, bases, es);
    }

    private Num[] onesOf(int count) {
        Num[] es = ones[count];
        if (es == null) {
            es = new Num[count];
            Arrays.fill(es, Num.ONE);
            ones[count] = es;
        }
        return es;
    }

    /** The canonical sum of what was added; this builder is not to be used after. */
    public Expr build() {
        int n = size;
        if (n == 0) return constant;
        if (n == 1 && constant.isZero()) return MulBuilder.scale(terms[0], coefs[0]);
        // Sort by Order: its first key is the cached hash, so sort by the hashes alone and
        // settle the rare equal-hash runs structurally.
        long[] keys = byHash(hashes, n);
        Expr[] t = new Expr[n];
        Num[] c = new Num[n];
        int[] h = new int[n];
        for (int i = 0; i < n; i++) {
            int k = (int) keys[i];
            t[i] = terms[k];
            c[i] = coefs[k];
            h[i] = (int) (keys[i] >>> 32) ^ Integer.MIN_VALUE;
        }
        for (int i = 0; i < n; ) {
            int j = i + 1;
            while (j < n && h[j] == h[i]) j++; // the hashes, without a visit to each node
            if (j - i > 1) sortRun(t, c, i, j);
            i = j;
        }
        return new Add(constant, t, c, h);
    }

    /** From this many terms on, {@link #byHash} sorts by radix. */
    private static final int RADIX_FROM = 256;

    /**
     * The indices 0 … n-1 ordered by their hashes as signed ints, equal hashes in the order
     * of their indices, as (hash with its sign bit flipped, index) pairs packed in longs: a
     * radix sort of the pairs, a byte of the hash per pass, least significant first (each
     * pass stable). Each pass reads the pairs in order; sorting the indices alone read
     * each one's hash at random, a cache miss per index and pass in the 3.6·10^6 terms of
     * a 10×10 determinant, and sorting the pairs with Arrays.sort took most of a second.
     */
    private static long[] byHash(int[] hashes, int n) {
        long[] keys = new long[n];
        if (n < RADIX_FROM) { // four passes over 256 counts cost a short sum more than a plain sort of its pairs
            for (int i = 0; i < n; i++) keys[i] = (long) hashes[i] << 32 | i; // as signed longs: by hash, then index
            ShellSort.sort(keys, n);
            for (int i = 0; i < n; i++) keys[i] ^= Long.MIN_VALUE; // the hash's sign bit flipped, as below
            return keys;
        }
        for (int i = 0; i < n; i++) keys[i] = (long) (hashes[i] ^ Integer.MIN_VALUE) << 32 | i; // flipped: negative hashes first
        long[] next = new long[n];
        int[] count = new int[257];
        for (int shift = 32; shift < 64; shift += 8) {
            Arrays.fill(count, 0);
            for (int i = 0; i < n; i++) count[(int) (keys[i] >>> shift & 0xFF) + 1]++;
            for (int b = 0; b < 256; b++) count[b + 1] += count[b];
            for (int i = 0; i < n; i++) {
                long k = keys[i];
                next[count[(int) (k >>> shift & 0xFF)]++] = k;
            }
            long[] swap = keys;
            keys = next;
            next = swap;
        }
        return keys;
    }

    /** Sorts an equal-hash run structurally and refuses a monomial that came twice. */
    private static void sortRun(Expr[] t, Num[] c, int from, int to) {
        Integer[] idx = new Integer[to - from];
        for (int i = 0; i < idx.length; i++) idx[i] = from + i;
        Arrays.sort(idx, (a, b) -> Order.compare(t[a], t[b]));
        Expr[] ts = new Expr[idx.length];
        Num[] cs = new Num[idx.length];
        for (int i = 0; i < idx.length; i++) {
            ts[i] = t[idx[i]];
            cs[i] = c[idx[i]];
            if (i > 0 && Order.compare(ts[i - 1], ts[i]) == 0) throw new IllegalArgumentException("monomial added twice: " + ts[i]);
        }
        System.arraycopy(ts, 0, t, from, ts.length);
        System.arraycopy(cs, 0, c, from, cs.length);
    }
}
