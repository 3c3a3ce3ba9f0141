package cofactor.poly;

import cofactor.expr.Expr;
import cofactor.expr.MonomialSum;
import cofactor.expr.Num;
import cofactor.guard.Interrupts;
import cofactor.guard.Limits;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/**
 * An immutable sparse polynomial over the kernels of a {@link Ring}: packed
 * monomials with exact coefficients (longs, a BigInteger where one overflows,
 * over a common denominator) or double coefficients. Terms are in no particular
 * order; {@link #toExpr} gives the canonical expression.
 */
public final class Poly {
    final Ring ring;
    final int size;
    final long[] monos;        // size × ring.words
    final long[] small;        // exact coefficients (where big is null or big[i] is null)
    final BigInteger[] big;
    final double[] dbl;        // non-null for an inexact polynomial
    final BigInteger den;      // exact: positive common denominator
    final boolean inexact;

    Poly(Ring ring, int size, long[] monos, long[] small, BigInteger[] big, double[] dbl, BigInteger den) {
        this.ring = ring;
        this.size = size;
        this.monos = monos;
        this.small = small;
        this.big = big;
        this.dbl = dbl;
        this.den = den;
        this.inexact = dbl != null;
    }

    public Ring ring() { return ring; }
    public int size() { return size; }
    public boolean isZero() { return size == 0; }

    BigInteger coefBig(int i) { return big != null && big[i] != null ? big[i] : BigInteger.valueOf(small[i]); }

    /** Coefficient i as a number (numerator over the common denominator). */
    Num coef(int i) {
        if (inexact) return Num.real(dbl[i]);
        if (den.equals(BigInteger.ONE)) return big != null && big[i] != null ? Num.of(big[i]) : Num.of(small[i]);
        return Num.rational(coefBig(i), den);
    }

    /** The common denominator of the coefficients (1 for an inexact polynomial). */
    public BigInteger denominator() { return den; }

    /** {@code l · this} over denominator 1, for an l that the denominator divides (the identity when inexact). */
    public Poly scaledTo(BigInteger l) {
        if (inexact || l.equals(BigInteger.ONE) && den.equals(BigInteger.ONE)) return this;
        Accumulator acc = new Accumulator(ring, false, size);
        acc.addScaled(this, l.divide(den), 1.0);
        return acc.finish();
    }

    /** This polynomial divided by d > 0 (the identity when inexact). */
    public Poly dividedBy(BigInteger d) { return inexact ? this : withDen(d); }

    /** This polynomial divided by d (d > 0, exact polynomials only). */
    Poly withDen(BigInteger d) {
        if (d.equals(BigInteger.ONE)) return this;
        return new Poly(ring, size, monos, small, big, dbl, den.multiply(d));
    }

    /** Exponent bounds hold for the product of term i of this and term j of b (checked under assertions). */
    boolean fitsProduct(int i, Poly b, int j) {
        for (int v = 0; v < ring.size(); v++) {
            if (ring.exponent(monos, i * ring.words, v) + ring.exponent(b.monos, j * ring.words, v) > ring.bound(v)) return false;
        }
        return true;
    }

    private void sameRing(Poly o) {
        if (o.ring != ring || o.inexact != inexact) throw new IllegalArgumentException("polynomials of different rings");
    }

    // ---- arithmetic
    public Poly plus(Poly o) { return linear(o, 1); }
    public Poly minus(Poly o) { return linear(o, -1); }
    public Poly negate() { return ring.zero(inexact).minus(this); }

    private Poly linear(Poly o, int sign) {
        sameRing(o);
        if (o.size == 0) return this;
        Accumulator acc = new Accumulator(ring, inexact);
        if (inexact) {
            acc.addScaled(this, BigInteger.ONE, 1.0);
            acc.addScaled(o, BigInteger.ONE, sign);
            return acc.finish();
        }
        BigInteger l = lcm(den, o.den);
        acc.addScaled(this, l.divide(den), 1.0);
        BigInteger s = l.divide(o.den);
        acc.addScaled(o, sign < 0 ? s.negate() : s, 1.0);
        return acc.finish().withDen(l);
    }

    static BigInteger lcm(BigInteger a, BigInteger b) {
        if (a.equals(b) || b.equals(BigInteger.ONE)) return a;
        if (a.equals(BigInteger.ONE)) return b;
        return a.divide(a.gcd(b)).multiply(b);
    }

    public Poly times(Poly o) {
        sameRing(o);
        Poly dense = BlockProduct.of(this, o, BlockProduct.threadsFor((double) size * o.size));
        if (dense != null) return dense.withDen(den.multiply(o.den));
        Accumulator acc = new Accumulator(ring, inexact);
        acc.addProduct(size <= o.size ? this : o, size <= o.size ? o : this, 1);
        return inexact ? acc.finish() : acc.finish().withDen(den.multiply(o.den));
    }

    /**
     * This polynomial to the power n ≥ 0, by whichever route the estimate says is
     * cheaper: the multinomial theorem makes each of the C(n+t-1, t-1) compositions of n
     * over the t terms once (t products of coefficients each); successive multiplication
     * by this short polynomial makes t term products per term of each power p^k, k < n,
     * which has at most min(C(k+t-1, t-1), box) terms. Where the terms do not collide, as
     * in (1+x+y+z)^100, the multinomial route wins by about n/4 (42 ms against 2.7 s,
     * bench DetAlgorithmsBench); where they collide the powers stay short, and the
     * estimate weighs that: (1+x+x^2)^100 (5 151 compositions onto 201 monomials) and
     * (1+x+y+xy)^60 go the multinomial way now, 12 ms and 36 ms where successive
     * multiplication, which a cruder rule chose, took 54 ms and 143 ms (best of 15, load 27).
     * Repeated squaring took about a minute on (1+x+y+z)^100: it multiplies big by big.
     */
    public Poly pow(int n) {
        if (n < 0) throw new IllegalArgumentException("negative power");
        if (n == 0) return ring.constant(inexact ? Num.real(1.0) : Num.ONE);
        if (n == 1 || size == 0) return this;
        if (size == 1) return monomialPower(n);
        if (multinomialIsCheaper(n)) return multinomial(n);
        Poly r = this;
        for (int k = 1; k < n; k++) r = r.times(this);
        return r;
    }

    /** Whether the multinomial route's estimated term products are at most successive multiplication's (see {@link #pow}). */
    private boolean multinomialIsCheaper(int n) {
        int[] degree = new int[ring.size()];
        for (int v = 0; v < degree.length; v++) {
            for (int i = 0; i < size; i++) degree[v] = Math.max(degree[v], ring.exponent(monos, i * ring.words, v));
        }
        double multinomial = compositions(n, size) * size, successive = 0;
        for (int k = 1; k < n && successive < multinomial; k++) {
            double box = 1;
            for (int d : degree) box *= (double) k * d + 1;
            successive += Math.min(compositions(k, size), box) * size;
        }
        return multinomial <= successive;
    }

    /** C(n + t - 1, t - 1): the number of ways to pick n factors from t terms (as a double). */
    static double compositions(int n, int t) {
        double c = 1;
        for (int i = 1; i < t; i++) c = c * (n + i) / i;
        return c;
    }

    private Poly monomialPower(int n) {
        long[] m = new long[ring.words];
        for (int v = 0; v < ring.size(); v++) {
            int e = ring.exponent(monos, 0, v);
            if (e != 0) ring.addExponent(m, 0, v, e * n);
        }
        Accumulator acc = new Accumulator(ring, inexact);
        if (inexact) {
            acc.add(m, 0, Math.pow(dbl[0], n));
            return acc.finish();
        }
        acc.add(m, 0, coefBig(0).pow(n));
        return acc.finish().withDen(den.pow(n));
    }

    private Poly multinomial(int n) {
        int t = size, w = ring.words;
        Accumulator acc = new Accumulator(ring, inexact, (int) Math.min(compositions(n, t), 1 << 22));
        // binom[r][k] = C(r, k); powers[i][k] = coef_i^k, or null when coef_i is 1
        BigInteger[][] binom = new BigInteger[n + 1][];
        double[][] dbinom = new double[n + 1][];
        for (int r = 0; r <= n; r++) {
            binom[r] = new BigInteger[r + 1];
            dbinom[r] = new double[r + 1];
            binom[r][0] = binom[r][r] = BigInteger.ONE;
            dbinom[r][0] = dbinom[r][r] = 1;
            for (int k = 1; k < r; k++) {
                binom[r][k] = binom[r - 1][k - 1].add(binom[r - 1][k]);
                dbinom[r][k] = dbinom[r - 1][k - 1] + dbinom[r - 1][k];
            }
        }
        BigInteger[][] powers = new BigInteger[t][];
        double[][] dpowers = new double[t][];
        for (int i = 0; i < t; i++) {
            if (inexact) {
                dpowers[i] = new double[n + 1];
                dpowers[i][0] = 1;
                for (int k = 1; k <= n; k++) dpowers[i][k] = dpowers[i][k - 1] * dbl[i];
            } else if (!coefBig(i).equals(BigInteger.ONE)) {
                powers[i] = new BigInteger[n + 1];
                powers[i][0] = BigInteger.ONE;
                for (int k = 1; k <= n; k++) powers[i][k] = powers[i][k - 1].multiply(coefBig(i));
            }
        }
        // Enumerate the exponents k_0 + … + k_{t-1} = n term by term; the coefficient of
        // Π term_i^k_i is Π C(r_i, k_i)·coef_i^k_i with r_i the factors left before term i.
        new Object() {
            final long[][] mono = new long[t][w];

            void run(int pos, int r, BigInteger coef, double dcoef) {
                Interrupts.check();
                long[] m = mono[pos];
                long[] next = mono[pos + 1];
                for (int k = 0; k <= r; k++) {
                    if (k > 0) for (int q = 0; q < w; q++) m[q] += monos[pos * w + q];
                    if (pos == t - 2) { // the last term takes the remaining r - k factors
                        int rest = r - k;
                        for (int q = 0; q < w; q++) next[q] = m[q] + rest * monos[(t - 1) * w + q];
                        if (inexact) {
                            acc.add(next, 0, dcoef * dbinom[r][k] * dpowers[pos][k] * dpowers[t - 1][rest]);
                        } else {
                            BigInteger c = coef.multiply(binom[r][k]);
                            if (powers[pos] != null) c = c.multiply(powers[pos][k]);
                            if (powers[t - 1] != null) c = c.multiply(powers[t - 1][rest]);
                            acc.add(next, 0, c);
                        }
                    } else {
                        System.arraycopy(m, 0, next, 0, w);
                        if (inexact) run(pos + 1, r - k, null, dcoef * dbinom[r][k] * dpowers[pos][k]);
                        else {
                            BigInteger c = coef.multiply(binom[r][k]);
                            if (powers[pos] != null) c = c.multiply(powers[pos][k]);
                            run(pos + 1, r - k, c, 0.0);
                        }
                    }
                }
            }
        }.run(0, n, BigInteger.ONE, 1.0);
        return inexact ? acc.finish() : acc.finish().withDen(den.pow(n));
    }

    // ---- back to expressions
    /**
     * The canonical expression of this polynomial (the same node the canonical factories
     * build); the limits bound the one case that expands again: a root kernel whose power
     * folds back into a sum, sqrt(x+3)^2 = x + 3.
     */
    public Expr toExpr(Limits limits) {
        int nk = ring.size(), w = ring.words;
        if (size == 0) return inexact ? Num.real(0.0) : Num.ZERO; // an inexact zero has no terms to carry its doubleness
        MonomialSum plain = inexact ? null : new MonomialSum(ring.kernels(), size);
        if (plain != null && size >= PARALLEL_TERMS && allPlain(plain)) return plainSum(plain);
        List<Expr> general = null; // terms whose kernels fold together (exp(x)*exp(y), exp(x)^2), or an inexact polynomial
        boolean refold = false;    // a folded power is a sum (or a power of one) to multiply out
        int[] vs = new int[nk], es = new int[nk];
        for (int i = 0; i < size; i++) {
            if ((i & 0x3FF) == 0) Interrupts.check(); // each term is a few objects and a big coefficient
            int f = ring.support(monos, i * w, vs, es);
            Num c = coef(i);
            if (plain == null || !plain.admits(vs, es, f)) {
                if (general == null) general = new ArrayList<>();
                List<Expr> factors = new ArrayList<>(f + 1);
                factors.add(c);
                for (int k = 0; k < f; k++) {
                    Expr power = Expr.pow(ring.kernel(vs[k]), Num.small(es[k]));
                    refold |= isSumPower(power);
                    factors.add(power);
                }
                general.add(Expr.mul(factors));
            } else if (f == 0) {
                plain.constant(c);
            } else {
                plain.add(vs, es, f, c);
            }
        }
        if (general == null) return plain.build();
        if (plain != null) general.add(plain.build());
        Expr sum = Expr.add(general);
        return refold ? Expand.of(sum, limits) : sum;
    }

    /** Terms from which the nodes of a plain sum are made on all cores (a determinant's millions). */
    private static final int PARALLEL_TERMS = 1 << 16;
    /** Terms per piece of that work. */
    private static final int TERMS_PER_PIECE = 1 << 13;

    private boolean allPlain(MonomialSum sum) {
        for (int v = 0; v < ring.size(); v++) if (!sum.isPlain(v)) return false;
        return true;
    }

    /**
     * The sum of an exact polynomial in plain kernels, its monomials' nodes made on all
     * cores: each node is independent of the others and lands in its own slot, so the
     * sum is the one {@link MonomialSum#add} term by term gives.
     */
    private Expr plainSum(MonomialSum sum) {
        int w = ring.words, constant = -1;
        for (int i = 0; i < size && constant < 0; i++) {
            boolean zero = true;
            for (int k = 0; k < w && zero; k++) zero = monos[i * w + k] == 0;
            if (zero) constant = i;
        }
        if (constant >= 0) sum.constant(coef(constant));
        int skip = constant;
        sum.reserve(constant >= 0 ? size - 1 : size);
        Cores.run((size + TERMS_PER_PIECE - 1) / TERMS_PER_PIECE, Cores.COUNT, piece -> {
            int[] vs = new int[ring.size()], es = new int[ring.size()];
            for (int i = piece * TERMS_PER_PIECE; i < Math.min(size, (piece + 1) * TERMS_PER_PIECE); i++) {
                if (i == skip) continue;
                if ((i & 0x3FF) == 0) Interrupts.check();
                int f = ring.support(monos, i * w, vs, es);
                sum.set(skip >= 0 && i > skip ? i - 1 : i, vs, es, f, coef(i));
            }
        });
        return sum.build();
    }

    private static boolean isSumPower(Expr e) {
        return e instanceof cofactor.expr.Add
                || e instanceof cofactor.expr.Pow p && p.base() instanceof cofactor.expr.Add
                   && p.exp() instanceof Num k && k.isInteger() && k.signum() > 0;
    }

    /** For debugging: the expression under the default limits. */
    @Override public String toString() { return toExpr(Limits.DEFAULT).toString(); }
}
