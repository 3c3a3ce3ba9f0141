package cofactor.calculus;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import cofactor.expr.Expr;
import cofactor.expr.Sym;
import cofactor.guard.Limits;
import cofactor.testing.DoubleEval;
import cofactor.testing.RandomExpr;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Derivatives of random expression trees agree with central finite differences (JAX's check_grads, seeded). */
class DerivativeFiniteDifferenceTest {
    static final Sym x = Expr.sym("x"), y = Expr.sym("y");
    static final int CASES = 1000;

    @Test void randomTreesMatchFiniteDifferences() {
        long seed = 20240611L;
        RandomExpr gen = new RandomExpr(seed, List.of(x, y));
        Random points = new Random(seed + 1);
        int compared = 0, attempts = 0;
        while (compared < CASES) {
            attempts++;
            if (attempts > 6 * CASES) fail("only " + compared + " of " + attempts + " cases were smooth at their point (seed " + seed + ")");
            Expr e = gen.next(4);
            Sym v = points.nextBoolean() ? x : y;
            Map<Sym, Double> at = new HashMap<>();
            at.put(x, 0.1 + 1.9 * points.nextDouble() * (points.nextInt(4) == 0 ? -1 : 1));
            at.put(y, 0.1 + 1.9 * points.nextDouble());
            double f = DoubleEval.eval(e, at);
            if (!Double.isFinite(f) || Math.abs(f) > 1e8) continue;
            double expected = DoubleEval.derivative(t -> {
                Map<Sym, Double> moved = new HashMap<>(at);
                moved.put(v, t);
                return DoubleEval.eval(e, moved);
            }, at.get(v));
            if (!Double.isFinite(expected) || Math.abs(expected) > 1e8) continue; // not smooth here: skip the point
            Expr d;
            try {
                d = Derivative.of(e, v, Limits.DEFAULT);
            } catch (cofactor.expr.MathError ex) {
                throw new AssertionError("seed " + seed + ": d/d" + v + " of " + e + " failed although e is finite at " + at, ex);
            }
            double got = DoubleEval.eval(d, at);
            double err = Math.abs(got - expected) / Math.max(1, Math.max(Math.abs(expected), Math.abs(f)));
            if (!(err < 1e-5)) {
                fail("seed " + seed + ", case " + attempts + ": d/d" + v + " of " + e + " at " + at + "\n  ours " + d + " = " + got
                        + "\n  finite differences " + expected);
            }
            compared++;
        }
        assertTrue(compared >= CASES);
    }
}
