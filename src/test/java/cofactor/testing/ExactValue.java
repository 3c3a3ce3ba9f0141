package cofactor.testing;

import cofactor.expr.Expr;
import cofactor.expr.MathError;
import cofactor.expr.Num;
import cofactor.expr.Rewrite;
import cofactor.expr.Sym;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The value of an expression and of each of its subexpressions at a rational
 * point, computed by the canonical factories, exactly as far as the numbers stay
 * rational and in doubles only for the irrational parts (sin(1/3), sqrt(2)): a
 * reference route independent of the compiler and of double-precision evaluation.
 * Each subexpression is evaluated once, from its arguments' values.
 */
public final class ExactValue {
    private final Expr e;
    private final Map<Expr, Double> values = new HashMap<>(); // NaN where undefined or infinite

    private ExactValue(Expr e, Map<Sym, ? extends Expr> point) {
        this.e = e;
        Map<Expr, Num> exact = new HashMap<>();
        Deque<Expr> todo = new ArrayDeque<>(List.of(e));
        while (!todo.isEmpty()) {
            Expr s = todo.peek();
            if (values.containsKey(s)) { todo.pop(); continue; }
            List<Expr> pending = new ArrayList<>();
            for (Expr a : s.args()) if (!values.containsKey(a)) pending.add(a);
            if (!pending.isEmpty()) { pending.forEach(todo::push); continue; }
            todo.pop();
            Num v = valueFrom(s, exact, point);
            if (v != null) exact.put(s, v);
            values.put(s, v == null ? Double.NaN : v.doubleValue());
        }
    }

    public static ExactValue of(Expr e, Map<Sym, ? extends Expr> point) { return new ExactValue(e, point); }

    /** The value of e at the point, or NaN where it is undefined or not finite. */
    public static double at(Expr e, Map<Sym, ? extends Expr> point) { return of(e, point).value(); }

    /** The expression's value, NaN where it is undefined or not finite. */
    public double value() { return values.get(e); }

    /** The value of one of the expression's subexpressions (its args, their args, ...). */
    public double of(Expr part) {
        Double v = values.get(part);
        if (v == null) throw new IllegalArgumentException(part + " is not a subexpression of " + e);
        return v;
    }

    /**
     * Whether every subexpression has a finite value: an infinite intermediate, as
     * in 1/(y + cot(0)) = 0, makes the value defined but not its derivative, and no
     * comparison of derivatives is meaningful there.
     */
    public boolean finiteThroughout() { return values.values().stream().noneMatch(v -> Double.isNaN(v)); }

    /** s at the point from its arguments' values, or null where any of them or s is undefined or infinite. */
    private static Num valueFrom(Expr s, Map<Expr, Num> known, Map<Sym, ? extends Expr> point) {
        try {
            Expr v;
            if (s.args().isEmpty()) {
                v = Rewrite.subs(s, point);
            } else {
                List<Expr> args = new ArrayList<>();
                for (Expr a : s.args()) {
                    Num n = known.get(a);
                    if (n == null) return null;
                    args.add(n);
                }
                v = s.withArgs(args);
            }
            if (!(v instanceof Num)) v = Rewrite.numeric(v); // sqrt(2), pi, sin(1/3): exact forms that are not numbers
            if (!(v instanceof Num n)) throw new AssertionError("not a number after substitution: " + v);
            return Double.isFinite(n.doubleValue()) ? n : null;
        } catch (MathError | ArithmeticException undefined) {
            return null;
        }
    }

    /** The point's coordinates in the order of the variables, as the compiled code takes them. */
    public static double[] coordinates(Map<Sym, Num> point, List<Sym> vars) {
        double[] x = new double[vars.size()];
        for (int i = 0; i < x.length; i++) x[i] = point.get(vars.get(i)).doubleValue();
        return x;
    }
}
