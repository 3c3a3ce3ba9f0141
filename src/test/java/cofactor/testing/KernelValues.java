package cofactor.testing;

import cofactor.expr.Expr;
import cofactor.expr.Num;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The exact value of a rational function at rational values of its kernels: symbols and
 * calls (sin(x) a value of its own, as a kernel is independent of x for a rational
 * function) replaced, the numbers folded by the canonical factories. A reference that
 * shares nothing with the polynomial code. MathError where a denominator is 0 there.
 */
public final class KernelValues {
    private KernelValues() {}

    public static Num at(Expr e, Map<Expr, Num> values) {
        Num v = values.get(e);
        if (v != null) return v;
        if (e instanceof Num n) return n;
        List<Expr> args = new ArrayList<>();
        for (Expr a : e.args()) args.add(at(a, values));
        if (args.equals(e.args())) throw new IllegalArgumentException("no value for the kernel " + e);
        return (Num) e.withArgs(args);
    }
}
