package cofactor.expr;

import cofactor.guard.Interrupts;
import java.util.Arrays;
import java.util.Comparator;

/**
 * Collects summands as (term, coefficient) pairs and returns the cheapest
 * canonical node for the sum. How equal terms are found depends on how many
 * pairs there are, as measured on the 10th derivative of sin(sin(sin(sin x)))
 * (many small and middle-sized sums: 7.0 → 6.4 ms against a hash map for all)
 * and on a 9×9 determinant (362 880 terms: substitution 0.63 → 0.46 s):
 * a few are compared pair by pair and sorted in place; up to {@link #MANY}
 * go through a hash map; beyond, all are sorted in canonical order — cached
 * hashes first, so integer comparisons — and adjacent equal terms added, with
 * no hash table to grow.
 */
final class AddBuilder {
    private record Summand(Expr term, Num coef) {}

    private static final Comparator<Summand> BY_TERM = (a, b) -> Order.compare(a.term, b.term);

    /** Up to FEW pairs are merged by comparing each with each, up to MANY through a hash map, beyond by sorting. */
    private static final int FEW = 24, MANY = 4096;

    private Num constant = Num.ZERO;
    private Expr[] terms = new Expr[8];
    private Num[] coefs = new Num[8];
    private int size;

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
        Interrupts.check();
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
            reserve(a.size());
            for (int i = 0; i < a.size(); i++) collect(a.term(i), factor.isOne() ? a.coef(i) : a.coef(i).mul(factor));
        } else if (e instanceof Mul m && !m.coef().isOne()) {
            // a product c·(a + b) with an inexact part, kept whole where distributing would round: in a sum it flattens
            Expr rest = m.withoutCoef();
            if (rest instanceof Add) add(rest, m.coef().mul(factor));
            else collect(rest, m.coef().mul(factor));
        } else {
            collect(e, factor);
        }
        return this;
    }

    private void collect(Expr term, Num c) {
        reserve(1);
        terms[size] = term;
        coefs[size++] = c;
    }

    private void reserve(int more) {
        if (size + more <= terms.length) return;
        int n = Math.max(2 * terms.length, size + more);
        terms = Arrays.copyOf(terms, n);
        coefs = Arrays.copyOf(coefs, n);
    }

    Expr build() {
        Interrupts.check(); // sums are where large work accumulates: a cheap place to notice Ctrl-C
        int k = size <= FEW ? mergeFew() : size <= MANY ? mergeHashed() : mergeSorted();
        if (k == 0) return constant;
        if (k == 1 && constant.isZero()) return MulBuilder.scale(terms[0], coefs[0]);
        return new Add(constant, Arrays.copyOf(terms, k), Arrays.copyOf(coefs, k));
    }

    /** Adds equal terms by comparing each pair, drops zeros, sorts by insertion; returns the count left. */
    private int mergeFew() {
        int k = 0;
        for (int i = 0; i < size; i++) {
            int j = 0;
            while (j < k && !terms[j].equals(terms[i])) j++;
            if (j < k) coefs[j] = coefs[j].add(coefs[i]);
            else { terms[k] = terms[i]; coefs[k++] = coefs[i]; }
        }
        int n = 0;
        for (int i = 0; i < k; i++) {
            if (coefs[i].isZero()) continue;
            Expr t = terms[i];
            Num c = coefs[i];
            int j = n++;
            for (; j > 0 && Order.compare(terms[j - 1], t) > 0; j--) { terms[j] = terms[j - 1]; coefs[j] = coefs[j - 1]; }
            terms[j] = t;
            coefs[j] = c;
        }
        return n;
    }

    /** Adds equal terms in a hash map, drops zeros, sorts; returns the count left. */
    private int mergeHashed() {
        java.util.HashMap<Expr, Num> m = new java.util.HashMap<>(2 * size);
        for (int i = 0; i < size; i++) m.merge(terms[i], coefs[i], Num::add);
        int k = 0;
        for (var e : m.entrySet()) if (!e.getValue().isZero()) { terms[k] = e.getKey(); coefs[k++] = e.getValue(); }
        Summand[] s = new Summand[k];
        for (int i = 0; i < k; i++) s[i] = new Summand(terms[i], coefs[i]);
        Arrays.sort(s, BY_TERM);
        for (int i = 0; i < k; i++) { terms[i] = s[i].term; coefs[i] = s[i].coef; }
        return k;
    }

    /** Sorts the pairs, adds adjacent equal terms, drops zeros; returns the count left. */
    private int mergeSorted() {
        Summand[] s = new Summand[size];
        for (int i = 0; i < size; i++) s[i] = new Summand(terms[i], coefs[i]);
        Arrays.sort(s, BY_TERM);
        int k = 0;
        for (int i = 0; i < size; ) {
            Expr term = s[i].term;
            Num c = s[i++].coef;
            while (i < size && s[i].term.equals(term)) c = c.add(s[i++].coef);
            if (!c.isZero()) { terms[k] = term; coefs[k++] = c; }
        }
        return k;
    }
}
