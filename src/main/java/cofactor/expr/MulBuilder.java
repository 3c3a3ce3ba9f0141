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
    private Num coef = Num.ONE;
    private final Map<Expr, Expr> exps = new HashMap<>();

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

    private void collect(Expr base, Expr exp) {
        if (base instanceof Call c && c.fn() == Fn.EXP) { // exp(a)·exp(b) = exp(a + b), E·exp(2) = exp(3): powers of E
            exp = exp.isOne() ? c.arg() : Expr.mul(c.arg(), exp);
            base = Sym.E;
        }
        if (base instanceof Add s && exp instanceof Num k && k.isInteger()) {
            coef = coef.mul(s.content().pow(k.numerator()));
            base = s.primitive();
        }
        exps.merge(base, exp, Expr::add);
    }

    Expr build() {
        if (coef.isZero()) return coef;
        Expr plain = plainProduct();
        if (plain != null) return plain;
        Map<Expr, Expr> factors = new HashMap<>();
        for (Map.Entry<Expr, Expr> en : exps.entrySet()) {
            // Re-powering folds what merging produced: x^0 → 1, 2^(1/2)·2^(1/2) → 2.
            Expr p = Powers.pow(en.getKey(), en.getValue());
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
     * determinants build are nearly all such, and this path spares them a second map, a power
     * node per factor and three more passes over the map, which a short run paid interpreted.
     */
    private Expr plainProduct() {
        Expr[] bases = new Expr[exps.size()];
        int k = 0;
        for (Map.Entry<Expr, Expr> en : exps.entrySet()) {
            Expr base = en.getKey(), exp = en.getValue();
            if (exp instanceof Num e && (e.isZero() || e.isOne() && !e.isExact())) return null;
            if (base == Sym.E) {
                if (!exp.isOne()) base = Powers.pow(base, exp);
                if (base instanceof Call c ? c.fn() != Fn.EXP : base != Sym.E) return null;
            } else if (!(base instanceof Sym || base instanceof Call c && !c.fn().powersFold() && c.fn() != Fn.SIGN)) {
                return null;
            }
            bases[k++] = base;
        }
        if (k == 0) return coef;
        if (coef.isOne()) coef = Num.ONE;
        if (k > 1) Arrays.sort(bases, Order.CANONICAL);
        Expr[] es = new Expr[k];
        for (int i = 0; i < k; i++) es[i] = bases[i] instanceof Call c && c.fn() == Fn.EXP ? Num.ONE : exps.get(bases[i]); // no other base is a call of exp
        if (k == 1 && coef.isOne()) return es[0].isOne() ? bases[0] : new Pow(bases[0], es[0]);
        return new Mul(coef, bases, es);
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
