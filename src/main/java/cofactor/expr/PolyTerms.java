package cofactor.expr;

import java.util.Arrays;

/**
 * Fast canonical construction for polynomial code ({@code cofactor.poly}) that
 * already holds distinct monomials in plain kernels: it skips the hash maps of
 * {@link AddBuilder}/{@link MulBuilder} but builds exactly the nodes they would
 * build (the node constructors still assert canonical form). A 362 880-term
 * determinant is turned into an {@link Add} in one sort by {@link Order}.
 */
public final class PolyTerms {
    private PolyTerms() {}

    /**
     * A kernel whose positive integer powers stay plain {@code Pow(k, e)} nodes and
     * whose products with other such kernels never fold: a symbol other than E, a
     * call whose powers do not fold. (E^2 is exp(2), exp(a)^2 is exp(2a), sqrt(x)^2 is x.)
     */
    public static boolean isPlain(Expr k) {
        return k instanceof Sym s && s != Sym.E || k instanceof Call c && !c.fn().powersFold();
    }

    /**
     * The coefficient-free monomial {@code Π bases[i]^exps[i]}: bases plain, distinct
     * and sorted by {@link Order}, exponents positive exact integers; at least one base.
     */
    public static Expr monomial(Expr[] bases, Num[] exps) {
        assert bases.length == exps.length && bases.length > 0;
        if (bases.length == 1) return exps[0].isOne() ? bases[0] : new Pow(bases[0], exps[0]);
        assert plainMonomial(bases, exps);
        return new Mul(Num.ONE, bases, exps);
    }

    private static boolean plainMonomial(Expr[] bases, Num[] exps) {
        for (int i = 0; i < bases.length; i++) {
            if (!isPlain(bases[i]) || !exps[i].isInteger() || exps[i].signum() <= 0) return false;
        }
        return true;
    }

    /**
     * The canonical sum {@code constant + Σ coefs[i]·terms[i]} of distinct monomials
     * built by {@link #monomial}, with exact nonzero coefficients. The arrays are
     * not changed.
     */
    public static Expr sum(Num constant, Expr[] terms, Num[] coefs) {
        int n = terms.length;
        if (n == 0) return constant;
        if (n == 1 && constant.isZero()) return MulBuilder.scale(terms[0], coefs[0]);
        // Sort by Order: its first key is the cached hash, so sort (hash, index) pairs as longs
        // and settle the rare equal-hash runs structurally.
        long[] keys = new long[n];
        for (int i = 0; i < n; i++) keys[i] = ((long) terms[i].hashCode() << 32) | i;
        Arrays.sort(keys);
        Expr[] t = new Expr[n];
        Num[] c = new Num[n];
        for (int i = 0; i < n; i++) {
            int k = (int) keys[i];
            t[i] = terms[k];
            c[i] = coefs[k];
        }
        for (int i = 0; i < n; ) {
            int j = i + 1;
            while (j < n && t[j].hashCode() == t[i].hashCode()) j++;
            if (j - i > 1) sortRun(t, c, i, j);
            i = j;
        }
        return new Add(constant, t, c);
    }

    private static void sortRun(Expr[] t, Num[] c, int from, int to) {
        Integer[] idx = new Integer[to - from];
        for (int i = 0; i < idx.length; i++) idx[i] = from + i;
        Arrays.sort(idx, (a, b) -> Order.compare(t[a], t[b]));
        Expr[] ts = new Expr[idx.length];
        Num[] cs = new Num[idx.length];
        for (int i = 0; i < idx.length; i++) { ts[i] = t[idx[i]]; cs[i] = c[idx[i]]; }
        System.arraycopy(ts, 0, t, from, ts.length);
        System.arraycopy(cs, 0, c, from, cs.length);
    }
}
