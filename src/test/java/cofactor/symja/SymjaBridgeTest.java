package cofactor.symja;

import static cofactor.expr.Expr.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import cofactor.expr.Expr;
import cofactor.expr.Fn;
import cofactor.expr.Sym;
import java.util.List;
import org.junit.jupiter.api.Test;

class SymjaBridgeTest {
    static final Sym x = sym("x"), y = sym("y"), z = sym("z"), w = sym("w");

    @Test void pythagoras() {
        SymjaBridge.Outcome o = SymjaBridge.simplify(add(pow(call(Fn.SIN, x), 2), pow(call(Fn.COS, x), 2)), 30);
        assertEquals(num(1), o.value());
        assertNull(o.warning());
    }

    @Test void rationalFunctions() {
        // (x^2 - 1)/(x - 1) = x + 1
        assertEquals(add(x, num(1)), SymjaBridge.simplify(div(sub(pow(x, 2), num(1)), sub(x, num(1))), 30).value());
        // 1/(x+1) + 1/(x-1) = 2x/(x^2 - 1): compare numerically (the form is Symja's choice)
        Expr s = SymjaBridge.simplify(add(pow(add(x, num(1)), -1), pow(sub(x, num(1)), -1)), 30).value();
        double v = cofactor.testing.DoubleEval.eval(s, java.util.Map.of(x, 0.3));
        assertEquals(2 * 0.3 / (0.09 - 1), v, 1e-12);
    }

    /** sec^2 - tan^2 = (1 - sin^2)/cos^2 = 1 and csc^2 - cot^2 = (1 - cos^2)/sin^2 = 1, which Symja's Simplify leaves. */
    @Test void reciprocalPythagoras() {
        assertEquals(num(1), SymjaBridge.simplify(sub(pow(call(Fn.SEC, x), 2), pow(call(Fn.TAN, x), 2)), 30).value());
        assertEquals(num(1), SymjaBridge.simplify(sub(pow(call(Fn.CSC, x), 2), pow(call(Fn.COT, x), 2)), 30).value());
    }

    /** 1/(x - 1) - 1/(x + 1) = ((x + 1) - (x - 1))/((x - 1)(x + 1)) = 2/(x^2 - 1), the denominator multiplied out. */
    @Test void aDifferenceOfReciprocalsOverOneDenominator() {
        Expr e = sub(pow(sub(x, num(1)), -1), pow(add(x, num(1)), -1));
        assertEquals(div(num(2), sub(pow(x, 2), num(1))), SymjaBridge.simplify(e, 30).value());
        assertEquals("2/(x^2 - 1)", SymjaBridge.simplify(e, 30).value().toString());
    }

    @Test void symbolNamesSurvive() {
        Sym theta = sym("θ"), under = sym("r_0");
        Expr e = add(mul(under, pow(call(Fn.SIN, theta), 2)), mul(under, pow(call(Fn.COS, theta), 2)));
        assertEquals(under, SymjaBridge.simplify(e, 30).value());
    }

    @Test void factorsADifferenceOfSquares() {
        assertEquals(mul(sub(x, num(1)), add(x, num(1))), SymjaBridge.factor(sub(pow(x, 2), num(1)), 30).value());
    }

    /** The caller gets the input back with a warning instead of waiting for the factorisation, and the next call is served. */
    @Test void aCallThatWouldHangIsCutOffAndTheBridgeRecovers() {
        SymjaBridge.simplify(add(x, y), 30); // start Symja first, so the short timeout below cuts the work, not the start-up
        Expr heavy = add(pow(add(List.of(x, y, z, w, num(1))), 25), num(1));
        SymjaBridge.Outcome o = SymjaBridge.factor(heavy, 0.2);
        assertEquals(heavy, o.value());
        assertEquals("factor: timed out after 0.2 s; result left unfactored", o.warning());
        assertEquals(num(1), SymjaBridge.simplify(add(pow(call(Fn.SIN, x), 2), pow(call(Fn.COS, x), 2)), 30).value());
    }

    @Test void timeoutsPrintPlainly() {
        assertEquals("5 s", SymjaBridge.seconds(5));
        assertEquals("0.05 s", SymjaBridge.seconds(0.05));
    }
}
