package cofactor.calculus;

import static cofactor.expr.Expr.*;
import static org.junit.jupiter.api.Assertions.assertEquals;

import cofactor.expr.Expr;
import cofactor.expr.Fn;
import cofactor.expr.Sym;
import cofactor.guard.Limits;
import cofactor.testing.DoubleEval;
import java.util.Map;
import org.junit.jupiter.api.Test;

class HigherDerivativeTest {
    static final Sym x = sym("x"), y = sym("y");

    @Test void fourthDerivativeOfSineIsSine() {
        assertEquals(call(Fn.SIN, x), Derivative.of(call(Fn.SIN, x), x, 4, Limits.DEFAULT));
    }

    @Test void powersOfExponentials() {
        // d^n exp(2x) = 2^n exp(2x)
        Expr e = call(Fn.EXP, mul(num(2), x));
        assertEquals(mul(num(1024), e), Derivative.of(e, x, 10, Limits.DEFAULT));
    }

    @Test void polynomials() {
        assertEquals(mul(num(60), pow(x, 2)), Derivative.of(pow(x, 5), x, 3, Limits.DEFAULT));
        assertEquals(num(120), Derivative.of(pow(x, 5), x, 5, Limits.DEFAULT));
        assertEquals(num(0), Derivative.of(pow(x, 5), x, 6, Limits.DEFAULT));
        assertEquals(pow(x, 5), Derivative.of(pow(x, 5), x, 0, Limits.DEFAULT));
    }

    /** d x^k = k x^(k-1) for whole k of each sign and size (the power rule's k - 1 is taken apart from rational arithmetic), and fractions, by hand. */
    @Test void powersOfEveryExponent() {
        for (long k : new long[] {-(1L << 40), -(1L << 31), -5, -1, 2, 3, 256, 257, 1L << 30, (1L << 31) - 1, 1L << 31, 1L << 40}) {
            java.math.BigInteger big = java.math.BigInteger.valueOf(k);
            Expr byHand = mul(cofactor.expr.Num.of(big), pow(x, cofactor.expr.Num.of(big.subtract(java.math.BigInteger.ONE))));
            assertEquals(byHand, Derivative.of(pow(x, cofactor.expr.Num.of(big)), x, Limits.DEFAULT), "k = " + k);
        }
        assertEquals(mul(rational(5, 2), pow(x, rational(3, 2))), Derivative.of(pow(x, rational(5, 2)), x, Limits.DEFAULT));
        assertEquals(mul(rational(-1, 3), pow(x, rational(-4, 3))), Derivative.of(pow(x, rational(-1, 3)), x, Limits.DEFAULT));
    }

    @Test void xToTheX() {
        Expr xx = pow(x, x);
        // d x^x = x^x (log x + 1), by hand
        assertEquals(mul(xx, add(call(Fn.LOG, x), num(1))), Derivative.of(xx, x, Limits.DEFAULT));
        // d² x^x = x^x ((log x + 1)² + 1/x), by hand; compared numerically
        Expr second = Derivative.of(xx, x, 2, Limits.DEFAULT);
        for (double p : new double[] {0.3, 1.0, 2.5}) {
            double expected = Math.pow(p, p) * (Math.pow(Math.log(p) + 1, 2) + 1 / p);
            assertEquals(expected, DoubleEval.eval(second, Map.of(x, p)), 1e-12 * expected, "x = " + p);
        }
    }

    @Test void mixedPartialsCommute() {
        Expr f = mul(call(Fn.SIN, mul(x, y)), pow(x, y));
        Expr xy = Derivative.of(Derivative.of(f, x, Limits.DEFAULT), y, Limits.DEFAULT), yx = Derivative.of(Derivative.of(f, y, Limits.DEFAULT), x, Limits.DEFAULT);
        Map<Sym, Double> at = Map.of(x, 0.7, y, 1.3);
        assertEquals(DoubleEval.eval(xy, at), DoubleEval.eval(yx, at), 1e-12 * Math.abs(DoubleEval.eval(xy, at)));
    }

    /**
     * The 10th derivative of sin(sin(sin(sin x))) against Taylor-mode arithmetic on
     * doubles: for s = sin u, c = cos u the series coefficients obey
     * k s_k = Σ j u_j c_(k-j) and k c_k = −Σ j u_j s_(k-j), and f^(10)(a) = 10! f_10.
     */
    @Test void tenthDerivativeOfNestedSines() {
        Expr f = x;
        for (int i = 0; i < 4; i++) f = call(Fn.SIN, f);
        Expr d10 = Derivative.of(f, x, 10, Limits.DEFAULT);
        for (double a : new double[] {0.3, 1.1, -0.7}) {
            double[] u = new double[11];
            u[0] = a;
            u[1] = 1;
            for (int i = 0; i < 4; i++) u = sinSeries(u);
            double expected = u[10] * 3628800.0;
            double got = DoubleEval.eval(d10, Map.of(x, a));
            assertEquals(expected, got, 1e-9 * Math.max(1, Math.abs(expected)), "at x = " + a);
        }
    }

    private static double[] sinSeries(double[] u) {
        int n = u.length;
        double[] s = new double[n], c = new double[n];
        s[0] = Math.sin(u[0]);
        c[0] = Math.cos(u[0]);
        for (int k = 1; k < n; k++) {
            double ss = 0, cc = 0;
            for (int j = 1; j <= k; j++) {
                ss += j * u[j] * c[k - j];
                cc -= j * u[j] * s[k - j];
            }
            s[k] = ss / k;
            c[k] = cc / k;
        }
        return s;
    }

    @Test void repeatedDifferentiationSharesSubexpressions() {
        // memoized per node: the 10th derivative of the nested sines has about a thousand distinct nodes, not a tree of
        // tens of thousands of characters' worth of separately built parts
        Expr f = x;
        for (int i = 0; i < 4; i++) f = call(Fn.SIN, f);
        Expr d10 = Derivative.of(f, x, 10, Limits.DEFAULT);
        java.util.Set<Expr> distinct = new java.util.HashSet<>();
        java.util.Deque<Expr> todo = new java.util.ArrayDeque<>(java.util.List.of(d10));
        while (!todo.isEmpty()) {
            Expr e = todo.pop();
            if (distinct.add(e)) todo.addAll(e.args());
        }
        org.junit.jupiter.api.Assertions.assertTrue(distinct.size() < 2000, "distinct nodes: " + distinct.size());
    }

    @Test void deepExpressionsDoNotOverflowTheStack() {
        // f_k = sin(f_(k-1)) + x, 20 000 levels deep: f' = cos(f_(k-1)) f_(k-1)' + 1
        Expr f = x;
        for (int i = 0; i < 20_000; i++) f = add(call(Fn.SIN, f), x);
        Expr d = Derivative.of(f, x, Limits.DEFAULT);
        org.junit.jupiter.api.Assertions.assertFalse(d.isZero());
    }
}
