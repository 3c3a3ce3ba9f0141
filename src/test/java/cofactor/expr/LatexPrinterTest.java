package cofactor.expr;

import static cofactor.expr.Expr.*;
import static org.junit.jupiter.api.Assertions.assertEquals;

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
