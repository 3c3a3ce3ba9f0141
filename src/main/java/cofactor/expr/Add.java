package cofactor.expr;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A canonical sum {@code constant + Σ coef[i]·term[i]}: terms distinct, sorted by
 * {@link Order}, none of them a number, a sum or a product with a coefficient;
 * coefficients nonzero. Built only by {@link AddBuilder}.
 */
public final class Add implements Expr {
    private final Num constant;
    private final Expr[] terms;
    private final Num[] coefs;
    private final int hash;
    private List<Expr> args; // built on first use; benign race

    Add(Num constant, Expr[] terms, Num[] coefs) {
        assert terms.length >= 2 || terms.length == 1 && !constant.isZero();
        assert isCanonical(terms, coefs);
        this.constant = constant.isZero() ? Num.ZERO : constant; // 0.0 too: the printer omits it, so text could not bring it back
        this.terms = terms;
        this.coefs = coefs;
        int h = this.constant.hashCode() + 0x61C88647;
        for (int i = 0; i < terms.length; i++) h = Order.mix(Order.mix(h + terms[i].hashCode()) + coefs[i].hashCode());
        this.hash = h;
    }

    private static boolean isCanonical(Expr[] terms, Num[] coefs) {
        for (int i = 0; i < terms.length; i++) {
            if (coefs[i].isZero() || terms[i] instanceof Num || terms[i] instanceof Add) return false;
            if (terms[i] instanceof Mul m && !m.coef().isOne()) return false;
            if (terms[i] instanceof Mul m && m.size() == 1 && m.base(0) instanceof Add && m.exp(0).isOne()) return false;
            if (i > 0 && Order.compare(terms[i - 1], terms[i]) >= 0) return false;
        }
        return true;
    }

    public Num constant() { return constant; }
    public int size() { return terms.length; }
    public Expr term(int i) { return terms[i]; }
    public Num coef(int i) { return coefs[i]; }

    /** The same terms with another constant (the arrays are shared: they are never written). */
    Expr withConstant(Num c) {
        if (terms.length == 1 && c.isZero()) return MulBuilder.scale(terms[0], coefs[0]);
        return new Add(c, terms, coefs);
    }

    @Override public Kind kind() { return Kind.ADD; }

    /** The summands: the constant (when nonzero), then each coef·term. */
    @Override public List<Expr> args() {
        List<Expr> a = args;
        if (a == null) {
            a = new ArrayList<>(terms.length + 1);
            if (!constant.isZero()) a.add(constant);
            for (int i = 0; i < terms.length; i++) a.add(MulBuilder.scale(terms[i], coefs[i]));
            args = a = List.copyOf(a);
        }
        return a;
    }

    @Override public Expr withArgs(List<Expr> args) { return Expr.add(args); }

    @Override public boolean equals(Object o) {
        if (this == o) return true;
        return o instanceof Add a && a.hash == hash && a.constant.equals(constant)
                && Arrays.equals(a.terms, terms) && Arrays.equals(a.coefs, coefs);
    }

    @Override public int hashCode() { return hash; }
    @Override public String toString() { return Printer.print(this); }
}
