package cofactor.symja;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cofactor.expr.Expr;
import cofactor.expr.Sym;
import cofactor.testing.DoubleEval;
import cofactor.testing.RandomExpr;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Expr ⇄ IExpr on random expressions: exact without evaluation, numerically equal after Symja evaluates. */
class ConversionTest {
    /** Names that need mapping: Unicode, underscores, and names that mean something to Symja. */
    static final List<Sym> VARS = List.of(Expr.sym("θ"), Expr.sym("a_1"), Expr.sym("I"), Expr.sym("D"), Expr.sym("x"));

    static <T> T onSymja(SymjaBridge.Task<T> task) throws Exception { return SymjaBridge.run(task, 30); }

    @Test void roundTripIsExact() throws Exception {
        long seed = 77;
        RandomExpr gen = new RandomExpr(seed, VARS);
        List<Expr> es = new ArrayList<>();
        for (int i = 0; i < 300; i++) es.add(gen.next(4));
        List<Expr> back = onSymja((c, ev) -> es.stream().map(ConversionTest::roundTrip).toList());
        for (int i = 0; i < es.size(); i++) assertEquals(es.get(i), back.get(i), "seed " + seed + ", case " + i);
    }

    /** One exchange each: what comes back depends on the numbers that went over (see Conversion). */
    private static Expr roundTrip(Expr e) {
        Conversion c = new Conversion();
        return c.fromSymja(c.toSymja(e));
    }

    /** (Each function of the table round-trips in FunctionRulesTest.) */
    @Test void constantsSurvive() throws Exception {
        Expr e = Expr.add(List.of(Expr.pow(Sym.E, VARS.get(1)), Expr.real(0.25), Expr.sqrt(VARS.get(2))));
        assertEquals(e, onSymja((c, ev) -> c.fromSymja(c.toSymja(e))));
    }

    @Test void roundTripThroughSymjaEvaluationKeepsTheValue() throws Exception {
        long seed = 78;
        RandomExpr gen = new RandomExpr(seed, VARS);
        Map<Sym, Double> at = Map.of(VARS.get(0), 0.61, VARS.get(1), 1.37, VARS.get(2), 0.29, VARS.get(3), 0.83, VARS.get(4), 1.13);
        int compared = 0;
        for (int i = 0; i < 120; i++) {
            Expr e = gen.next(3);
            double v = DoubleEval.eval(e, at);
            if (!Double.isFinite(v)) continue;
            Expr back;
            try {
                back = onSymja((c, ev) -> c.fromSymja(ev.eval(c.toSymja(e))));
            } catch (java.util.concurrent.ExecutionException ex) {
                if (ex.getCause() instanceof Conversion.Unsupported) continue; // e.g. a complex result
                throw ex;
            }
            double w = DoubleEval.eval(back, at);
            assertTrue(DoubleEval.relativeError(v, w) < 1e-9, "seed " + seed + ", case " + i + ": " + e + " came back as " + back);
            compared++;
        }
        assertTrue(compared >= 60, "only " + compared + " cases compared");
    }
}
