package cofactor.poly;

import static cofactor.expr.Expr.*;
import static org.junit.jupiter.api.Assertions.*;

import cofactor.Cofactor;
import cofactor.expr.Expr;
import cofactor.expr.Fn;
import cofactor.expr.Sym;
import cofactor.guard.Limits;
import org.junit.jupiter.api.Test;

/** together: one fraction p/q in lowest terms, p and q expanded, q's leading coefficient positive. */
class TogetherTest {
    static final Sym a = sym("a"), b = sym("b"), c = sym("c"), d = sym("d"), x = sym("x"), y = sym("y");

    static Expr together(Expr e) { return Together.of(e, Limits.DEFAULT); }

    static String together(String source) { return new Cofactor().eval("together(" + source + ")").show(); }

    @Test void theIssuesExamples() {
        assertEquals("(x + y)/(x*y)", together("1/x + 1/y"));
        // x/(x² − 1) − 1/(x² − 1) = (x − 1)/((x − 1)(x + 1))
        assertEquals("1/(x + 1)", together("x/(x^2 - 1) - 1/(x^2 - 1)"));
    }

    @Test void termsOverTheSameDenominatorAddAndCancel() {
        Expr det = sub(mul(a, d), mul(b, c));
        Expr over = pow(det, -1);
        // a·d/(ad − bc) − b·c/(ad − bc) = 1: the (1, 1) entry of inv(A)·A
        assertEquals(num(1), together(sub(mul(List(a, d, over)), mul(List(b, c, over)))));
        assertEquals(mul(sub(mul(a, x), b), over), together(sub(mul(List(a, x, over)), mul(b, over))));
        // (x² − 1)/(x − 1)²: x + 1 over x − 1 once
        Expr xm1 = sub(x, num(1));
        assertEquals(mul(add(x, num(1)), pow(xm1, -1)), together(sub(mul(pow(x, 2), pow(xm1, -2)), pow(xm1, -2))));
    }

    @Test void sumsOverDifferentDenominatorsBecomeOneFraction() {
        // a + b/x = (a x + b)/x; a/(x + 1) + b/(x + 2) = (a(x + 2) + b(x + 1))/((x + 1)(x + 2)), expanded by hand
        assertEquals("(a*x + b)/x", together("a + b/x"));
        assertEquals("(a*x + b*x + 2*a + b)/(x^2 + 3*x + 2)", together("a/(x + 1) + b/(x + 2)"));
        // 1/(2x + 2) + 1/(3x + 3) = (3 + 2)/(6(x + 1)): the contents' gcd as well as the polynomial's
        assertEquals("5/(6*(x + 1))", together("1/(2*x + 2) + 1/(3*x + 3)"));
    }

    @Test void commonFactorsOfSeveralVariablesCancel() {
        // (x² − y²)/(x² + 2xy + y²) = (x − y)(x + y)/(x + y)²
        assertEquals("(x - y)/(x + y)", together("(x^2 - y^2)/(x^2 + 2*x*y + y^2)"));
        assertEquals("0", together("1/(x - y) + 1/(y - x)"));
        // the denominator's leading coefficient is made positive: 1/(1 − x) = −1/(x − 1)
        assertEquals("-1/(x - 1)", together("1/(1 - x)"));
        // kernels cancel like symbols: sin(x)/(sin(x)² − 1) + 1/(sin(x) + 1) = (2 sin(x) − 1)/(sin(x)² − 1)
        assertEquals("(2*sin(x) - 1)/(sin(x)^2 - 1)", together("sin(x)/(sin(x)^2 - 1) + 1/(sin(x) + 1)"));
    }

    @Test void doublesAreExactUntilTheEndAndStayInsideKernels() {
        assertEquals("(x + 0.5*y)/(x*y)", together("0.5/x + 1/y"));
        // 0.1 inside sin is part of a kernel, not a coefficient: it prints as it was
        assertEquals("(y*sin(0.1*x) + x)/(x*y)", together("sin(0.1*x)/x + 1/y"));
        // the exact sum of the binary values of 0.1 and 0.2, rounded once: as the double sum 0.1 + 0.2
        assertEquals(div(real(0.1 + 0.2), x), together(add(div(real(0.1), x), div(real(0.2), x))));
    }

    @Test void theBuiltinExpandsPolynomials() {
        // the normal form of a polynomial is its expanded form: (x + 1)² − x² − 2x − 1 is 0
        assertEquals("0", together("(x + 1)^2 - x^2 - 2*x - 1"));
        assertEquals(new Cofactor().eval("expand((x + y)^2)").show(), together("(x + y)^2"));
    }

    @Test void denominatorsInsideKernelsAreNotDenominators() {
        Expr kernels = add(call(Fn.SIN, div(num(1), x)), pow(x, rational(-1, 2)));
        assertFalse(RationalForm.hasDenominator(kernels));
        assertEquals(kernels, together(kernels));
    }

    @Test void tooLargeIsLeftAsItWas() {
        // for matrix results: (1/x + 1/y + ...)^40 over 8 symbols would pass 100 000 terms: left as it was, never refused
        Expr sum = num(0);
        for (String s : new String[] {"p", "q", "r", "s", "t", "u", "v", "w"}) sum = add(sum, pow(sym(s), -1));
        Expr big = pow(sum, 40);
        assertSame(big, together(big));
    }

    private static java.util.List<Expr> List(Expr... e) { return java.util.List.of(e); }
}
