package cofactor.poly;

import cofactor.expr.Expr;
import cofactor.expr.Num;
import cofactor.guard.Limits;
import cofactor.guard.TooLargeError;

/**
 * Exact division of expressions as polynomials over their kernels (symbols, calls,
 * roots and reciprocals, as {@link Converter} takes them apart): n / d when d divides
 * n. Both become {@link Poly}s of one ring and {@link Poly#divide} divides them; this
 * class only translates.
 */
public final class Quotient {
    private Quotient() {}

    /**
     * The quotient n / d, or null when d does not divide n as polynomials in their
     * kernels, a coefficient is inexact, or n, d or the quotient would pass the limits.
     */
    public static Expr of(Expr n, Expr d, Limits limits) {
        if (d instanceof Num k) return k.isZero() || !k.isExact() ? null : Expand.of(Expr.mul(k.inverse(), n), limits);
        try {
            Converter c = new Converter(limits);
            Converter.Plan pn = c.plan(n), pd = c.plan(d);
            if (pn.inexact() || pd.inexact()) return null;
            // one ring holding both: each kernel's bound is the larger of the two
            int[] ids = new int[c.kernelCount()], bounds = new int[ids.length];
            for (int id = 0; id < ids.length; id++) {
                ids[id] = id;
                bounds[id] = Math.max(pn.degree(id), pd.degree(id));
            }
            Ring ring = c.ring(ids, bounds);
            Poly q = c.toPoly(pn, ring, false).exactQuotient(c.toPoly(pd, ring, false), limits.maxTerms());
            return q == null ? null : q.toExpr(limits);
        } catch (TooLargeError tooLarge) {
            return null;
        }
    }
}
