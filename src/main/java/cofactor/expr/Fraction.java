package cofactor.expr;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.ObjIntConsumer;

/**
 * A product as both printers show it: a coefficient, the factors above the fraction
 * bar and those below it (with their exponents made positive), each side in
 * reading order — symbols, then numbers' roots and constants, calls, sums — and, where the
 * order was found by printing them, each factor's text (else null), which the printer writes
 * again for a symbol, a call or a power instead of printing the factor a second time.
 */
record Fraction(Num coef, List<Expr> up, List<Expr> down, List<String> upTexts, List<String> downTexts) {

    /** {@code coef · e} for a product, a power or a single factor; the printer writes the factors' texts that order them. */
    static Fraction of(Num coef, Expr e, Printer printer) {
        List<Expr> up = new ArrayList<>(), down = new ArrayList<>();
        if (e instanceof Mul m) {
            coef = coef.mul(m.coef());
            for (int i = 0; i < m.size(); i++) split(m.base(i), m.exp(i), up, down);
        } else if (e instanceof Pow p) {
            split(p.base(), p.exp(), up, down);
        } else {
            up.add(e);
        }
        List<String> upTexts = new ArrayList<>(up.size()), downTexts = new ArrayList<>(down.size());
        return new Fraction(coef, inReadingOrder(up, upTexts, printer), inReadingOrder(down, downTexts, printer), upTexts, downTexts);
    }

    /** The text of factor i above the bar, or null when it was not printed. */
    String upText(int i) { return i < upTexts.size() ? upTexts.get(i) : null; }

    /** The text of factor i below the bar, or null when it was not printed. */
    String downText(int i) { return i < downTexts.size() ? downTexts.get(i) : null; }

    /**
     * The factors by group, then by printed text, each printed once: a comparator that printed
     * both of its sides printed every factor of a product about log n times. The order is
     * written out rather than as Comparator.comparingInt(..).thenComparing(..): those return the
     * JDK's serializable lambdas, which the start-up cache does not keep. The texts go to
     * texts in the same order.
     */
    private static List<Expr> inReadingOrder(List<Expr> factors, List<String> texts, Printer printer) {
        if (factors.size() < 2) return factors;
        record Keyed(int group, String text, Expr factor) {}
        Keyed[] keyed = new Keyed[factors.size()];
        for (int i = 0; i < keyed.length; i++) {
            Expr f = factors.get(i);
            keyed[i] = new Keyed(group(f), f instanceof Sym s ? s.name() : printer.alone(f), f);
        }
        Arrays.sort(keyed, (a, b) -> a.group != b.group ? Integer.compare(a.group, b.group) : a.text.compareTo(b.text));
        List<Expr> sorted = new ArrayList<>(keyed.length);
        for (Keyed k : keyed) {
            sorted.add(k.factor);
            texts.add(k.text);
        }
        return sorted;
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
     * Writes a sum in the given reading order ({@link Printer#displayOrder}), signs between the
     * terms and the constant last, each term (|coef|, index of the term) and the |constant| by
     * the printer's own routines: the layout both printers share.
     * A sum whose first term is negative starts with its first positive one instead, as people
     * write it: {@code 1 - x^2}, {@code sqrt(x) - pi}, {@code 3 - 5*y/4} (the canonical order,
     * which decides a sum's sign, is unchanged: see {@link Printer#startsWithMinus}).
     */
    static void sum(StringBuilder sb, Add a, int[] order, ObjIntConsumer<Num> term, Consumer<Num> constant) {
        int n = order.length;
        boolean hasConstant = !a.constant().isZero();
        int lead = -1; // the position (n for the constant) of the term printed first, when it is moved there
        if (a.coef(order[0]).signum() < 0) {
            for (int p = 1; p < n && lead < 0; p++) if (a.coef(order[p]).signum() > 0) lead = p;
            if (lead < 0 && hasConstant && a.constant().signum() > 0) lead = n;
        }
        boolean first = true;
        if (lead == n) first = constant(sb, a.constant(), first, constant);
        else if (lead > 0) first = term(sb, a.coef(order[lead]), order[lead], first, term);
        for (int p = 0; p < n; p++) if (p != lead) first = term(sb, a.coef(order[p]), order[p], first, term);
        if (hasConstant && lead != n) constant(sb, a.constant(), first, constant);
    }

    private static boolean term(StringBuilder sb, Num c, int index, boolean first, ObjIntConsumer<Num> term) {
        sign(sb, c, first);
        term.accept(c.signum() < 0 ? c.negate() : c, index);
        return false;
    }

    private static boolean constant(StringBuilder sb, Num c, boolean first, Consumer<Num> constant) {
        sign(sb, c, first);
        constant.accept(c.signum() < 0 ? c.negate() : c);
        return false;
    }

    /** Writes the sign between the terms of a sum; returns false (the next term is no longer first). */
    private static boolean sign(StringBuilder sb, Num c, boolean first) {
        if (c.signum() < 0) sb.append(first ? "-" : " - ");
        else if (!first) sb.append(" + ");
        return false;
    }
}
