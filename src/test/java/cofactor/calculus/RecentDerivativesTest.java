package cofactor.calculus;

import static cofactor.expr.Expr.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import cofactor.Cofactor;
import cofactor.expr.Expr;
import cofactor.expr.Fn;
import cofactor.expr.Sym;
import cofactor.guard.Limits;
import cofactor.lang.MatrixValue;
import cofactor.lang.ScalarValue;
import cofactor.lang.Session;
import org.junit.jupiter.api.Test;

/** A session takes the first derivative of one bound value once, and only that one. */
class RecentDerivativesTest {
    static final Sym x = sym("x"), y = sym("y");

    /** x²·y·sin x, built anew on each call: equal, never the same object. */
    static Expr f() { return mul(pow(x, 2), mul(y, call(Fn.SIN, x))); }

    /** By hand: 2xy·sin x + x²y·cos x. */
    static Expr dfdx() { return add(mul(num(2), mul(x, mul(y, call(Fn.SIN, x)))), mul(pow(x, 2), mul(y, call(Fn.COS, x)))); }

    @Test void theSameExpressionIsDifferentiatedOnce() {
        RecentDerivatives recent = new RecentDerivatives();
        Expr e = f();
        Expr first = recent.of(e, x, Limits.DEFAULT);
        assertEquals(dfdx(), first);
        assertSame(first, recent.of(e, x, Limits.DEFAULT));
        assertSame(first, recent.of(e, Sym.of("x"), Limits.DEFAULT));
        assertEquals(mul(pow(x, 2), call(Fn.SIN, x)), recent.of(e, y, Limits.DEFAULT));
    }

    @Test void anEqualExpressionOrOtherLimitsAreDifferentiatedAnew() {
        RecentDerivatives recent = new RecentDerivatives();
        Expr first = recent.of(f(), x, Limits.DEFAULT);
        Expr again = recent.of(f(), x, Limits.DEFAULT);
        assertNotSame(first, again);
        assertEquals(first, again);
        Expr e = f();
        Expr before = recent.of(e, x, Limits.DEFAULT);
        assertNotSame(before, recent.of(e, x, Limits.DEFAULT.withMaxTerms(1000)));
    }

    @Test void onlyTheLatestSixteenAreKept() {
        RecentDerivatives recent = new RecentDerivatives();
        Expr e = f();
        Expr first = recent.of(e, x, Limits.DEFAULT);
        for (int k = 0; k < 16; k++) recent.of(add(f(), num(k)), x, Limits.DEFAULT);
        Expr again = recent.of(e, x, Limits.DEFAULT);
        assertNotSame(first, again);
        assertEquals(first, again);
    }

    @Test void gradAfterDTakesThePartialDAlreadyTook() {
        Cofactor cofactor = new Cofactor();
        cofactor.eval("D = det([[cos x, -sin x, x], [sin x, cos x, y], [x*y, 1, exp(y)]]); Dx = d(D, x); G = grad(D, [x, y])");
        Session session = cofactor.session();
        Expr dx = ((ScalarValue) session.lookup("Dx")).expr();
        Expr dy = ((MatrixValue) session.lookup("G")).matrix().get(1);
        assertSame(dx, ((MatrixValue) session.lookup("G")).matrix().get(0));
        Expr d = ((ScalarValue) session.lookup("D")).expr();
        assertEquals(Derivative.of(d, x, Limits.DEFAULT), dx);
        assertEquals(Derivative.of(d, y, Limits.DEFAULT), dy);
    }
}
