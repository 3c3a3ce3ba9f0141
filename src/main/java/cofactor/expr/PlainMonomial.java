package cofactor.expr;

/**
 * Products with no sum anywhere in them, recognised in a few steps: numeric powers of symbols
 * and of functions of such products of symbols ({@code x^2*y*sin(x)*exp(-y)}), the terms of
 * an expanded polynomial in kernels. Passes over whole results (the zero-sum pass, the
 * derivative's growth count) skip them instead of walking and remembering each.
 */
public final class PlainMonomial {
    private PlainMonomial() {}

    /** Whether e is such a product, a power, or a call of a function of a product of symbols ({@code sin(x)}). */
    public static boolean test(Expr e) {
        return e instanceof Call c ? ofSymbols(c.arg()) : product(e, true);
    }

    /** A number, a symbol, or a product or power of symbols with numeric exponents. */
    private static boolean ofSymbols(Expr e) {
        return e instanceof Num || e instanceof Sym || product(e, false);
    }

    /** A product or power of symbols and, when calls may be among them, calls of {@link #ofSymbols}, with numeric exponents. */
    private static boolean product(Expr e, boolean calls) {
        if (e instanceof Pow p) return base(p.base(), calls) && p.exp() instanceof Num;
        if (!(e instanceof Mul m)) return false;
        for (int i = 0; i < m.size(); i++) if (!(base(m.base(i), calls) && m.exp(i) instanceof Num)) return false;
        return true;
    }

    private static boolean base(Expr b, boolean calls) {
        return b instanceof Sym || calls && b instanceof Call c && ofSymbols(c.arg());
    }
}
