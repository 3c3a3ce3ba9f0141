package cofactor.testing;

import cofactor.expr.Add;
import cofactor.expr.Call;
import cofactor.expr.Expr;
import cofactor.expr.Mul;
import cofactor.expr.Num;
import cofactor.expr.Pow;
import cofactor.expr.Sym;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.function.DoubleUnaryOperator;

/** Double-precision evaluation of expressions, and central finite differences: the independent numeric route for tests. */
public final class DoubleEval {
    private DoubleEval() {}

    public static double eval(Expr e, Map<Sym, Double> at) { return eval(e, at, new IdentityHashMap<>()); }

    private static double eval(Expr e, Map<Sym, Double> at, Map<Expr, Double> memo) {
        Double known = memo.get(e);
        if (known != null) return known;
        double v = switch (e.kind()) {
            case NUM -> ((Num) e).doubleValue();
            case SYM -> {
                Sym s = (Sym) e;
                if (s.isConstant()) yield s.constantValue();
                Double d = at.get(s);
                if (d == null) throw new IllegalArgumentException("no value for " + s);
                yield d;
            }
            case CALL -> ((Call) e).fn().apply(eval(((Call) e).arg(), at, memo));
            case POW -> Math.pow(eval(((Pow) e).base(), at, memo), eval(((Pow) e).exp(), at, memo));
            case MUL -> {
                Mul m = (Mul) e;
                double p = m.coef().doubleValue();
                for (int i = 0; i < m.size(); i++) p *= Math.pow(eval(m.base(i), at, memo), eval(m.exp(i), at, memo));
                yield p;
            }
            case ADD -> {
                Add a = (Add) e;
                double s = a.constant().doubleValue();
                for (int i = 0; i < a.size(); i++) s += a.coef(i).doubleValue() * eval(a.term(i), at, memo);
                yield s;
            }
        };
        memo.put(e, v);
        return v;
    }

    /**
     * A derivative estimate by central differences with Richardson extrapolation, or
     * NaN where two step sizes disagree (a kink, a pole nearby, or no value).
     */
    public static double derivative(DoubleUnaryOperator f, double x) {
        double h = 1e-3 * Math.max(1, Math.abs(x));
        double d1 = central(f, x, h), d2 = central(f, x, h / 2), d3 = central(f, x, h / 4);
        double r1 = (4 * d2 - d1) / 3, r2 = (4 * d3 - d2) / 3;
        if (!Double.isFinite(r1) || !Double.isFinite(r2)) return Double.NaN;
        if (Math.abs(r1 - r2) > 1e-6 * (1 + Math.abs(r2))) return Double.NaN;
        return r2;
    }

    private static double central(DoubleUnaryOperator f, double x, double h) {
        return (f.applyAsDouble(x + h) - f.applyAsDouble(x - h)) / (2 * h);
    }

    /** |a − b| relative to max(1, |a|, |b|). */
    public static double relativeError(double a, double b) {
        return Math.abs(a - b) / Math.max(1, Math.max(Math.abs(a), Math.abs(b)));
    }

    /** |a − b| within a relative tolerance of the magnitude (and absolute near 0). */
    public static boolean close(double a, double b, double tol) { return relativeError(a, b) <= tol; }
}
