package cofactor.testing;

import cofactor.expr.Expr;
import cofactor.expr.MathError;
import cofactor.expr.Num;
import cofactor.expr.Rewrite;
import cofactor.expr.Sym;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The exact value of an expression at a rational point (substitute, then evaluate
 * the constants), as a double: a reference route independent of the compiler and of
 * double-precision evaluation.
 */
public final class ExactValue {
    private ExactValue() {}

    /** The value of e at the point, or NaN where it is undefined or not finite. */
    public static double at(Expr e, Map<Sym, ? extends Expr> point) {
        try {
            Expr v = Rewrite.numeric(Rewrite.subs(e, point));
            if (!(v instanceof Num n)) throw new AssertionError("not a number after substitution: " + v);
            double d = n.doubleValue();
            return Double.isFinite(d) ? d : Double.NaN;
        } catch (MathError | ArithmeticException undefined) {
            return Double.NaN;
        }
    }

    /**
     * Whether every subexpression of e has a finite value at the point: an
     * infinite intermediate, as in 1/(y + cot(0)) = 0, makes the value defined but
     * not its derivative, and no comparison of derivatives is meaningful there.
     */
    public static boolean finiteThroughout(Expr e, Map<Sym, ? extends Expr> point) {
        Set<Expr> seen = new HashSet<>();
        Deque<Expr> todo = new ArrayDeque<>(List.of(e));
        while (!todo.isEmpty()) {
            Expr s = todo.pop();
            if (!seen.add(s)) continue;
            if (Double.isNaN(at(s, point))) return false;
            todo.addAll(s.args());
        }
        return true;
    }

    /** The point's coordinates in the order of the variables, as the compiled code takes them. */
    public static double[] coordinates(Map<Sym, Num> point, List<Sym> vars) {
        double[] x = new double[vars.size()];
        for (int i = 0; i < x.length; i++) x[i] = point.get(vars.get(i)).doubleValue();
        return x;
    }
}
