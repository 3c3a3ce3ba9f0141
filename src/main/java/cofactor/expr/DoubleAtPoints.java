package cofactor.expr;

import cofactor.guard.Interrupts;
import java.util.Arrays;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Values of expressions in doubles at a few points at once, read off the tree: no expression is
 * built, so a numeric check of a large expression costs one pass over its distinct nodes
 * (substituting numbers and folding through the canonical factories built a new expression of
 * the same size at each point), and the points share that pass: each distinct node is looked
 * up, and each coefficient converted, once for all of them. At each point the arithmetic is
 * what one point alone would do. NaN where the value is not a real number (a free symbol
 * without a value, a logarithm of a negative number, a number beyond the double range);
 * ±Infinity at a pole or on overflow; so a caller that needs a value in the domain tests
 * {@link Double#isFinite}.
 */
public final class DoubleAtPoints {
    private final List<Map<Sym, Double>> points;
    private final Map<Expr, double[]> done = new IdentityHashMap<>();
    private final Map<Sym, double[]> symbols = new HashMap<>();

    /** @param points the value of each symbol at each point; the constants pi and E need none */
    public DoubleAtPoints(List<Map<Sym, Double>> points) {
        this.points = points;
    }

    public int size() { return points.size(); }

    /** The value of e at each point, in the order of the points (the array is shared: not to be written). */
    public double[] values(Expr e) {
        if (e instanceof Num n) return filled(number(n));
        if (e instanceof Sym s) return symbols.computeIfAbsent(s, this::symbol);
        double[] known = done.get(e);
        if (known != null) return known;
        Interrupts.check(); // once per distinct node: an expanded result has millions
        double[] v;
        if (e instanceof Add a) {
            v = filled(number(a.constant()));
            for (int i = 0; i < a.size(); i++) {
                double c = number(a.coef(i));
                double[] t = values(a.term(i));
                for (int p = 0; p < v.length; p++) v[p] += c * t[p];
            }
        } else if (e instanceof Mul m) {
            v = filled(number(m.coef()));
            for (int i = 0; i < m.size(); i++) {
                double[] f = power(values(m.base(i)), m.exp(i));
                for (int p = 0; p < v.length; p++) v[p] *= f[p];
            }
        } else if (e instanceof Pow p) {
            v = power(values(p.base()), p.exp()).clone();
        } else { // Expr is sealed: what is left is a Call
            Call c = (Call) e;
            double[] u = values(c.arg());
            v = new double[u.length];
            for (int p = 0; p < v.length; p++) v[p] = c.fn().apply(u[p]);
        }
        done.put(e, v);
        return v;
    }

    /** base^exp at each point: the base itself for the exponent 1. */
    private double[] power(double[] base, Expr exp) {
        if (exp instanceof Num n && n.isOne()) return base;
        double[] k = values(exp), v = new double[base.length];
        for (int p = 0; p < v.length; p++) v[p] = Math.pow(base[p], k[p]);
        return v;
    }

    private double[] symbol(Sym s) {
        double[] v = new double[points.size()];
        for (int p = 0; p < v.length; p++) v[p] = s.isConstant() ? s.constantValue() : points.get(p).getOrDefault(s, Double.NaN);
        return v;
    }

    private double[] filled(double x) {
        double[] v = new double[points.size()];
        Arrays.fill(v, x);
        return v;
    }

    private static double number(Num n) {
        try {
            return n.doubleValue();
        } catch (MathError beyondDoubles) {
            return Double.NaN;
        }
    }
}
