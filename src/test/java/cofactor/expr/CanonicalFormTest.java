package cofactor.expr;

import static cofactor.expr.Expr.*;
import static org.junit.jupiter.api.Assertions.*;

import org.junit.jupiter.api.Test;

class CanonicalFormTest {
    static final Sym x = sym("x"), y = sym("y");

    @Test void likeTermsCollect() {
        assertEquals(mul(num(2), x), add(x, x));
        assertEquals("2*x", add(x, x).toString());
        assertEquals(Num.ZERO, sub(x, x));
    }

    @Test void equalBasesCollect() {
        assertEquals(pow(x, 2), mul(x, x));
        assertEquals("x^2", mul(x, x).toString());
        assertEquals(Num.ONE, div(x, x));
    }

    @Test void rationalsStayExact() {
        assertEquals(rational(1, 2), add(rational(1, 3), rational(1, 6)));
        assertEquals("1/2", add(rational(1, 3), rational(1, 6)).toString());
        assertEquals(num(512), pow(num(2), pow(num(3), num(2))));
    }

    @Test void aDoubleMakesTheResultADouble() {
        assertEquals(real(0.5), add(rational(1, 4), real(0.25)));
    }

    @Test void numberTimesSumDistributes() {
        Expr s = add(x, y);
        assertEquals(Num.ZERO, sub(mul(num(2), s), add(mul(num(2), x), mul(num(2), y))));
    }

    /** An inexact zero constant, as 0.5·(x + y) makes of 0.5·0, is no constant: the printed x + 0.5*y + 0.5*z reads back equal. */
    @Test void anInexactZeroConstantIsDropped() {
        Sym z = sym("z");
        Expr s = add(x, mul(real(0.5), add(y, z)));
        assertEquals(add(java.util.List.of(x, mul(real(0.5), y), mul(real(0.5), z))), s);
        assertEquals(Num.ZERO, ((Add) s).constant());
        assertEquals(add(x, y), add(add(x, y), real(0.0)));
    }

    @Test void orderDoesNotMatter() {
        Expr a = add(java.util.List.of(x, mul(num(3), y), call(Fn.SIN, x), num(7)));
        Expr b = add(java.util.List.of(num(7), call(Fn.SIN, x), mul(y, num(3)), x));
        assertEquals(a, b);
        assertEquals(a.hashCode(), b.hashCode());
        assertEquals(a.toString(), b.toString());
    }

    @Test void printsLikeTheLanguage() {
        Expr det = sub(mul(x, call(Fn.SIN, x)), pow(x, 2));
        assertEquals("x*sin(x) - x^2", det.toString());
        assertEquals("1/x", pow(x, -1).toString());
        assertEquals("2*x/(3*y)", div(mul(num(2), x), mul(num(3), y)).toString());
        assertEquals("sqrt(x)", sqrt(x).toString());
        assertEquals("(x + 1)^2", pow(add(x, num(1)), 2).toString());
        assertEquals("-x^2", neg(pow(x, 2)).toString());
        assertEquals("x^(1/3)", pow(x, rational(1, 3)).toString());
        assertEquals("-sin(x)", call(Fn.SIN, neg(x)).toString());
    }

    @Test void exactRootsAndSpecialValues() {
        assertEquals(num(2), sqrt(num(4)));
        assertEquals(rational(4, 9), pow(rational(8, 27), rational(2, 3)));
        assertEquals(Num.ZERO, call(Fn.SIN, Sym.PI));
        assertEquals(Num.MINUS_ONE, call(Fn.COS, Sym.PI));
        assertEquals(Num.ONE, call(Fn.LOG, Sym.E));
        assertEquals(x, call(Fn.EXP, call(Fn.LOG, x)));
        assertEquals(call(Fn.COS, x), call(Fn.COS, neg(x)));
    }

    /** Roots of numbers: what can come out does (checked against the value in doubles too). */
    @Test void numericRootsComeOutOfTheRadical() {
        assertEquals("2*sqrt(2)", sqrt(num(8)).toString());
        assertEquals("2*sqrt(2)", pow(num(2), rational(3, 2)).toString());
        assertEquals("sqrt(2)/4", pow(num(8), rational(-1, 2)).toString());
        assertEquals("sqrt(2)/2", sqrt(rational(1, 2)).toString());
        assertEquals(num(4), mul(sqrt(num(8)), sqrt(num(2))));
        assertEquals(Num.ZERO, sub(div(sqrt(num(2)), num(2)), sqrt(rational(1, 2))));
        for (int n = 2; n < 200; n++) {
            for (Num e : new Num[] {Num.HALF, rational(1, 3), rational(5, 3), rational(-2, 3)}) {
                double want = Math.pow(n, e.doubleValue());
                double got = ((Num) Rewrite.numeric(pow(num(n), e))).doubleValue();
                assertEquals(want, got, 1e-12 * want, n + "^" + e);
            }
        }
    }

    @Test void doublesPrintSoTheyParseBack() {
        assertEquals("0.1", real(0.1).toString());
        assertEquals("2.0", real(2).toString());
    }

    /** The shortest text that reads back (Python's repr gives the same digits); Java 17's Double.toString does not always. */
    @Test void doublesPrintShortest() {
        assertEquals("1.0E23", real(1e23).toString());
        assertEquals("2.82879384806159E17", real(2.82879384806159E17).toString());
        assertEquals("5.0E-324", real(Double.MIN_VALUE).toString());
        assertEquals("0.30000000000000004", real(0.1 + 0.2).toString());
        assertEquals("9.007199254740992E15", real(9.007199254740993E15).toString());
        assertEquals("-0.001", real(-1e-3).toString());
        assertEquals("1234567.0", real(1234567).toString());
        assertEquals("1.0E7", real(1e7).toString());
        assertEquals("1.7976931348623157E308", real(Double.MAX_VALUE).toString());
        assertEquals("-2.5E-8", real(-2.5e-8).toString());
    }
}
