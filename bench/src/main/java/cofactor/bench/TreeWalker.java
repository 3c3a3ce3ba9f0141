package cofactor.bench;

import cofactor.expr.Add;
import cofactor.expr.Call;
import cofactor.expr.Expr;
import cofactor.expr.Mul;
import cofactor.expr.Num;
import cofactor.expr.Pow;
import cofactor.expr.Sym;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The baseline: a plain recursive evaluator over the expression tree, as an
 * interpreter would do it — a switch per node, integer powers by multiplication,
 * variables looked up in a map; repeated subexpressions are evaluated again.
 */
public final class TreeWalker {
    private final Expr e;
    private final Map<Sym, Integer> index = new HashMap<>();

    public TreeWalker(Expr e, List<Sym> vars) {
        this.e = e;
        for (int i = 0; i < vars.size(); i++) index.put(vars.get(i), i);
    }

    public double eval(double[] x) { return eval(e, x); }

    private double eval(Expr e, double[] x) {
        switch (e.kind()) {
            case NUM: return ((Num) e).doubleValue();
            case SYM: {
                Sym s = (Sym) e;
                return s.isConstant() ? s.constantValue() : x[index.get(s)];
            }
            case CALL: return ((Call) e).fn().apply(eval(((Call) e).arg(), x));
            case POW: return power(eval(((Pow) e).base(), x), ((Pow) e).exp(), x);
            case MUL: {
                Mul m = (Mul) e;
                double p = m.coef().doubleValue();
                for (int i = 0; i < m.size(); i++) p *= power(eval(m.base(i), x), m.exp(i), x);
                return p;
            }
            case ADD: {
                Add s = (Add) e;
                double sum = s.constant().doubleValue();
                for (int i = 0; i < s.size(); i++) sum += s.coef(i).doubleValue() * eval(s.term(i), x);
                return sum;
            }
        }
        throw new AssertionError(e.kind());
    }

    private double power(double base, Expr exp, double[] x) {
        if (exp instanceof Num k && k.isInteger() && Math.abs(k.doubleValue()) <= 64) {
            int n = (int) k.doubleValue();
            double p = 1;
            for (int i = Math.abs(n); i > 0; i--) p *= base;
            return n < 0 ? 1 / p : p;
        }
        return Math.pow(base, eval(exp, x));
    }
}
