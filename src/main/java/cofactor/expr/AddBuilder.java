package cofactor.expr;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/** Collects summands into term → coefficient and returns the cheapest canonical node for the sum. */
final class AddBuilder {
    private Num constant = Num.ZERO;
    private final Map<Expr, Num> coefs = new HashMap<>();

    AddBuilder add(Expr e) { return add(e, Num.ONE); }

    /**
     * {@code a + factor·b}. Where both are sums, or a sum and a number, the sorted term
     * arrays merge in one linear pass: adding 1 to a 362 880-term determinant must not
     * rebuild a hash map of all its terms.
     */
    static Expr sum(Expr a, Expr b, Num factor) {
        if (a instanceof Add x && b instanceof Num n) return x.withConstant(x.constant().add(n.mul(factor)));
        if (a instanceof Num n && b instanceof Add y && factor.isOne()) return y.withConstant(y.constant().add(n));
        if (a instanceof Add x && b instanceof Add y) return merge(x, y, factor);
        return new AddBuilder().add(a).add(b, factor).build();
    }

    private static Expr merge(Add x, Add y, Num factor) {
        Cancel.check();
        Expr[] terms = new Expr[x.size() + y.size()];
        Num[] coefs = new Num[terms.length];
        int i = 0, j = 0, k = 0;
        while (i < x.size() || j < y.size()) {
            int c = i == x.size() ? 1 : j == y.size() ? -1 : Order.compare(x.term(i), y.term(j));
            Num coef = c < 0 ? x.coef(i) : c > 0 ? y.coef(j).mul(factor) : x.coef(i).add(y.coef(j).mul(factor));
            Expr term = c <= 0 ? x.term(i) : y.term(j);
            if (c <= 0) i++;
            if (c >= 0) j++;
            if (!coef.isZero()) { terms[k] = term; coefs[k++] = coef; }
        }
        Num constant = x.constant().add(y.constant().mul(factor));
        if (k == 0) return constant;
        if (k == 1 && constant.isZero()) return MulBuilder.scale(terms[0], coefs[0]);
        return new Add(constant, Arrays.copyOf(terms, k), Arrays.copyOf(coefs, k));
    }

    /** Adds {@code factor · e}. */
    AddBuilder add(Expr e, Num factor) {
        if (e instanceof Num n) {
            constant = constant.add(n.mul(factor));
        } else if (e instanceof Add a) {
            constant = constant.add(a.constant().mul(factor));
            for (int i = 0; i < a.size(); i++) collect(a.term(i), a.coef(i).mul(factor));
        } else if (e instanceof Mul m && !m.coef().isOne()) {
            // c·(a + b) is a product of its own (printing 2*(x + y)/z must parse back to the
            // same node, which eager distribution would break), but inside a sum it flattens.
            Expr rest = m.withoutCoef();
            if (rest instanceof Add) add(rest, m.coef().mul(factor));
            else collect(rest, m.coef().mul(factor));
        } else {
            collect(e, factor);
        }
        return this;
    }

    private void collect(Expr term, Num c) { coefs.merge(term, c, Num::add); }

    Expr build() {
        Cancel.check(); // sums are where large work accumulates: a cheap place to notice Ctrl-C
        Expr[] terms = coefs.entrySet().stream().filter(en -> !en.getValue().isZero())
                .map(Map.Entry::getKey).toArray(Expr[]::new);
        if (terms.length == 0) return constant;
        if (terms.length == 1 && constant.isZero()) return MulBuilder.scale(terms[0], coefs.get(terms[0]));
        Arrays.sort(terms, Order.CANONICAL);
        Num[] cs = new Num[terms.length];
        for (int i = 0; i < terms.length; i++) cs[i] = coefs.get(terms[i]);
        return new Add(constant, terms, cs);
    }
}
