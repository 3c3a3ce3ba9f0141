package cofactor.compile;

import static cofactor.expr.Expr.*;

import cofactor.expr.Expr;
import cofactor.expr.MathError;
import cofactor.expr.Num;
import cofactor.expr.Rewrite;
import cofactor.expr.Sym;
import cofactor.func.Fn;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Seeded random expressions over x, y, z using every function of the table,
 * integer, negative and rational powers, symbolic exponents and the constants,
 * and the exact reference value at a point (Rewrite.subs of exact rationals,
 * then Rewrite.numeric) — independent of the compiler.
 */
final class RandomExpressions {
    static final Sym X = sym("x"), Y = sym("y"), Z = sym("z");
    static final List<Sym> VARS = List.of(X, Y, Z);
    private static final Num[] RATIONAL_EXPONENTS = {rational(1, 2), rational(3, 2), rational(-1, 2), rational(1, 3),
            rational(-2, 3), rational(5, 2), rational(-3, 2)};

    private final Random r;

    RandomExpressions(Random r) { this.r = r; }

    Expr expression(int depth) {
        if (depth == 0 || r.nextInt(5) == 0) return leaf();
        switch (r.nextInt(9)) {
            case 0: case 1: {
                List<Expr> terms = new ArrayList<>();
                for (int i = 2 + r.nextInt(3); i > 0; i--) terms.add(mul(num(r.nextInt(7) - 3 == 0 ? 1 : r.nextInt(7) - 3), expression(depth - 1)));
                return add(terms);
            }
            case 2: return sub(expression(depth - 1), expression(depth - 1));
            case 3: return mul(expression(depth - 1), expression(depth - 1));
            case 4: return div(expression(depth - 1), expression(depth - 1));
            case 5: return pow(expression(depth - 1), r.nextInt(8) - 3);
            case 6: return pow(expression(depth - 1), r.nextBoolean() ? RATIONAL_EXPONENTS[r.nextInt(RATIONAL_EXPONENTS.length)] : expression(0));
            default: return call(Fn.values()[r.nextInt(Fn.values().length)], expression(depth - 1));
        }
    }

    Expr leaf() {
        switch (r.nextInt(10)) {
            case 0: return num(r.nextInt(9) - 4);
            case 1: return rational(r.nextInt(9) - 4, 1 + r.nextInt(5));
            case 2: return r.nextBoolean() ? Sym.PI : Sym.E;
            case 3: return real(Math.round(r.nextDouble() * 400 - 200) / 100.0);
            default: return VARS.get(r.nextInt(VARS.size()));
        }
    }

    /** A point with coordinates k/64 in [-2, 2], as exact rationals. */
    Map<Sym, Num> point() {
        Map<Sym, Num> p = new HashMap<>();
        for (Sym v : VARS) p.put(v, rational(r.nextInt(257) - 128, 64));
        return p;
    }

    static double[] doubles(Map<Sym, Num> point) {
        double[] x = new double[VARS.size()];
        for (int i = 0; i < x.length; i++) x[i] = point.get(VARS.get(i)).doubleValue();
        return x;
    }

    /** The exact value of e at the point, as a double, or NaN where it is undefined or not finite. */
    static double reference(Expr e, Map<Sym, ? extends Expr> point) {
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
    static boolean finiteThroughout(Expr e, Map<Sym, ? extends Expr> point) {
        java.util.Set<Expr> seen = new java.util.HashSet<>();
        java.util.Deque<Expr> todo = new java.util.ArrayDeque<>(List.of(e));
        while (!todo.isEmpty()) {
            Expr s = todo.pop();
            if (!seen.add(s)) continue;
            if (Double.isNaN(reference(s, point))) return false;
            todo.addAll(s.args());
        }
        return true;
    }

    /** |a − b| within a relative tolerance of the magnitude (and absolute near 0). */
    static boolean close(double a, double b, double tol) {
        return Math.abs(a - b) <= tol * Math.max(1, Math.max(Math.abs(a), Math.abs(b)));
    }
}
