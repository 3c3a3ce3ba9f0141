package cofactor.calculus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cofactor.expr.Expr;
import cofactor.expr.Sym;
import cofactor.func.Fn;
import cofactor.testing.Numeric;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Every entry of the function table: its derivative rule, alone and through the chain rule, against finite differences. */
class FunctionRulesTest {
    static final Sym x = Expr.sym("x");
    static final double[] POINTS = {-2.3, -0.8, -0.3, 0.2, 0.45, 0.9, 1.7, 3.1};

    @ParameterizedTest @EnumSource(Fn.class)
    void ruleMatchesFiniteDifferences(Fn fn) {
        check(fn, Expr.call(fn, x));
    }

    @ParameterizedTest @EnumSource(Fn.class)
    void chainRuleMatchesFiniteDifferences(Fn fn) {
        // u = x^2/3 - x/2 stays inside (-1, 1) on small |x|, so asin/acos are tested too
        Expr u = Expr.sub(Expr.div(Expr.pow(x, 2), Expr.num(3)), Expr.div(x, Expr.num(2)));
        check(fn, Expr.call(fn, u));
    }

    private static void check(Fn fn, Expr f) {
        Expr d = Derivative.of(f, x);
        int checked = 0;
        for (double p : POINTS) {
            double value = Numeric.eval(f, Map.of(x, p));
            double expected = Numeric.derivative(t -> Numeric.eval(f, Map.of(x, t)), p);
            if (!Double.isFinite(value) || !Double.isFinite(expected)) continue; // outside the domain or at a kink
            double got = Numeric.eval(d, Map.of(x, p));
            assertEquals(expected, got, 1e-6 * Math.max(1, Math.abs(expected)), fn + ": d/dx " + f + " = " + d + " at x = " + p);
            checked++;
        }
        assertTrue(checked >= 3, fn + ": only " + checked + " points inside the domain");
    }
}
