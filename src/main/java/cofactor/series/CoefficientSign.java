package cofactor.series;

import cofactor.expr.Add;
import cofactor.expr.Expr;
import cofactor.expr.Find;
import cofactor.expr.Mul;
import cofactor.expr.Num;
import cofactor.expr.Pow;
import cofactor.expr.Sym;
import cofactor.numeric.Refine;

/**
 * The sign of a coefficient as t → 0+: of a closed constant its numeric value's, and of a
 * polynomial in log t ({@link Expansion#LOG_T}, which tends to -∞) its top-degree term's.
 * 0 when it depends on a symbol, so is not known.
 */
final class CoefficientSign {
    private CoefficientSign() {}

    static boolean hasLogT(Expr c) { return Find.any(c, e -> e.equals(Expansion.LOG_T)); }

    static int of(Expr c) {
        if (c instanceof Num n) return n.signum();
        if (hasLogT(c)) {
            int top = 0;
            Expr lead = Num.ZERO;
            for (Expr term : terms(c)) {
                int d = degree(term);
                Expr coef = Expr.div(term, Expr.pow(Expansion.LOG_T, d));
                if (d > top) {
                    top = d;
                    lead = coef;
                } else if (d == top) {
                    lead = Expr.add(lead, coef);
                }
            }
            return top % 2 == 0 ? of(lead) : -of(lead); // log t < 0
        }
        if (Find.any(c, e -> e instanceof Sym s && !s.isConstant())) return 0;
        try {
            return (int) Math.signum(Refine.toDouble(c));
        } catch (RuntimeException undecided) { // too close to 0 to tell, or not real
            return 0;
        }
    }

    private static Iterable<Expr> terms(Expr c) {
        if (!(c instanceof Add a)) return java.util.List.of(c);
        java.util.List<Expr> t = new java.util.ArrayList<>();
        if (!a.constant().isZero()) t.add(a.constant());
        for (int i = 0; i < a.size(); i++) t.add(Expr.mul(a.coef(i), a.term(i)));
        return t;
    }

    /** The power of log t in a product. */
    private static int degree(Expr term) {
        if (term.equals(Expansion.LOG_T)) return 1;
        if (term instanceof Pow p && p.base().equals(Expansion.LOG_T) && p.exp() instanceof Num n && n.isInteger()) return n.numerator().intValue();
        if (term instanceof Mul m) {
            for (int i = 0; i < m.size(); i++) {
                if (m.base(i).equals(Expansion.LOG_T) && m.exp(i) instanceof Num n && n.isInteger()) return n.numerator().intValue();
            }
        }
        return 0;
    }
}
