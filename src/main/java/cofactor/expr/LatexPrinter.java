package cofactor.expr;

import java.util.List;
import java.util.Map;

/**
 * Prints expressions as LaTeX: fractions as {@code \frac}, roots as {@code \sqrt},
 * functions in their forms from {@link Fn#latex()} ({@code \sin}, {@code e^{u}}), Greek
 * symbol names as Greek letters and trailing digits or {@code _parts} as subscripts.
 * Terms come in the same reading order as {@link Printer}.
 */
public final class LatexPrinter {
    private static final int SUM = 1, PRODUCT = 2, POWER = 4, ATOM = 5;

    private static final Map<Character, String> GREEK = Map.ofEntries(
            Map.entry('α', "alpha"), Map.entry('β', "beta"), Map.entry('γ', "gamma"), Map.entry('δ', "delta"),
            Map.entry('ε', "varepsilon"), Map.entry('ζ', "zeta"), Map.entry('η', "eta"), Map.entry('θ', "theta"),
            Map.entry('ι', "iota"), Map.entry('κ', "kappa"), Map.entry('λ', "lambda"), Map.entry('μ', "mu"),
            Map.entry('ν', "nu"), Map.entry('ξ', "xi"), Map.entry('π', "pi"), Map.entry('ρ', "rho"),
            Map.entry('σ', "sigma"), Map.entry('τ', "tau"), Map.entry('υ', "upsilon"), Map.entry('φ', "varphi"),
            Map.entry('χ', "chi"), Map.entry('ψ', "psi"), Map.entry('ω', "omega"), Map.entry('Γ', "Gamma"),
            Map.entry('Δ', "Delta"), Map.entry('Θ', "Theta"), Map.entry('Λ', "Lambda"), Map.entry('Ξ', "Xi"),
            Map.entry('Π', "Pi"), Map.entry('Σ', "Sigma"), Map.entry('Υ', "Upsilon"), Map.entry('Φ', "Phi"),
            Map.entry('Ψ', "Psi"), Map.entry('Ω', "Omega"));

    private static final List<String> GREEK_NAMES = List.of("alpha", "beta", "gamma", "delta", "epsilon", "zeta",
            "eta", "theta", "iota", "kappa", "lambda", "mu", "nu", "xi", "rho", "sigma", "tau", "upsilon", "phi",
            "chi", "psi", "omega", "Gamma", "Delta", "Theta", "Lambda", "Xi", "Pi", "Sigma", "Upsilon", "Phi", "Psi", "Omega");

    private LatexPrinter() {}

    public static String print(Expr e) {
        StringBuilder sb = new StringBuilder();
        expr(sb, e, 0);
        return sb.toString();
    }

    /** A matrix (row-major entries) as a {@code pmatrix}. */
    public static String matrix(int rows, int cols, List<Expr> rowMajor) {
        StringBuilder sb = new StringBuilder("\\begin{pmatrix}");
        for (int i = 0; i < rows; i++) {
            sb.append(i == 0 ? " " : " \\\\ ");
            for (int j = 0; j < cols; j++) {
                if (j > 0) sb.append(" & ");
                expr(sb, rowMajor.get(i * cols + j), 0);
            }
        }
        return sb.append(" \\end{pmatrix}").toString();
    }

    private static void expr(StringBuilder sb, Expr e, int context) {
        boolean parens = strength(e) < context;
        if (parens) sb.append("\\left(");
        switch (e.kind()) {
            case NUM -> number(sb, (Num) e);
            case SYM -> sb.append(symbol((Sym) e));
            case CALL -> call(sb, (Call) e);
            case ADD -> sum(sb, (Add) e);
            case POW, MUL -> product(sb, Num.ONE, e);
        }
        if (parens) sb.append("\\right)");
    }

    private static int strength(Expr e) {
        return switch (e.kind()) {
            case NUM -> ((Num) e).signum() < 0 ? SUM : ((Num) e).isExact() && !((Num) e).isInteger() ? PRODUCT : ATOM;
            case SYM, CALL -> ATOM;
            case ADD -> SUM;
            case POW -> {
                Pow p = (Pow) e;
                if (p.exp() instanceof Num k && k.signum() < 0) yield PRODUCT;
                yield isRoot(p.exp()) ? ATOM : POWER;
            }
            case MUL -> ((Mul) e).coef().signum() < 0 ? SUM : PRODUCT;
        };
    }

    private static void number(StringBuilder sb, Num n) {
        if (n.signum() < 0) { sb.append('-'); n = n.negate(); }
        if (n.isExact()) {
            if (n.isInteger()) sb.append(n.numerator());
            else sb.append("\\frac{").append(n.numerator()).append("}{").append(n.denominator()).append('}');
            return;
        }
        sb.append(decimal(n));
    }

    /** A double as printed, its exponent as a power of ten: 1.0E-5 is 1.0 \times 10^{-5} (an E would read as Euler's e). */
    private static String decimal(Num n) {
        String t = n.text();
        int e = t.indexOf('E');
        return e < 0 ? t : t.substring(0, e) + " \\times 10^{" + t.substring(e + 1) + "}";
    }

    static String symbol(Sym s) {
        if (s.kernel() != null) return s.kernel().latex();
        if (s == Sym.PI) return "\\pi";
        if (s == Sym.E) return "e";
        String name = s.name(), sub = null;
        int underscore = name.indexOf('_');
        if (underscore > 0) {
            sub = name.substring(underscore + 1).replace('_', ',');
            name = name.substring(0, underscore);
        } else {
            int d = name.length();
            while (d > 1 && Character.isDigit(name.charAt(d - 1))) d--;
            if (d < name.length()) { sub = name.substring(d); name = name.substring(0, d); }
        }
        String base = letters(name);
        return sub == null || sub.isEmpty() ? base : base + "_{" + letters(sub) + "}";
    }

    /** Greek letters as commands, a longer name upright-italic as one word, one letter as it is. */
    private static String letters(String name) {
        if (GREEK_NAMES.contains(name)) return "\\" + name;
        if (name.length() == 1 && GREEK.containsKey(name.charAt(0))) return "\\" + GREEK.get(name.charAt(0));
        StringBuilder sb = new StringBuilder();
        boolean plain = true;
        for (char c : name.toCharArray()) {
            if (GREEK.containsKey(c)) { sb.append('\\').append(GREEK.get(c)).append(' '); plain = false; }
            else sb.append(c);
        }
        String t = sb.toString().strip();
        boolean word = name.codePoints().filter(Character::isLetter).count() > 1;
        return plain && word ? "\\mathit{" + t + "}" : t;
    }

    /** f(u) in the table's LaTeX form: a command with its argument in parentheses, or a template around it. */
    private static void call(StringBuilder sb, Call c) {
        String latex = c.fn().latex();
        if (c.fn().latexIsCommand()) {
            sb.append(latex).append("\\left(");
            expr(sb, c.arg(), 0);
            sb.append("\\right)");
        } else {
            int hole = latex.indexOf('#');
            sb.append(latex, 0, hole);
            expr(sb, c.arg(), 0);
            sb.append(latex, hole + 1, latex.length());
        }
    }

    /** A template that brings its own delimiters (|u|) needs no parentheses as the base of a power. */
    private static boolean delimited(Fn fn) { return !fn.latexIsCommand() && fn.latex().startsWith("\\left"); }

    private static void sum(StringBuilder sb, Add a) {
        Fraction.sum(sb, a, Printer.displayOrder(a), (c, i) -> product(sb, c, a.term(i)), c -> number(sb, c));
    }


    /** coef · e for a product, power or single factor; factors with negative exponents go below a fraction bar. */
    private static void product(StringBuilder sb, Num coef, Expr e) {
        Fraction parts = Fraction.of(coef, e, new Printer());
        coef = parts.coef();
        List<Expr> up = parts.up(), down = parts.down();
        if (coef.signum() < 0) { sb.append('-'); coef = coef.negate(); }
        String top = coef.isExact() ? coef.numerator().toString() : null;
        String bottom = coef.isExact() ? coef.denominator().toString() : "1";
        if (down.isEmpty() && bottom.equals("1")) {
            factors(sb, coef.isExact() ? top : decimal(coef), up);
            return;
        }
        sb.append("\\frac{");
        factors(sb, top != null ? top : decimal(coef), up);
        sb.append("}{");
        factors(sb, bottom, down);
        sb.append('}');
    }

    /**
     * A number (omitted when 1 and there are factors) and the factors, juxtaposed; \cdot before
     * a leading digit. A lone factor that is no power is a whole part of a fraction, which the
     * bar delimits: \frac{a}{b + c}, no parentheses.
     */
    private static void factors(StringBuilder sb, String number, List<Expr> fs) {
        if (number.equals("1") && fs.size() == 1 && !(fs.get(0) instanceof Pow)) {
            expr(sb, fs.get(0), 0);
            return;
        }
        boolean any = false;
        if (!number.equals("1") || fs.isEmpty()) { sb.append(number); any = true; }
        for (Expr f : fs) {
            int mark = sb.length();
            factor(sb, f);
            if (any) sb.insert(mark, Character.isDigit(sb.charAt(mark)) ? " \\cdot " : " ");
            any = true;
        }
    }


    private static void factor(StringBuilder sb, Expr f) {
        if (!(f instanceof Pow p)) { expr(sb, f, PRODUCT + 1); return; }
        if (p.exp().equals(Num.HALF) && p.base() instanceof Sym s && s.kernel() != null && s.kernel().sqrtLatex() != null) {
            sb.append(s.kernel().sqrtLatex()); // a norm, not the root of a quadratic form
            return;
        }
        if (isRoot(p.exp())) {
            int q = ((Num) p.exp()).denominator().intValue();
            sb.append(q == 2 ? "\\sqrt{" : "\\sqrt[" + q + "]{");
            expr(sb, p.base(), 0);
            sb.append('}');
            return;
        }
        if (p.base() instanceof Call c && c.fn().latexIsCommand()
                && p.exp() instanceof Num k && k.isInteger() && k.signum() > 0) { // sin^{2}(x)
            sb.append(c.fn().latex()).append("^{").append(k.numerator()).append("}\\left(");
            expr(sb, c.arg(), 0);
            sb.append("\\right)");
            return;
        }
        boolean parens = !(p.base() instanceof Sym) && !(p.base() instanceof Num n && n.isInteger() && n.signum() > 0);
        if (p.base() instanceof Call c && delimited(c.fn())) parens = false;
        if (parens) sb.append("\\left(");
        expr(sb, p.base(), 0);
        if (parens) sb.append("\\right)");
        sb.append("^{");
        expr(sb, p.exp(), 0);
        sb.append('}');
    }

    /** An exponent 1/q for q ≥ 2 (a root). */
    private static boolean isRoot(Expr e) {
        return e instanceof Num n && n.isExact() && n.numerator().equals(java.math.BigInteger.ONE)
                && n.denominator().bitLength() < 16 && n.denominator().intValue() >= 2;
    }

}
