package cofactor.expr;

import java.util.List;

/**
 * A canonical power {@code base^exp}, built only by {@link Powers}: exponent not 0 or 1,
 * nothing left to fold, a sum under an integer power primitive ({@code package-info.java}).
 */
public final class Pow implements Expr {
    private final Expr base;
    private final Expr exp;
    private final int hash;

    Pow(Expr base, Expr exp) {
        assert !exp.isZero() && !exp.isOne() && !(base instanceof Mul && exp instanceof Num n && n.isInteger());
        assert primitiveIfWhole(base, exp) : "a sum under an integer power is primitive";
        this.base = base;
        this.exp = exp;
        this.hash = base.hashCode() * 0x27D4EB2F + exp.hashCode() + 7;
    }

    /** A sum under an integer power has content 1 (its leading term prints without a minus, its coefficients are coprime). */
    static boolean primitiveIfWhole(Expr base, Expr exp) {
        return !(base instanceof Add s && exp instanceof Num k && k.isInteger()) || s.content().isOne();
    }

    public Expr base() { return base; }
    public Expr exp() { return exp; }

    @Override public Kind kind() { return Kind.POW; }
    @Override public List<Expr> args() { return List.of(base, exp); }
    @Override public Expr withArgs(List<Expr> args) { return Expr.pow(args.get(0), args.get(1)); }

    @Override public boolean equals(Object o) {
        return this == o || o instanceof Pow p && p.hash == hash && p.base.equals(base) && p.exp.equals(exp);
    }

    @Override public int hashCode() { return hash; }
    @Override public String toString() { return Printer.print(this); }
}
