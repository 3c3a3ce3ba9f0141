package cofactor.expr;

import cofactor.guard.Interrupts;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Prints expressions in the input language so that the text parses back to the
 * same canonical value. Terms of a sum are shown highest degree first, then
 * alphabetically; factors with negative numeric exponents go below a division
 * bar; the power 1/2 is shown as {@code sqrt}.
 */
public final class Printer {
    // Binding strength of what a piece of text is; a piece is parenthesised where its context binds tighter.
    private static final int SUM = 1, PRODUCT = 2, POWER = 4, ATOM = 5;

    /**
     * The text of each call printed so far, by node: the kernels of an expanded sum (sin(x),
     * exp(x + y)) are shared by its terms, and ordering the terms and their factors prints each
     * term and factor by itself, so the 79-term derivative of a 5×5 trigonometric determinant
     * printed each call about thirty times. A call prints alike in every context (it binds tightest).
     * At most {@value #REMEMBERED_CALLS} are kept: a sum of a million distinct calls is printed without.
     */
    private final Map<Call, String> calls = new IdentityHashMap<>();
    private static final int REMEMBERED_CALLS = 4096;

    Printer() {}

    public static String print(Expr e) {
        return new Printer().alone(e);
    }

    /**
     * The text of e by itself, with this printer's calls. A symbol, and a whole positive power
     * of a symbol or a call ({@code x^2}, {@code sin(x)^3}, most factors of an expanded sum's
     * terms), are written directly: as products of one factor they print the same, by more steps.
     */
    String alone(Expr e) {
        if (e instanceof Sym s) return s.name();
        StringBuilder sb = new StringBuilder();
        if (e instanceof Pow p && (p.base() instanceof Sym || p.base() instanceof Call) && p.exp() instanceof Num k && k.isExact() && k.isInteger() && k.signum() > 0) {
            expr(sb, p.base(), ATOM);
            sb.append('^').append(k.text());
        } else {
            expr(sb, e, 0);
        }
        return sb.toString();
    }

    private void expr(StringBuilder sb, Expr e, int context) {
        int own = strength(e);
        boolean parens = own < context;
        if (parens) sb.append('(');
        if (e instanceof Num n) sb.append(n.text());
        else if (e instanceof Sym s) sb.append(s.name());
        else if (e instanceof Call c) call(sb, c);
        else if (e instanceof Add a) sum(sb, a);
        else product(sb, Num.ONE, e);
        if (parens) sb.append(')');
    }

    private void call(StringBuilder sb, Call c) {
        String text = calls.get(c);
        if (text == null) {
            StringBuilder own = new StringBuilder();
            own.append(c.fn().fnName()).append('(');
            argument(own, c.arg());
            text = own.append(')').toString();
            if (calls.size() < REMEMBERED_CALLS) calls.put(c, text);
        }
        sb.append(text);
    }

    /** e as the whole argument of a function: a kernel symbol drops the parentheses its name has for powers. */
    private void argument(StringBuilder sb, Expr e) {
        String bare = e instanceof Sym s && s.kernel() != null ? s.kernel().asArgument() : null;
        if (bare != null) sb.append(bare);
        else expr(sb, e, 0);
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

    /** A sum whose terms are each printed once: the text that sorts a term into reading order is the text written for it. */
    private void sum(StringBuilder sb, Add a) {
        String[] texts = new String[a.size()];
        int[] order = displayOrder(a, texts);
        Fraction.sum(sb, a, order, (c, i) -> term(sb, c, a.term(i), texts[i]), c -> sb.append(c.text()));
    }

    /**
     * {@code c · t} for a term t of a sum and c > 0, from the text of t alone where the
     * coefficient only goes in front: an integer or a double is written before the factors
     * ({@code 2*x*y}), or over the bar when nothing else is above it ({@code 2/x}, where t alone
     * prints as {@code 1/x}: only then does its text start so). An exact fraction changes the
     * denominator, and a product that has a coefficient of its own (1.0) merges with c, so
     * those are printed anew.
     */
    private void term(StringBuilder sb, Num c, Expr t, String text) {
        if (c.isExact() && !c.isInteger() || t instanceof Mul m && !(m.coef().isOne() && m.coef().isExact())) {
            product(sb, c, t);
            return;
        }
        String k = c.text();
        if (k.equals("1")) sb.append(text);
        else if (text.startsWith("1/")) sb.append(k).append(text, 1, text.length());
        else sb.append(k).append('*').append(text);
    }

    /**
     * Whether e leads with a minus sign: a negative number, a product with a negative
     * coefficient, a sum whose first term in reading order ({@link #displayOrder}: highest
     * degree first) has one, as {@code 1 - x} (printed so, but read as {@code -x + 1}). Exactly
     * one of e and -e does (e ≠ 0), so odd functions take it out (sin(1 - x) = -sin(x - 1)), and
     * a sum under an integer power is made without it ((1 - x)^-1 = -1/(x - 1)).
     */
    static boolean startsWithMinus(Expr e) {
        if (e instanceof Num n) return n.signum() < 0;
        if (e instanceof Mul m) return m.coef().signum() < 0;
        return e instanceof Add a && a.content().signum() < 0; // the content has the leading term's sign
    }

    /** A sum's leading sign is found by printing at most this many terms of at most so many tree nodes. */
    private static final int MAX_PRINTED_TERMS = 32, MAX_PRINTED_NODES = 200;

    /**
     * The coefficient of a sum's first term in reading order ({@link #displayOrder}), or of
     * another with the same sign: only terms of the highest degree are printed to find it,
     * and none when those all have one sign. Where there are more of those than
     * {@value #MAX_PRINTED_TERMS}, or one is too large to print cheaply (and safely, the
     * printer being recursive), the first of them in canonical order decides instead: a
     * pure function of the sum still, and a sum that large is not read term by term.
     */
    static Num leadingCoef(Add a) {
        int[] degree = new int[a.size()];
        int top = Integer.MIN_VALUE;
        for (int i = 0; i < degree.length; i++) top = Math.max(top, degree[i] = degree(a.term(i)));
        int first = -1, signs = 0, candidates = 0;
        for (int i = 0; i < degree.length; i++) {
            if (degree[i] != top) continue;
            if (first < 0) first = i;
            signs |= a.coef(i).signum() < 0 ? 1 : 2;
            candidates++;
        }
        if (signs != 3) return a.coef(first);
        boolean small = candidates <= MAX_PRINTED_TERMS;
        for (int i = 0; i < degree.length && small; i++) small = degree[i] != top || treeSizeAtMost(a.term(i), MAX_PRINTED_NODES);
        if (!small) return a.coef(first); // the terms are in canonical order
        Printer printer = new Printer();
        String best = printer.alone(a.term(first));
        for (int i = first + 1; i < degree.length; i++) {
            if (degree[i] != top) continue;
            String text = printer.alone(a.term(i));
            if (text.compareTo(best) < 0) { best = text; first = i; }
        }
        return a.coef(first);
    }

    /** Whether e, as a tree (shared parts counted each time, as printing visits them), has at most n nodes. */
    private static boolean treeSizeAtMost(Expr e, int n) {
        java.util.ArrayDeque<Expr> todo = new java.util.ArrayDeque<>();
        todo.push(e);
        int seen = 0;
        while (!todo.isEmpty()) {
            if (++seen > n) return false;
            Expr x = todo.pop();
            switch (x.kind()) {
                case NUM, SYM -> { }
                case CALL -> todo.push(((Call) x).arg());
                case POW -> { todo.push(((Pow) x).base()); todo.push(((Pow) x).exp()); }
                case MUL -> { Mul m = (Mul) x; for (int i = 0; i < m.size(); i++) { todo.push(m.base(i)); todo.push(m.exp(i)); } }
                case ADD -> { Add s = (Add) x; for (int i = 0; i < s.size(); i++) todo.push(s.term(i)); }
            }
        }
        return true;
    }

    /** Term indices, highest degree first, then alphabetically by their text: reading order, not storage order. */
    static int[] displayOrder(Add a) {
        return new Printer().displayOrder(a, new String[a.size()]);
    }

    /** The display order, leaving the text of each term (printed by itself, as the order compares it) in texts. */
    private int[] displayOrder(Add a, String[] texts) {
        record Key(int degree, String text, int index) {}
        Key[] keys = new Key[a.size()];
        for (int i = 0; i < keys.length; i++) {
            // showing a million-term sum, or a matrix of a few thousand-term ones (adj of a 7×7: 0.6 s), takes long
            if ((i & 0x3FF) == 0) Interrupts.check();
            keys[i] = new Key(degree(a.term(i)), texts[i] = alone(a.term(i)), i);
        }
        // not Comparator.comparingInt(..).reversed().thenComparing(..): the JDK's serializable
        // lambdas there are not kept by the start-up cache and were made anew in every process
        Arrays.sort(keys, (p, q) -> p.degree != q.degree ? Integer.compare(q.degree, p.degree) : p.text.compareTo(q.text));
        int[] order = new int[keys.length];
        for (int i = 0; i < keys.length; i++) order[i] = keys[i].index;
        return order;
    }


    /** Prints {@code coef · e} where e is a product, a power or a single factor. */
    private void product(StringBuilder sb, Num coef, Expr e) {
        Fraction parts = Fraction.of(coef, e, this);
        coef = parts.coef();
        List<Expr> up = parts.up(), down = parts.down();
        if (coef.signum() < 0) { sb.append('-'); coef = coef.negate(); }
        boolean exactFraction = coef.isExact() && !coef.isInteger();
        String top = exactFraction ? coef.numerator().toString() : coef.text();
        String bottom = exactFraction ? coef.denominator().toString() : "1";
        boolean any = false;
        if (!top.equals("1") || up.isEmpty()) { sb.append(top); any = true; }
        for (int i = 0; i < up.size(); i++) {
            if (any) sb.append('*');
            factor(sb, up.get(i), parts.upText(i));
            any = true;
        }
        int denominators = down.size() + (bottom.equals("1") ? 0 : 1);
        if (denominators == 0) return;
        sb.append('/');
        if (denominators > 1) sb.append('(');
        any = false;
        if (!bottom.equals("1")) { sb.append(bottom); any = true; }
        for (int i = 0; i < down.size(); i++) {
            if (any) sb.append('*');
            factor(sb, down.get(i), parts.downText(i));
            any = true;
        }
        if (denominators > 1) sb.append(')');
    }


    /**
     * One factor of a product: a base, or a power with a positive or symbolic exponent. Its
     * text when printed alone, where known, is its text here for a symbol, a call or such a
     * power (printed alone it is the same product of one factor); a sum is parenthesised here.
     */
    private void factor(StringBuilder sb, Expr f, String alone) {
        if (alone != null && (f instanceof Sym || f instanceof Call || f instanceof Pow p && !p.exp().isOne() && !(p.exp() instanceof Num k && k.signum() < 0))) {
            sb.append(alone);
            return;
        }
        if (!(f instanceof Pow p)) { expr(sb, f, POWER); return; }
        if (isHalf(p.exp())) { sb.append("sqrt("); argument(sb, p.base()); sb.append(')'); return; }
        expr(sb, p.base(), ATOM);
        sb.append('^');
        expr(sb, p.exp(), ATOM);
    }

    private static boolean isHalf(Expr e) { return e instanceof Num n && n.equals(Num.HALF); }

    // ---- display order

    /** The degree the display order sorts by: the total of whole exponents, 1 for any other kernel. */
    static int degree(Expr e) {
        if (e instanceof Num) return 0;
        if (e instanceof Pow p) return powerDegree(p.base(), p.exp());
        if (e instanceof Mul m) {
            int d = 0;
            for (int i = 0; i < m.size(); i++) d += powerDegree(m.base(i), m.exp(i));
            return d;
        }
        if (e instanceof Add a) return a.degree();
        return 1;
    }

    /** Only a sum under a whole power is looked into, and its degree is kept in it: no deep recursion. */
    private static int powerDegree(Expr base, Expr exp) {
        if (exp.isOne()) return degree(base);
        return exp instanceof Num k && k.isInteger() ? k.numerator().intValue() * degree(base) : 1;
    }
}
