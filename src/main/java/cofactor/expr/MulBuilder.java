package cofactor.expr;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * Collects factors into base → exponent and returns the cheapest canonical node for the product.
 * A power of a product with a non-integer exponent, such as sqrt(2x), is one opaque factor:
 * its base cannot become a base of the product (bases are never products).
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

    private void collect(Expr base, Expr exp) { exps.merge(base, exp, Expr::add); }

    Expr build() {
        if (coef.isZero()) return coef;
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
            } else factors.merge(p, Num.ONE, Expr::add);
        }
        // Roots of numbers that met another root of the same number (sqrt(8)·sqrt(2) → 2·2^1) fold once more.
        for (Expr base : factors.keySet().toArray(Expr[]::new)) {
            if (!(base instanceof Num)) continue;
            Expr p = Powers.pow(base, factors.get(base));
            if (p instanceof Pow) continue;
            factors.remove(base);
            if (p instanceof Num n) coef = coef.mul(n);
            else if (p instanceof Mul m) { coef = coef.mul(m.coef()); factors.put(m.base(0), m.exp(0)); }
        }
        if (coef.isZero()) return coef;
        factors.entrySet().removeIf(en -> en.getValue().isZero());
        Expr[] bases = factors.keySet().toArray(Expr[]::new);
        if (bases.length == 0) return coef;
        if (bases.length == 1) {
            Expr base = bases[0], exp = factors.get(base);
            if (coef.isOne()) return exp.isOne() ? base : new Pow(base, exp);
            return new Mul(coef, bases, new Expr[] {exp});
        }
        Arrays.sort(bases, Order.CANONICAL);
        Expr[] es = new Expr[bases.length];
        for (int i = 0; i < bases.length; i++) es[i] = factors.get(bases[i]);
        return new Mul(coef, bases, es);
    }

    /**
     * {@code c · e} for a canonical {@code e}. A number times a sum distributes (so
     * the result can be a term of a sum); in a product it does not, see {@link AddBuilder}.
     */
    static Expr scale(Expr e, Num c) {
        if (c.isOne()) return e;
        if (c.isZero()) return c;
        if (e instanceof Num n) return n.mul(c);
        if (e instanceof Add) return new AddBuilder().add(e, c).build();
        if (e instanceof Mul m) return m.withCoef(m.coef().mul(c));
        if (e instanceof Pow p && !(p.base() instanceof Mul)) return new Mul(c, new Expr[] {p.base()}, new Expr[] {p.exp()});
        return new Mul(c, new Expr[] {e}, new Expr[] {Num.ONE});
    }
}
