package cofactor.expr;

import static org.junit.jupiter.api.Assertions.assertTrue;

import cofactor.testing.RandomExprs;
import java.util.Map;
import java.util.Random;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Canonicalisation must not change values: a random expression, built through the
 * factories, evaluates at a random point to what Java's Math computed while it was built.
 */
class NumericEvaluationPropertyTest {
    static LongStream seeds() { return LongStream.range(0, 1000).map(i -> 0x5EED0000L + i); }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void canonicalFormKeepsTheValue(long seed) {
        Random r = new Random(seed);
        Map<Sym, Double> point = RandomExprs.randomPoint(r);
        RandomExprs.Sample s = new RandomExprs(seed, point).next(4);
        if (!Double.isFinite(s.value()) || Math.abs(s.value()) > 1e8) return;
        Map<Sym, Expr> values = new java.util.HashMap<>();
        point.forEach((k, v) -> values.put(k, Num.real(v)));
        Expr numeric = Rewrite.numeric(Rewrite.subs(s.expr(), values));
        assertTrue(numeric instanceof Num, "seed " + seed + ": " + s.expr() + " did not evaluate to a number: " + numeric);
        double got = ((Num) numeric).doubleValue();
        double tol = 1e-8 * Math.max(1, Math.abs(s.value()));
        assertTrue(Math.abs(got - s.value()) <= tol,
                "seed " + seed + ": " + s.expr() + " at " + point + " gave " + got + ", Math gave " + s.value());
    }
}
