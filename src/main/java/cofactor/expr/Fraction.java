package cofactor.expr;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A product as both printers show it: a coefficient, the factors above the fraction
 * bar and those below it (with their exponents made positive), each side in
 * reading order — symbols, then numbers' roots and constants, calls, sums.
 */
record Fraction(Num coef, List<Expr> up, List<Expr> down) {
    static final Comparator<Expr> READING_ORDER = Comparator.comparingInt(Fraction::group).thenComparing(Printer::print);

    /** {@code coef · e} for a product, a power or a single factor. */
    static Fraction of(Num coef, Expr e) {
        List<Expr> up = new ArrayList<>(), down = new ArrayList<>();
        if (e instanceof Mul m) {
            coef = coef.mul(m.coef());
            for (int i = 0; i < m.size(); i++) split(m.base(i), m.exp(i), up, down);
        } else if (e instanceof Pow p) {
            split(p.base(), p.exp(), up, down);
        } else {
            up.add(e);
        }
        up.sort(READING_ORDER);
        down.sort(READING_ORDER);
        return new Fraction(coef, up, down);
    }

    private static void split(Expr base, Expr exp, List<Expr> up, List<Expr> down) {
        // x^-1.0 stays up as it is: x^1.0 is no canonical power, so it cannot go down as 1/x^1.0
        if (exp instanceof Num k && k.signum() < 0 && !(k.isMinusOne() && !k.isExact())) down.add(k.isMinusOne() ? base : new Pow(base, k.negate()));
        else up.add(exp.isOne() ? base : new Pow(base, exp));
    }

    private static int group(Expr f) {
        Expr base = f instanceof Pow p ? p.base() : f;
        if (base instanceof Sym s) return s.isConstant() ? 1 : 0;
        if (base instanceof Num) return 1;
        if (base instanceof Call) return 2;
        return 3;
    }

    /**
     * Writes a sum in reading order, signs between the terms and the constant last, each term
     * (|coef|, term) and the |constant| by the printer's own routines: the layout both printers share.
     */
    static void sum(StringBuilder sb, Add a, java.util.function.BiConsumer<Num, Expr> term, java.util.function.Consumer<Num> constant) {
        boolean first = true;
        for (int i : Printer.displayOrder(a)) {
            Num c = a.coef(i);
            first = sign(sb, c, first);
            term.accept(c.signum() < 0 ? c.negate() : c, a.term(i));
        }
        if (!a.constant().isZero()) {
            Num c = a.constant();
            sign(sb, c, first);
            constant.accept(c.signum() < 0 ? c.negate() : c);
        }
    }

    /** Writes the sign between the terms of a sum; returns false (the next term is no longer first). */
    private static boolean sign(StringBuilder sb, Num c, boolean first) {
        if (c.signum() < 0) sb.append(first ? "-" : " - ");
        else if (!first) sb.append(" + ");
        return false;
    }
}
