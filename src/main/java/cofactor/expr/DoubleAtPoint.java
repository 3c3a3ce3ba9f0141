package cofactor.expr;

import cofactor.guard.Interrupts;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * Values of expressions in doubles at one point, read off the tree: no expression is built, so
 * a numeric check of a large expression at a few points costs one pass over its distinct nodes
 * (substituting numbers and folding through the canonical factories built a new expression of
 * the same size at each point). Each distinct node is evaluated once per point, across all the
 * expressions asked about. NaN where the value is not a real number (a free symbol without a
 * value, a logarithm of a negative number, a number beyond the double range); ±Infinity at a
 * pole or on overflow; so a caller that needs a value in the domain tests {@link Double#isFinite}.
 */
public final class DoubleAtPoint {
    private final Map<Sym, Double> point;
    private final Map<Expr, Double> done = new IdentityHashMap<>();

    /** @param point the value of each symbol; the constants pi and E need none */
    public DoubleAtPoint(Map<Sym, Double> point) {
        this.point = point;
    }

    public double value(Expr e) {
        if (e instanceof Num n) return number(n);
        if (e instanceof Sym s) return s.isConstant() ? s.constantValue() : point.getOrDefault(s, Double.NaN);
        Double known = done.get(e);
        if (known != null) return known;
        Interrupts.check(); // once per distinct node: an expanded result has millions
        double v;
        if (e instanceof Add a) {
            v = number(a.constant());
            for (int i = 0; i < a.size(); i++) v += number(a.coef(i)) * value(a.term(i));
        } else if (e instanceof Mul m) {
            v = number(m.coef());
            for (int i = 0; i < m.size(); i++) v *= power(value(m.base(i)), m.exp(i));
        } else if (e instanceof Pow p) {
            v = power(value(p.base()), p.exp());
        } else { // Expr is sealed: what is left is a Call
            Call c = (Call) e;
            v = c.fn().apply(value(c.arg()));
        }
        done.put(e, v);
        return v;
    }

    private double power(double base, Expr exp) {
        return exp instanceof Num n && n.isOne() ? base : Math.pow(base, value(exp));
    }

    private static double number(Num n) {
        try {
            return n.doubleValue();
        } catch (MathError beyondDoubles) {
            return Double.NaN;
        }
    }
}
