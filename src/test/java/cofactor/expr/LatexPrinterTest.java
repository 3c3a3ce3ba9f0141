package cofactor.expr;

import static cofactor.expr.Expr.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import org.junit.jupiter.api.Test;

class LatexPrinterTest {
    static final Sym x = sym("x"), y = sym("y");

    static String tex(Expr e) { return LatexPrinter.print(e); }

    @Test void numbers() {
        assertEquals("\\frac{1}{3}", tex(rational(1, 3)));
        assertEquals("-\\frac{2}{3}", tex(rational(-2, 3)));
        assertEquals("2.5", tex(real(2.5)));
        assertEquals("1.0 \\times 10^{-5}", tex(real(1e-5)));
    }

    /** A double's exponent is a power of ten wherever the double stands: an E would read as Euler's e. */
    @Test void doublesInProductsAndFractions() {
        assertEquals("1.0 \\times 10^{-5} x", tex(mul(real(1e-5), x)));
        assertEquals("-2.5 \\times 10^{20} x^{2}", tex(mul(real(-2.5e20), pow(x, 2))));
        assertEquals("\\frac{2.5 \\times 10^{-7} x}{y + 1}", tex(div(mul(real(2.5e-7), x), add(y, num(1)))));
        assertEquals("0.5 x", tex(mul(real(0.5), x)));
    }

    /** A lone factor above or below the bar needs no parentheses: the bar groups it. */
    @Test void fractionPartsAreNotParenthesised() {
        Sym a = sym("a"), b = sym("b"), c = sym("c");
        assertEquals("\\frac{a}{b + c}", tex(div(a, add(b, c))));
        assertEquals("\\frac{x + 1}{x - 1}", tex(div(add(x, num(1)), sub(x, num(1)))));
        assertEquals("-\\frac{1}{x + 1}", tex(neg(pow(add(x, num(1)), -1))));
        // a power or a product keeps them where they bind
        assertEquals("\\frac{1}{\\left(x + 1\\right)^{2}}", tex(pow(add(x, num(1)), -2)));
        assertEquals("\\frac{2}{3 \\left(x + 1\\right)}", tex(div(num(2), mul(num(3), add(x, num(1))))));
    }

    /**
     * On random expressions, no part of a fraction is one parenthesised group as a whole
     * (\frac{...}{\left(b + c\right)}), and every \left( has its \right).
     */
    @org.junit.jupiter.params.ParameterizedTest(name = "seed {0}")
    @org.junit.jupiter.params.provider.ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8})
    void noFractionPartIsWhollyParenthesised(long seed) {
        cofactor.testing.RandomExpr gen = new cofactor.testing.RandomExpr(seed, List.of(x, y));
        for (int i = 0; i < 200; i++) {
            String t = tex(gen.next(4));
            assertEquals(count(t, "\\left"), count(t, "\\right"), t);
            for (int at = t.indexOf("\\frac{"); at >= 0; at = t.indexOf("\\frac{", at + 1)) {
                int open = at + "\\frac".length();
                for (int part = 0; part < 2; part++) {
                    int close = matching(t, open);
                    String inside = t.substring(open + 1, close);
                    assertFalse(inside.startsWith("\\left(") && matchingRight(inside) == inside.length() - "\\right)".length(),
                            "seed " + seed + ": " + t);
                    open = close + 1;
                }
            }
        }
    }

    private static int count(String s, String what) { return s.split(java.util.regex.Pattern.quote(what), -1).length - 1; }

    /** The index of the brace closing the one at open. */
    private static int matching(String s, int open) {
        int depth = 0;
        for (int i = open; ; i++) {
            if (s.charAt(i) == '{') depth++;
            else if (s.charAt(i) == '}' && --depth == 0) return i;
        }
    }

    /** Where the \right) closing the \left( that s starts with begins. */
    private static int matchingRight(String s) {
        int depth = 0;
        for (int i = 0; i < s.length(); i++) {
            if (s.startsWith("\\left", i)) depth++;
            else if (s.startsWith("\\right", i) && --depth == 0) return i;
        }
        return -1;
    }

    @Test void fractionsAndPowers() {
        assertEquals("\\frac{x^{2}}{3}", tex(div(pow(x, 2), num(3))));
        assertEquals("\\frac{1}{x y}", tex(div(num(1), mul(x, y))));
        assertEquals("-\\frac{2 x}{y^{2}}", tex(div(mul(num(-2), x), pow(y, 2))));
        assertEquals("x^{y}", tex(pow(x, y)));
        assertEquals("x^{\\frac{3}{2}}", tex(pow(x, rational(3, 2))));
        assertEquals("\\left(x + 1\\right)^{3}", tex(pow(add(x, num(1)), 3)));
        assertEquals("2 \\left(x + 1\\right)^{3}", tex(mul(num(2), pow(add(x, num(1)), 3))));
    }

    @Test void roots() {
        assertEquals("\\sqrt{x + 1}", tex(sqrt(add(x, num(1)))));
        assertEquals("\\sqrt[3]{x}", tex(pow(x, rational(1, 3))));
        assertEquals("\\frac{1}{\\sqrt{x}}", tex(pow(x, rational(-1, 2))));
        assertEquals("2 \\cdot 3^{x}", tex(mul(num(2), pow(num(3), x))));
    }

    @Test void functions() {
        assertEquals("\\sin\\left(x\\right)", tex(call(Fn.SIN, x)));
        assertEquals("\\cos^{2}\\left(x\\right)", tex(pow(call(Fn.COS, x), 2)));
        assertEquals("e^{-x}", tex(call(Fn.EXP, neg(x))));
        assertEquals("\\left|x - 1\\right|", tex(call(Fn.ABS, sub(x, num(1)))));
        assertEquals("\\arctan\\left(x\\right)", tex(call(Fn.ATAN, x)));
        assertEquals("x \\cos\\left(x\\right) + \\sin\\left(x\\right) - 2 x",
                tex(add(List.of(call(Fn.SIN, x), mul(x, call(Fn.COS, x)), mul(num(-2), x)))));
    }

    @Test void symbols() {
        assertEquals("\\theta", tex(sym("θ")));
        assertEquals("\\theta", tex(sym("theta")));
        assertEquals("\\pi", tex(Sym.PI));
        assertEquals("e", tex(Sym.E));
        assertEquals("a_{11}", tex(sym("a11")));
        assertEquals("a_{1,2}", tex(sym("a_1_2")));
        assertEquals("\\mathit{rate}", tex(sym("rate")));
    }

    @Test void matrices() {
        assertEquals("\\begin{pmatrix} 1 & x \\\\ y & \\frac{1}{2} \\end{pmatrix}",
                LatexPrinter.matrix(2, 2, List.of(num(1), x, y, rational(1, 2))));
    }
}
