package cofactor.expr;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * Collects factors into base → exponent and returns the cheapest canonical node for the product.
 * A power of a product with a non-integer exponent, such as sqrt(2x), is one opaque factor:
 * its base cannot become a base of the product (bases are never products). A sum under an
 * integer power gives its content to the coefficient ((2x + 2)·y = 2·(x + 1)·y), so the
 * order in which a product is multiplied out does not show in its node; and a number
 * times a lone sum is that sum scaled (-(x + y) = -x - y, as 0 - (x + y) is) where
 * that is exact (see {@link #distributesExactly}).
 */
final class MulBuilder {
    /** From this many distinct bases on, they are found through a hash index rather than one by one. */
    private static final int INDEXED = 16;

    private Num coef = Num.ONE;
    // base → exponent, in the order first collected: a product has few factors, and searching
    // them one by one cost a short run's interpreter far less than a hash map per product did
    private Expr[] bases = new Expr[8], exps = new Expr[8];
    private int size;
    private Map<Expr, Integer> index; // from INDEXED bases on

    MulBuilder mul(Expr e) {
        if (e instanceof Num n) {
            coef = coef.mul(n);
        } else if (e instanceof Mul m) {
            coef = coef.mul(m.coef());
            for (int i = 0; i < m.size(); i++) collect(m.base(i), m.exp(i));
        } else if (e instanceof Pow p) { // a product base, as in (x/z)^z, is collected too and rebuilt whole in build()
            collect(p.base(), p.exp());
        } else {
            collect(e, Num.ONE);
        }
        return this;
    }

    /** Multiplies by base^exp, a factor of a canonical product (so no product itself). */
    MulBuilder times(Expr base, Expr exp) {
        collect(base, exp);
        return this;
    }

    private void collect(Expr base, Expr exp) {
        if (base instanceof Call c && c.fn() == Fn.EXP) { // exp(a)·exp(b) = exp(a + b), E·exp(2) = exp(3): powers of E
            exp = exp.isOne() ? c.arg() : Expr.mul(c.arg(), exp);
            base = Sym.E;
        }
        if (base instanceof Add s && exp instanceof Num k && k.isInteger()) {
            coef = coef.mul(s.content().pow(k.numerator()));
            base = s.primitive();
        }
        int i = find(base);
        if (i >= 0) {
            exps[i] = Expr.add(exps[i], exp);
            return;
        }
        if (size == bases.length) {
            bases = Arrays.copyOf(bases, 2 * size);
            exps = Arrays.copyOf(exps, 2 * size);
        }
        bases[size] = base;
        exps[size] = exp;
        size++;
        if (index != null) index.put(base, size - 1);
        else if (size == INDEXED) {
            index = new HashMap<>();
            for (int k = 0; k < size; k++) index.put(bases[k], k);
        }
    }

    /** The position of base among those collected, or -1. */
    private int find(Expr base) {
        if (index != null) {
            Integer i = index.get(base);
            return i == null ? -1 : i;
        }
        int h = base.hashCode();
        for (int i = 0; i < size; i++) if (bases[i] == base || bases[i].hashCode() == h && bases[i].equals(base)) return i;
        return -1;
    }

    Expr build() {
        if (coef.isZero()) return coef;
        Expr plain = plainProduct();
        if (plain != null) return plain;
        Map<Expr, Expr> factors = new HashMap<>();
        for (int k = 0; k < size; k++) {
            // Re-powering folds what merging produced: x^0 → 1, 2^(1/2)·2^(1/2) → 2.
            Expr p = Powers.pow(bases[k], exps[k]);
            if (p instanceof Num n) coef = coef.mul(n);
            else if (p instanceof Pow q && !(q.base() instanceof Mul)) factors.merge(q.base(), q.exp(), Expr::add);
            // else: (x/z)^z stays one factor, as a product is never a base
            else if (p instanceof Mul m) { // e.g. a folded numeric root: 8^(1/2) → 2·2^(1/2)
                coef = coef.mul(m.coef());
                for (int i = 0; i < m.size(); i++) factors.merge(m.base(i), m.exp(i), Expr::add);
            } else if (p instanceof Add s) { // a power of a sum that became 1, as sqrt(2x + 2)^2
                coef = coef.mul(s.content());
                factors.merge(s.primitive(), Num.ONE, Expr::add);
            } else factors.merge(p, Num.ONE, Expr::add);
        }
        combineRoots(factors);
        if (coef.isZero()) return coef;
        factors.entrySet().removeIf(en -> en.getValue().isZero());
        Expr folded = foldSign(factors);
        if (folded != null) return folded;
        Expr[] bases = factors.keySet().toArray(Expr[]::new);
        if (bases.length == 0) return coef;
        if (coef.isOne()) coef = Num.ONE; // 1.0·x·y is x·y, as 1.0·x is x: else it would not merge with x·y in a sum
        if (bases.length == 1) {
            Expr base = bases[0], exp = factors.get(base);
            if (coef.isOne()) return exp.isOne() ? base : new Pow(base, exp);
            if (base instanceof Add s && exp.isOne() && distributesExactly(coef, s)) return s.scaled(coef);
            return new Mul(coef, bases, new Expr[] {exp});
        }
        Arrays.sort(bases, Order.CANONICAL);
        Expr[] es = new Expr[bases.length];
        for (int i = 0; i < bases.length; i++) es[i] = factors.get(bases[i]);
        return new Mul(coef, bases, es);
    }

    /**
     * The product when re-powering would change none of its factors, else null: every base a
     * symbol, or a call whose powers do not fold and that is not sign(u), none with exponent 0 or
     * 1.0; powers of E become calls of exp as in {@link Powers}. The products derivatives and
     * determinants build are nearly all such, and this path spares them a map, a power node
     * per factor and three more passes over the factors, which a short run paid interpreted.
     */
    private Expr plainProduct() {
        if (size >= INDEXED) return null; // sorted one by one below
        Expr[] bs = new Expr[size], es = new Expr[size];
        for (int k = 0; k < size; k++) {
            Expr base = bases[k], exp = exps[k];
            if (exp instanceof Num e && (e.isZero() || e.isOne() && !e.isExact())) return null;
            if (base == Sym.E && !exp.isOne()) {
                base = Powers.pow(base, exp);
                if (!(base instanceof Call c && c.fn() == Fn.EXP)) return null;
                exp = Num.ONE;
            } else if (!(base instanceof Sym || base instanceof Call c && !c.fn().powersFold() && c.fn() != Fn.SIGN)) {
                return null;
            }
            int i = k; // inserted in canonical order
            for (; i > 0 && Order.compare(bs[i - 1], base) > 0; i--) {
                bs[i] = bs[i - 1];
                es[i] = es[i - 1];
            }
            bs[i] = base;
            es[i] = exp;
        }
        if (size == 0) return coef;
        if (coef.isOne()) coef = Num.ONE;
        if (size == 1 && coef.isOne()) return es[0].isOne() ? bs[0] : new Pow(bs[0], es[0]);
        return new Mul(coef, bs, es);
    }

    /**
     * Roots of numbers in the product, taken together into their canonical form ({@link Radicals}):
     * sqrt(2)·sqrt(3) = sqrt(6), sqrt(8)·sqrt(2) = 4. One root alone is canonical as {@link Powers} built
     * it, unless merging gave it an exponent outside (0, 1).
     */
    private void combineRoots(Map<Expr, Expr> factors) {
        int roots = 0;
        Num single = null;
        for (Map.Entry<Expr, Expr> en : factors.entrySet()) {
            if (isRoot(en.getKey(), en.getValue())) {
                roots++;
                single = (Num) en.getValue();
            }
        }
        if (roots == 0 || roots == 1 && single.signum() > 0 && single.compareTo(Num.ONE) < 0) return;
        Radicals r = new Radicals();
        for (Expr base : factors.keySet().toArray(Expr[]::new)) {
            if (isRoot(base, factors.get(base))) r.times((Num) base, (Num) factors.remove(base));
        }
        Radicals.Product p = r.product();
        coef = coef.mul(p.coef());
        for (int i = 0; i < p.bases().size(); i++) factors.put(p.bases().get(i), p.exps().get(i));
    }

    /**
     * sign(u) beside an odd power of u or of abs(u) folds into it: sign(u)·abs(u)^k = u^k and
     * sign(u)·u^k = abs(u)^k for odd k (so d log|x| = sign(x)/abs(x) is 1/x, and x·sign(x) is
     * abs(x)). Both sides are equal for every u ≠ 0, and at u = 0 both are 0 (k > 0) or
     * undefined (k < 0). The product without that pair, rebuilt with the folded power; null
     * when there is no such pair.
     */
    private Expr foldSign(Map<Expr, Expr> factors) {
        for (Map.Entry<Expr, Expr> en : factors.entrySet()) {
            if (!(en.getKey() instanceof Call sign && sign.fn() == Fn.SIGN && en.getValue().isOne())) continue;
            Expr u = sign.arg(), abs = Call.of(Fn.ABS, u);
            Expr k = factors.get(abs), folded;
            if (isOdd(k)) {
                folded = Powers.pow(u, k);
                factors.remove(abs);
            } else if (isOdd(k = factors.get(u))) {
                folded = Powers.pow(abs, k);
                factors.remove(u);
            } else {
                continue;
            }
            factors.remove(sign);
            MulBuilder rest = new MulBuilder().mul(coef).mul(folded);
            for (Map.Entry<Expr, Expr> f : factors.entrySet()) rest.mul(Powers.pow(f.getKey(), f.getValue()));
            return rest.build();
        }
        return null;
    }

    private static boolean isOdd(Expr k) {
        return k instanceof Num n && n.isInteger() && n.numerator().testBit(0);
    }

    /** An exact positive number to an exact power: a root {@link Radicals} takes apart. */
    private static boolean isRoot(Expr base, Expr exp) {
        return base instanceof Num b && b.isExact() && b.signum() > 0 && exp instanceof Num e && e.isExact();
    }

    /**
     * Whether c·s may be distributed without rounding: c is exact, and ±1 or s exact.
     * Otherwise (3·(x + 0.1) would become 3x + 0.30000000000000004) the product stays
     * whole, and prints as it reads back.
     */
    static boolean distributesExactly(Num c, Add s) {
        return c.isExact() && (c.isOne() || c.isMinusOne() || s.isExact());
    }

    /** {@code a · b}: a number times a sum is scaled term by term at once, with no content to find. */
    static Expr product(Expr a, Expr b) {
        if (a instanceof Num n && b instanceof Add s) return scale(s, n);
        if (b instanceof Num n && a instanceof Add s) return scale(s, n);
        return new MulBuilder().mul(a).mul(b).build();
    }

    /** {@code c · e} for a canonical {@code e}; a sum is scaled term by term where that is exact. */
    static Expr scale(Expr e, Num c) {
        if (c.isOne()) return e; // 1.0·x is x, as in the builder
        if (c.isZero()) return c;
        if (e instanceof Num n) return n.mul(c);
        if (e instanceof Add a) return distributesExactly(c, a) ? a.scaled(c) : new MulBuilder().mul(c).mul(a).build();
        if (e instanceof Mul m) return m.withCoef(m.coef().mul(c));
        if (e instanceof Pow p && !(p.base() instanceof Mul)) return new Mul(c, new Expr[] {p.base()}, new Expr[] {p.exp()});
        return new Mul(c, new Expr[] {e}, new Expr[] {Num.ONE});
    }
}
