package cofactor.expr;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A canonical product {@code coef · Π base[i]^exp[i]}: bases distinct, sorted by
 * {@link Order}, none a product (but under a non-integer power), a sum under an
 * integer power primitive; exponents nonzero; coefficient nonzero. Either two or
 * more factors, or one factor with a coefficient other than 1 (a lone factor is a
 * {@link Pow} or the base itself), which is no sum to the power 1 unless distributing
 * the coefficient would round. The contract in full: {@code package-info.java}. Built only by
 * {@link MulBuilder} (and {@link MonomialSum}).
 */
public final class Mul implements Expr {
    private final Num coef;
    private final Expr[] bases;
    private final Expr[] exps;
    private final int hash;
    private List<Expr> args; // built on first use; benign race

    Mul(Num coef, Expr[] bases, Expr[] exps) {
        assert !coef.isZero() && (bases.length >= 2 || bases.length == 1 && !coef.isOne());
        assert !coef.isOne() || coef.isExact() : "a coefficient 1.0 is 1: 1.0·x·y is x·y, which merges with x·y in a sum";
        assert !(bases.length == 1 && bases[0] instanceof Add s && exps[0].isOne() && MulBuilder.distributesExactly(coef, s))
                : "a number times a lone sum is a sum where distributing is exact";
        assert isCanonical(bases, exps);
        this.coef = coef;
        this.bases = bases;
        this.exps = exps;
        int h = coef.hashCode() * 0x2545F491;
        for (int i = 0; i < bases.length; i++) h = Order.mix(Order.mix(h + bases[i].hashCode()) + exps[i].hashCode());
        this.hash = h;
    }

    private static boolean isCanonical(Expr[] bases, Expr[] exps) {
        int powersOfE = 0;
        java.util.Set<Expr> rootExponents = new java.util.HashSet<>();
        for (int i = 0; i < bases.length; i++) {
            // a product is a base only under a non-integer power: sqrt(2*x) stays whole
            if (exps[i].isZero() || bases[i] instanceof Mul && exps[i] instanceof Num k && k.isInteger()) return false;
            if (!Pow.primitiveIfWhole(bases[i], exps[i])) return false;
            if (i > 0 && Order.compare(bases[i - 1], bases[i]) >= 0) return false;
            // E and exp(u) are powers of E, merged into one factor E or exp(u)
            if (bases[i] == Sym.E || bases[i] instanceof Call c && c.fn() == Fn.EXP) {
                if (!exps[i].isOne() || ++powersOfE > 1) return false;
            }
            // roots of numbers: exponents in (0, 1), one root per exponent (sqrt(2)·sqrt(3) is sqrt(6))
            if (bases[i] instanceof Num b && b.isExact() && b.signum() > 0 && exps[i] instanceof Num e && e.isExact()) {
                if (e.signum() <= 0 || e.compareTo(Num.ONE) >= 0 || !rootExponents.add(e)) return false;
            }
        }
        return true;
    }

    public Num coef() { return coef; }
    public int size() { return bases.length; }
    public Expr base(int i) { return bases[i]; }
    public Expr exp(int i) { return exps[i]; }

    /** {@code base(i)^exp(i)} as a node. */
    public Expr factor(int i) { return exps[i].isOne() ? bases[i] : new Pow(bases[i], exps[i]); }

    /**
     * This product with factor i replaced by e, {@code coef · e · Π_{j≠i} base(j)^exp(j)}, as
     * {@link Expr#mul} of those builds it, without making the factors into nodes first (the
     * product rule builds one such product per factor).
     */
    public Expr withFactorReplaced(int i, Expr e) {
        MulBuilder b = new MulBuilder().mul(coef).mul(e);
        for (int j = 0; j < bases.length; j++) if (j != i) b.times(bases[j], exps[j]);
        return b.build();
    }

    /** This product without its coefficient (canonical: a Mul with coefficient 1, a Pow or a base). */
    public Expr withoutCoef() {
        if (coef.isOne()) return this;
        if (bases.length == 1) return factor(0);
        return new Mul(Num.ONE, bases, exps);
    }

    /** The same factors with another coefficient. */
    Expr withCoef(Num c) {
        if (c.isZero()) return c;
        if (c.isOne()) c = Num.ONE; // 1.0 too, as in the builder
        if (c.equals(coef)) return this;
        if (c.isOne() && bases.length == 1) return factor(0);
        return new Mul(c, bases, exps);
    }

    @Override public Kind kind() { return Kind.MUL; }

    /** The factors: the coefficient (when not 1), then each base^exp. */
    @Override public List<Expr> args() {
        List<Expr> a = args;
        if (a == null) {
            a = new ArrayList<>(bases.length + 1);
            if (!coef.isOne()) a.add(coef);
            for (int i = 0; i < bases.length; i++) a.add(factor(i));
            args = a = List.copyOf(a);
        }
        return a;
    }

    @Override public Expr withArgs(List<Expr> args) { return Expr.mul(args); }

    @Override public boolean equals(Object o) {
        if (this == o) return true;
        return o instanceof Mul m && m.hash == hash && m.coef.equals(coef)
                && Arrays.equals(m.bases, bases) && Arrays.equals(m.exps, exps);
    }

    @Override public int hashCode() { return hash; }
    @Override public String toString() { return Printer.print(this); }
}
