package cofactor.series;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cofactor.expr.Expr;
import cofactor.expr.Fn;
import cofactor.expr.MathError;
import cofactor.expr.Num;
import cofactor.expr.Sym;
import cofactor.guard.Limits;
import org.junit.jupiter.api.Test;

class LimitTest {
    private static final Sym X = Sym.of("x");

    private static String limit(Expr e, Point p, int side) { return Limit.of(e, X, p, side, Limits.DEFAULT).toString(); }

    @Test
    void sinXOverXIsOne() {
        assertEquals("1", limit(Expr.div(Expr.call(Fn.SIN, X), X), Point.at(Num.ZERO), 0));
    }

    @Test
    void oneSidedInfiniteLimitsAndTheTwoSidesDiffering() {
        Expr e = Expr.pow(X, -1);
        assertEquals("inf", limit(e, Point.at(Num.ZERO), 1));
        assertEquals("-inf", limit(e, Point.at(Num.ZERO), -1));
        MathError both = assertThrows(MathError.class, () -> limit(e, Point.at(Num.ZERO), 0));
        assertEquals("the limit from the left is -inf and from the right is inf: there is no two-sided limit at x = 0 (give dir = \"+\" or \"-\")", both.getMessage());
    }

    @Test
    void logarithmsLoseToPowers() {
        // x^2 log(x)^3 → 0 and log(x)/x → -inf from the right: log t is slower than any power of t
        Expr log = Expr.call(Fn.LOG, X);
        assertEquals("0", limit(Expr.mul(Expr.pow(X, 2), Expr.pow(log, 3)), Point.at(Num.ZERO), 1));
        assertEquals("-inf", limit(Expr.div(log, X), Point.at(Num.ZERO), 1));
        assertEquals("inf", limit(Expr.pow(log, 2), Point.at(Num.ZERO), 1));
    }

    @Test
    void aSideOnWhichTheExpressionIsUndefinedIsNamed() {
        MathError e = assertThrows(MathError.class, () -> limit(Expr.mul(X, Expr.call(Fn.LOG, X)), Point.at(Num.ZERO), 0));
        assertTrue(e.getMessage().startsWith("from the left of x = 0: ") && e.getMessage().endsWith("from the right (dir = \"+\") the limit is 0"), e.getMessage());
    }

    @Test
    void atInfinityThroughOneOverT() {
        // (1 + 1/x)^x → E; x^3 exp(-x) → 0 (exp(-1/t) is 0 to every order); sqrt(x^2 + x) - x → 1/2
        Expr e = Expr.pow(Expr.add(Num.ONE, Expr.pow(X, -1)), X);
        assertEquals("E", limit(e, Point.infinity(1), 0));
        assertEquals("0", limit(Expr.mul(Expr.pow(X, 3), Expr.call(Fn.EXP, Expr.neg(X))), Point.infinity(1), 0));
        assertEquals("1/2", limit(Expr.sub(Expr.sqrt(Expr.add(Expr.pow(X, 2), X)), X), Point.infinity(1), 0));
        assertEquals("-inf", limit(Expr.pow(X, 3), Point.infinity(-1), 0));
        assertThrows(MathError.class, () -> limit(Expr.call(Fn.SIN, X), Point.infinity(1), 0));
    }

    @Test
    void aFractionalPowerIsMetBySubstitutingAPowerOfT() {
        // (sqrt(x) - x)/sqrt(x) → 1 from the right, through x = t^2
        Expr r = Expr.sqrt(X);
        assertEquals("1", limit(Expr.div(Expr.sub(r, X), r), Point.at(Num.ZERO), 1));
        assertEquals("0", limit(Expr.pow(X, Expr.rational(2, 3)), Point.at(Num.ZERO), 1));
    }
}
