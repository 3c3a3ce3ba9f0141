package cofactor.symja;

import static org.junit.jupiter.api.Assertions.assertTrue;

import cofactor.calculus.Derivative;
import cofactor.expr.Expr;
import cofactor.expr.Fn;
import cofactor.expr.Sym;
import cofactor.guard.Limits;
import cofactor.testing.DoubleEval;
import cofactor.testing.RandomExpr;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.matheclipse.core.expression.F;

/** Our derivatives against Symja's D, an independent implementation, compared numerically at a point. */
class SymjaOracleTest {
    static final Sym x = Expr.sym("x"), y = Expr.sym("y");

    @Test void derivativesAgreeWithSymja() throws Exception {
        long seed = 4242;
        List<Fn> fns = Arrays.stream(Fn.values()).filter(f -> f != Fn.ABS).toList(); // Symja leaves Abs' unevaluated
        RandomExpr gen = new RandomExpr(seed, List.of(x, y)).onlyFunctions(fns).exactNumbersOnly();
        Map<Sym, Double> at = Map.of(x, 0.37, y, 1.21);
        int compared = 0;
        for (int i = 0; i < 80; i++) {
            Expr e = gen.next(3);
            Expr ours;
            try {
                ours = Derivative.of(e, x, Limits.DEFAULT);
            } catch (cofactor.expr.MathError ex) { // e.g. (-2/3)^x, not a real function
                continue;
            }
            double expected;
            try {
                Expr theirs = SymjaBridge.run((c, ev) -> c.fromSymja(ev.eval(F.D(c.toSymja(e), c.symbol(x)))), 30);
                expected = DoubleEval.eval(theirs, at);
            } catch (java.util.concurrent.ExecutionException ex) {
                if (ex.getCause() instanceof Conversion.Unsupported) continue;
                throw ex;
            }
            double got = DoubleEval.eval(ours, at);
            if (!Double.isFinite(expected) || !Double.isFinite(DoubleEval.eval(e, at))) continue;
            assertTrue(DoubleEval.relativeError(expected, got) < 1e-8,
                    "seed " + seed + ", case " + i + ": d/dx " + e + "\n  ours " + ours + " = " + got + "\n  Symja's = " + expected);
            compared++;
        }
        assertTrue(compared >= 40, "only " + compared + " cases compared");
    }
}
