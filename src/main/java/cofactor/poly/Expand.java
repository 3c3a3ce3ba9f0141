package cofactor.poly;

import cofactor.expr.Expr;
import cofactor.expr.Num;
import cofactor.expr.Sym;
import cofactor.guard.Limits;
import cofactor.guard.TooLargeError;

/**
 * {@code expand}: multiplies out products and positive integer powers of sums,
 * through {@link Poly}. Parts that are not polynomial ({@code sin(x+y)},
 * {@code 1/x}, {@code sqrt(x+1)}) stay whole as kernels, with their arguments
 * expanded. The result is canonical: equal polynomials give equal expressions.
 */
public final class Expand {
    private Expand() {}

    /** Refuses (with {@link TooLargeError}) when the result or a part of it is estimated above the limit's terms. */
    public static Expr of(Expr e, Limits limits) {
        if (e instanceof Num || e instanceof Sym || isPlainPolynomial(e)) return e;
        Converter c = new Converter(limits);
        Converter.Plan p = c.plan(e);
        return c.toPoly(p, c.ring(p), p.inexact()).toExpr(limits);
    }

    /**
     * Whether e is already a canonical sum of monomials in symbols (whole
     * exponents), as a determinant is: then expanding it again would rebuild
     * the same node (half a second for the 362 880 terms of a 9×9 one).
     */
    private static boolean isPlainPolynomial(Expr e) {
        if (!(e instanceof cofactor.expr.Add a)) return false;
        for (int i = 0; i < a.size(); i++) if (!isMonomial(a.term(i))) return false;
        return true;
    }

    private static boolean isMonomial(Expr t) {
        if (t instanceof Sym) return true;
        if (t instanceof cofactor.expr.Pow p) return p.base() instanceof Sym && p.exp() instanceof Num k && k.isInteger();
        if (!(t instanceof cofactor.expr.Mul m)) return false;
        for (int i = 0; i < m.size(); i++) if (!(m.base(i) instanceof Sym) || !(m.exp(i) instanceof Num k && k.isInteger())) return false;
        return true;
    }
}
