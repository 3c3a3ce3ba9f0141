package cofactor.poly;

import static cofactor.expr.Expr.*;
import static org.junit.jupiter.api.Assertions.*;

import cofactor.expr.Expr;
import cofactor.expr.Sym;
import cofactor.guard.Limits;
import org.junit.jupiter.api.Test;

class TogetherTest {
    static final Sym a = sym("a"), b = sym("b"), c = sym("c"), d = sym("d"), x = sym("x");

    @Test void termsOverTheSameDenominatorAddAndCancel() {
        Expr det = sub(mul(a, d), mul(b, c));
        Expr over = pow(det, -1);
        // a·d/(ad − bc) − b·c/(ad − bc) = 1: the (1, 1) entry of inv(A)·A
        assertEquals(num(1), Together.of(sub(mul(List(a, d, over)), mul(List(b, c, over))), Limits.DEFAULT));
        // a/(ad − bc) · x − ... that does not cancel stays one fraction: (a x − b)/(ad − bc)
        assertEquals(mul(sub(mul(a, x), b), over), Together.of(sub(mul(List(a, x, over)), mul(b, over)), Limits.DEFAULT));
        // (x² − 1)/(x − 1)² over x − 1 twice: x + 1 over x − 1 once
        Expr xm1 = sub(x, num(1));
        assertEquals(mul(add(x, num(1)), pow(xm1, -1)), Together.of(sub(mul(pow(x, 2), pow(xm1, -2)), pow(xm1, -2)), Limits.DEFAULT));
    }

    @Test void monomialDenominatorsAddWhenTheyCancel() {
        Sym y = sym("y");
        // y²/x³ − (y² − x³)/x³ = 1; and y/x + 1 − (x + y)/x = 0 (the 1 has no denominator)
        assertEquals(num(1), Together.of(sub(mul(pow(y, 2), pow(x, -3)), mul(sub(pow(y, 2), pow(x, 3)), pow(x, -3))), Limits.DEFAULT));
        assertEquals(num(0), Together.of(add(List(mul(y, pow(x, -1)), num(1), mul(List(num(-1), add(x, y), pow(x, -1))))), Limits.DEFAULT));
        // nothing cancels in a + b/x: it stays as it is, not (a x + b)/x
        Expr e = add(a, mul(b, pow(x, -1)));
        assertSame(e, Together.of(e, Limits.DEFAULT));
    }

    @Test void powersOfOneSumMeetAtTheHighest() {
        Expr s = sub(pow(x, 2), num(1));
        // x³/(x² − 1)² − x/(x² − 1) = (x³ − x(x² − 1))/(x² − 1)² = x/(x² − 1)², by hand
        assertEquals(mul(x, pow(s, -2)), Together.of(sub(mul(pow(x, 3), pow(s, -2)), mul(x, pow(s, -1))), Limits.DEFAULT));
    }

    @Test void otherSumsStayAsTheyAre() {
        Expr e = add(mul(a, pow(add(x, num(1)), -1)), mul(b, pow(add(x, num(2)), -1))); // different denominators
        assertSame(e, Together.of(e, Limits.DEFAULT));
        Expr polynomial = add(mul(a, b), c);
        assertSame(polynomial, Together.of(polynomial, Limits.DEFAULT));
    }

    private static java.util.List<Expr> List(Expr... e) { return java.util.List.of(e); }
}
