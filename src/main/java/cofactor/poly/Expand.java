package cofactor.poly;

import cofactor.expr.Add;
import cofactor.expr.Call;
import cofactor.expr.Expr;
import cofactor.expr.Fn;
import cofactor.expr.Mul;
import cofactor.expr.Num;
import cofactor.expr.Pow;
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
        if (e instanceof Num || e instanceof Sym || isExpanded(e)) return e;
        return byPolynomials(e, limits);
    }

    /** The expansion through a polynomial, which {@link #of} skips for what is expanded already. */
    static Expr byPolynomials(Expr e, Limits limits) {
        Converter c = new Converter(limits);
        Converter.Plan p = c.plan(e);
        return c.toPoly(p, c.ring(p), p.inexact()).toExpr(limits);
    }

    /**
     * Whether e is already what expanding it gives, so that expanding it again would rebuild
     * the same node: a monomial, or a sum of monomials, in symbols (whole exponents), as a
     * determinant is (half a second for the 362 880 terms of a 9×9 one), and with exact
     * coefficients also in calls of such polynomials (positive whole exponents; exp to the
     * first power only, as its powers fold), as the derivative of a trigonometric determinant
     * is and as -y in exp(-y) is (each such argument took a polynomial of its own).
     */
    static boolean isExpanded(Expr e) {
        return e instanceof Add && isPolynomial(e, false) || isPolynomial(e, true) && isExact(e);
    }

    /** Whether the coefficients of a monomial or a sum of monomials are exact. */
    private static boolean isExact(Expr e) {
        if (!(e instanceof Add a)) return !(e instanceof Mul m) || m.coef().isExact();
        if (!a.constant().isExact()) return false;
        for (int i = 0; i < a.size(); i++) if (!a.coef(i).isExact() || a.term(i) instanceof Mul m && !m.coef().isExact()) return false;
        return true;
    }

    /** A monomial or a sum of monomials in symbols and, when calls may be among them, calls of polynomials in symbols. */
    private static boolean isPolynomial(Expr e, boolean calls) {
        if (!(e instanceof Add a)) return isMonomial(e, calls);
        for (int i = 0; i < a.size(); i++) if (!isMonomial(a.term(i), calls)) return false;
        return true;
    }

    private static boolean isMonomial(Expr t, boolean calls) {
        if (t instanceof Sym) return true;
        if (t instanceof Call c) return calls && isKernel(c, Num.ONE);
        if (t instanceof Pow p) return isFactor(p.base(), p.exp(), calls);
        if (!(t instanceof Mul m)) return false;
        for (int i = 0; i < m.size(); i++) if (!isFactor(m.base(i), m.exp(i), calls)) return false;
        return true;
    }

    private static boolean isFactor(Expr base, Expr exp, boolean calls) {
        if (!(exp instanceof Num k && k.isInteger())) return false;
        return base instanceof Sym || calls && base instanceof Call c && isKernel(c, k);
    }

    /** A call that stays whole to the power k: its argument a number or a polynomial in symbols, its powers not folding (or exp(u) itself). */
    private static boolean isKernel(Call c, Num k) {
        if (k.signum() <= 0 || c.fn().powersFold() && !(c.fn() == Fn.EXP && k.isOne())) return false;
        return c.arg() instanceof Num n && n.isExact() || isPolynomial(c.arg(), false) && isExact(c.arg());
    }
}
