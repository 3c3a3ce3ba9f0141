package cofactor.expr;

import static org.junit.jupiter.api.Assertions.assertTrue;

import cofactor.testing.RandomExpr;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Canonicalisation must not change values: a random expression, built through the
 * factories, evaluates at a random point to what Java's Math computed while it was built,
 * both substituted and folded and read off the tree in doubles ({@link DoubleAtPoints}).
 */
class NumericEvaluationPropertyTest {
    static LongStream seeds() { return LongStream.range(0, 1000).map(i -> 0x5EED0000L + i); }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void canonicalFormKeepsTheValue(long seed) {
        RandomExpr gen = new RandomExpr(seed, RandomExpr.XYZ);
        Map<Sym, Num> point = gen.point(0.3, 1.8);
        RandomExpr.Sample s = gen.definedAt(point).sample(4);
        Map<Sym, Expr> values = new HashMap<>();
        point.forEach((k, v) -> values.put(k, Num.real(v.doubleValue())));
        Expr numeric = Rewrite.numeric(Rewrite.subs(s.expr(), values));
        assertTrue(numeric instanceof Num, "seed " + seed + ": " + s.expr() + " did not evaluate to a number: " + numeric);
        double got = ((Num) numeric).doubleValue();
        double tol = 1e-8 * Math.max(1, Math.abs(s.value()));
        assertTrue(Math.abs(got - s.value()) <= tol,
                "seed " + seed + ": " + s.expr() + " at " + point + " gave " + got + ", Math gave " + s.value());
        double read = new DoubleAtPoints(List.of(RandomExpr.doubles(point))).values(s.expr())[0];
        assertTrue(Math.abs(read - s.value()) <= tol,
                "seed " + seed + ": " + s.expr() + " read in doubles at " + point + " gave " + read + ", Math gave " + s.value());
    }
}
