package cofactor.bench;

import cofactor.expr.Add;
import cofactor.expr.Call;
import cofactor.expr.Expr;
import cofactor.expr.Mul;
import cofactor.expr.Num;
import cofactor.expr.Pow;
import cofactor.expr.Sym;
import java.util.List;

/** The baseline: a plain recursive evaluator over the expression tree (no sharing of repeated subexpressions). */
public final class TreeWalker {
    private final Expr e;
    private final List<Sym> vars;

    public TreeWalker(Expr e, List<Sym> vars) {
        this.e = e;
        this.vars = vars;
    }

    public double eval(double[] x) { return eval(e, x); }

    private double eval(Expr e, double[] x) {
        switch (e.kind()) {
            case NUM: return ((Num) e).doubleValue();
            case SYM: {
                Sym s = (Sym) e;
                return s.isConstant() ? s.constantValue() : x[vars.indexOf(s)];
            }
            case CALL: return ((Call) e).fn().apply(eval(((Call) e).arg(), x));
            case POW: return Math.pow(eval(((Pow) e).base(), x), eval(((Pow) e).exp(), x));
            case MUL: {
                Mul m = (Mul) e;
                double p = m.coef().doubleValue();
                for (int i = 0; i < m.size(); i++) p *= Math.pow(eval(m.base(i), x), eval(m.exp(i), x));
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
}
