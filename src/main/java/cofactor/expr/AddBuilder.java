package cofactor.expr;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/** Collects summands into term → coefficient and returns the cheapest canonical node for the sum. */
final class AddBuilder {
    private Num constant = Num.ZERO;
    private final Map<Expr, Num> coefs = new HashMap<>();

    AddBuilder add(Expr e) { return add(e, Num.ONE); }

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
