package cofactor.expr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * tan, cot, sec and csc at every multiple of π/2: an error exactly where their denominator
 * (cos or sin, judged in doubles: below 1e-12) is 0, else their exact value, which the doubles confirm.
 */
class PolesTest {
    @ParameterizedTest @EnumSource(value = Fn.class, names = {"TAN", "COT", "SEC", "CSC"})
    void aPoleIsAnErrorAndEveryOtherMultipleOfHalfPiAValue(Fn fn) {
        for (int k = -8; k <= 8; k++) {
            double x = k * Math.PI / 2;
            double denominator = fn == Fn.TAN || fn == Fn.SEC ? Math.cos(x) : Math.sin(x);
            Expr arg = Expr.mul(Expr.rational(k, 2), Sym.PI);
            if (Math.abs(denominator) < 1e-12) {
                MathError e = assertThrows(MathError.class, () -> Expr.call(fn, arg), fn + "(" + arg + ")");
                assertEquals(fn.fnName(), e.function());
                assertEquals(arg + " is a pole (division by zero)", e.getMessage());
            } else {
                Expr v = Expr.call(fn, arg);
                assertTrue(v instanceof Num, fn + "(" + arg + ") = " + v + " is a number");
                assertEquals(fn.apply(x), ((Num) v).doubleValue(), 1e-12, fn + "(" + arg + ")");
            }
        }
    }
}
