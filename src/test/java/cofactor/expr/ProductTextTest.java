package cofactor.expr;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A product writes the text its factors were put in reading order by, where it prints such a
 * factor alone exactly as within the product: each kind of factor, beside two others so that
 * the order is found by printing, against its text written out by hand.
 */
class ProductTextTest {
    private static final Sym X = Sym.of("x"), Y = Sym.of("y"), A = Sym.of("a");

    record Case(Expr product, String text) {
        @Override public String toString() { return text; }
    }

    static List<Case> cases() {
        Expr sinX = Expr.call(Fn.SIN, X), expMinusY = Expr.call(Fn.EXP, Expr.neg(Y)), logXY = Expr.call(Fn.LOG, Expr.mul(X, Y));
        Expr xPlusOne = Expr.add(X, Num.ONE), aPlusX = Expr.add(A, X);
        return List.of(
                // above the bar: symbols by name, then roots of numbers, then calls, then sums
                new Case(times(sinX), "x*y*sin(x)"),
                new Case(times(expMinusY), "x*y*exp(-y)"),
                new Case(times(Expr.pow(sinX, Num.of(3))), "x*y*sin(x)^3"),
                new Case(times(Expr.pow(X, Num.of(2))), "x^3*y"),
                new Case(times(Expr.sqrt(Num.of(2))), "x*y*sqrt(2)"),
                new Case(times(Expr.sqrt(xPlusOne)), "x*y*sqrt(x + 1)"),
                new Case(times(Expr.pow(A, X)), "a^x*x*y"),
                new Case(times(Expr.pow(sinX, xPlusOne)), "x*y*sin(x)^(x + 1)"),
                new Case(times(Expr.pow(aPlusX, Num.of(2))), "x*y*(a + x)^2"),
                new Case(times(aPlusX), "x*y*(a + x)"),
                new Case(times(Expr.pow(A, Num.real(-1.0))), "a^(-1.0)*x*y"),
                new Case(times(logXY), "x*y*log(x*y)"),
                new Case(times(Expr.mul(sinX, expMinusY)), "x*y*exp(-y)*sin(x)"),
                // below it
                new Case(Expr.pow(times(Expr.pow(sinX, Num.of(2))), Num.MINUS_ONE), "1/(x*y*sin(x)^2)"),
                new Case(Expr.pow(times(Expr.sqrt(xPlusOne)), Num.MINUS_ONE), "1/(x*y*sqrt(x + 1))"),
                new Case(Expr.pow(times(Expr.pow(aPlusX, Num.of(2))), Num.MINUS_ONE), "1/(x*y*(a + x)^2)"),
                new Case(Expr.pow(times(logXY), Num.MINUS_ONE), "1/(x*y*log(x*y))"),
                new Case(Expr.mul(List.of(X, Expr.pow(Expr.mul(List.of(Y, sinX, Expr.call(Fn.COS, X))), Num.MINUS_ONE))), "x/(y*cos(x)*sin(x))"));
    }

    private static Expr times(Expr f) { return Expr.mul(List.of(X, Y, f)); }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void eachFactorAsWrittenByHand(Case c) {
        assertEquals(c.text, c.product.toString());
    }
}
