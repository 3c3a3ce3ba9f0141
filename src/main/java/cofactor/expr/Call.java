package cofactor.expr;

import java.util.List;

/** An elementary function applied to its argument; {@link #of} folds numbers and exact special values. */
public final class Call implements Expr {
    private final Fn fn;
    private final Expr arg;
    private final int hash;

    private Call(Fn fn, Expr arg) {
        this.fn = fn;
        this.arg = arg;
        this.hash = fn.hashName() * 0x165667B1 + arg.hashCode();
    }

    public static Expr of(Fn fn, Expr arg) {
        if (arg instanceof Num n && !n.isExact()) {
            double x = n.doubleValue(), v = fn.apply(x);
            if (Double.isNaN(v) || fn == Fn.LOG && x == 0) throw new MathError(fn.fnName(), n + " is outside its domain");
            if (Double.isInfinite(v)) {
                // infinite at 0 (csc, cot) is a pole; elsewhere (exp, sinh, cosh of a large x) it is overflow
                throw x == 0 ? fn.pole(n) : new MathError(fn.fnName(), fn.fnName() + "(" + n + ") is beyond the range of a double (1.8E308)");
            }
            return Num.real(v);
        }
        Expr simpler = fn.simplify(arg);
        return simpler != null ? simpler : new Call(fn, arg);
    }

    public Fn fn() { return fn; }
    public Expr arg() { return arg; }

    @Override public Kind kind() { return Kind.CALL; }
    @Override public List<Expr> args() { return List.of(arg); }
    @Override public Expr withArgs(List<Expr> args) { return of(fn, args.get(0)); }

    @Override public boolean equals(Object o) {
        return this == o || o instanceof Call c && c.hash == hash && c.fn == fn && c.arg.equals(arg);
    }

    @Override public int hashCode() { return hash; }
    @Override public String toString() { return Printer.print(this); }
}
