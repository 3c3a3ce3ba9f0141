package cofactor.poly;

import cofactor.expr.Expr;
import cofactor.expr.Num;
import cofactor.expr.Sym;

/**
 * {@code expand}: multiplies out products and positive integer powers of sums,
 * through {@link Poly}. Parts that are not polynomial ({@code sin(x+y)},
 * {@code 1/x}, {@code sqrt(x+1)}) stay whole as kernels, with their arguments
 * expanded. The result is canonical: equal polynomials give equal expressions.
 */
public final class Expand {
    private Expand() {}

    public static Expr of(Expr e) { return of(e, Long.MAX_VALUE); }

    /** Refuses (with {@link TooLargeError}) when the result or a part of it is estimated above maxTerms terms. */
    public static Expr of(Expr e, long maxTerms) {
        if (e instanceof Num || e instanceof Sym) return e;
        Converter c = new Converter(maxTerms);
        Converter.Plan p = c.plan(e);
        return c.toPoly(p, c.ring(p), p.inexact()).toExpr(maxTerms);
    }
}
