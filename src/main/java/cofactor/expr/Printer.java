package cofactor.expr;

import cofactor.guard.Interrupts;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Prints expressions in the input language so that the text parses back to the
 * same canonical value. Terms of a sum are shown highest degree first, then
 * alphabetically; factors with negative numeric exponents go below a division
 * bar; the power 1/2 is shown as {@code sqrt}.
 */
public final class Printer {
    // Binding strength of what a piece of text is; a piece is parenthesised where its context binds tighter.
    private static final int SUM = 1, PRODUCT = 2, POWER = 4, ATOM = 5;

    private Printer() {}

    public static String print(Expr e) {
        StringBuilder sb = new StringBuilder();
        new Printer().expr(sb, e, 0);
        return sb.toString();
    }

    private void expr(StringBuilder sb, Expr e, int context) {
        int own = strength(e);
        boolean parens = own < context;
        if (parens) sb.append('(');
        if (e instanceof Num n) sb.append(n.text());
        else if (e instanceof Sym s) sb.append(s.name());
        else if (e instanceof Call c) { sb.append(c.fn().fnName()).append('('); expr(sb, c.arg(), 0); sb.append(')'); }
        else if (e instanceof Add a) sum(sb, a);
        else product(sb, Num.ONE, e);
        if (parens) sb.append(')');
    }

    /** How tightly the printed text of e binds (a leading minus counts as a sum: {@code x^(-2)}, {@code 2*(-1)}). */
    private static int strength(Expr e) {
        if (e instanceof Num n) return n.signum() < 0 ? SUM : n.isInteger() || !n.isExact() ? ATOM : PRODUCT;
        if (e instanceof Sym || e instanceof Call) return ATOM;
        if (e instanceof Add) return SUM;
        if (e instanceof Pow p) {
            if (isHalf(p.exp())) return ATOM;
            return p.exp() instanceof Num k && k.signum() < 0 ? PRODUCT : POWER;
        }
        return ((Mul) e).coef().signum() < 0 ? SUM : PRODUCT;
    }

    private void sum(StringBuilder sb, Add a) {
        Fraction.sum(sb, a, (c, t) -> product(sb, c, t), c -> sb.append(c.text()));
    }

    /** Term indices, highest degree first, then alphabetically by their text: reading order, not storage order. */
    static int[] displayOrder(Add a) {
        record Key(int degree, String text, int index) {}
        Key[] keys = new Key[a.size()];
        for (int i = 0; i < keys.length; i++) {
            if ((i & 0x3FF) == 0x3FF) Interrupts.check(); // showing a million-term result takes seconds
            keys[i] = new Key(degree(a.term(i)), print(a.term(i)), i);
        }
        Arrays.sort(keys, Comparator.comparingInt(Key::degree).reversed().thenComparing(Key::text));
        int[] order = new int[keys.length];
        for (int i = 0; i < keys.length; i++) order[i] = keys[i].index;
        return order;
    }


    /** Prints {@code coef · e} where e is a product, a power or a single factor. */
    private void product(StringBuilder sb, Num coef, Expr e) {
        Fraction parts = Fraction.of(coef, e);
        coef = parts.coef();
        List<Expr> up = parts.up(), down = parts.down();
        if (coef.signum() < 0) { sb.append('-'); coef = coef.negate(); }
        boolean exactFraction = coef.isExact() && !coef.isInteger();
        String top = exactFraction ? coef.numerator().toString() : coef.text();
        String bottom = exactFraction ? coef.denominator().toString() : "1";
        boolean any = false;
        if (!top.equals("1") || up.isEmpty()) { sb.append(top); any = true; }
        for (Expr f : up) {
            if (any) sb.append('*');
            factor(sb, f);
            any = true;
        }
        int denominators = down.size() + (bottom.equals("1") ? 0 : 1);
        if (denominators == 0) return;
        sb.append('/');
        if (denominators > 1) sb.append('(');
        any = false;
        if (!bottom.equals("1")) { sb.append(bottom); any = true; }
        for (Expr f : down) {
            if (any) sb.append('*');
            factor(sb, f);
            any = true;
        }
        if (denominators > 1) sb.append(')');
    }


    /** One factor of a product: a base, or a power with a positive or symbolic exponent. */
    private void factor(StringBuilder sb, Expr f) {
        if (!(f instanceof Pow p)) { expr(sb, f, POWER); return; }
        if (isHalf(p.exp())) { sb.append("sqrt("); expr(sb, p.base(), 0); sb.append(')'); return; }
        expr(sb, p.base(), ATOM);
        sb.append('^');
        expr(sb, p.exp(), ATOM);
    }

    private static boolean isHalf(Expr e) { return e instanceof Num n && n.equals(Num.HALF); }

    // ---- display order

    private static int degree(Expr e) {
        if (e instanceof Num) return 0;
        if (e instanceof Pow p) return p.exp() instanceof Num k && k.isInteger() ? k.numerator().intValue() * degree(p.base()) : 1;
        if (e instanceof Mul m) {
            int d = 0;
            for (int i = 0; i < m.size(); i++) d += degree(m.factor(i));
            return d;
        }
        if (e instanceof Add a) {
            int d = 0;
            for (int i = 0; i < a.size(); i++) d = Math.max(d, degree(a.term(i)));
            return d;
        }
        return 1;
    }
}
