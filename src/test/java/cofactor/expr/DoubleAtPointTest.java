package cofactor.expr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cofactor.testing.RandomExpr;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Values read off the tree in doubles agree with what Java's Math computed while the random
 * expression was built, and with substituting the point and folding through the factories.
 */
class DoubleAtPointTest {
    static LongStream seeds() { return LongStream.range(0, 500).map(i -> 0xD0B1E000L + i); }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void agreesWithMathAndWithSubstitution(long seed) {
        RandomExpr gen = new RandomExpr(seed, RandomExpr.XYZ);
        Map<Sym, Num> point = gen.point(0.3, 1.8);
        RandomExpr.Sample s = gen.definedAt(point).sample(4);
        double got = new DoubleAtPoint(RandomExpr.doubles(point)).value(s.expr());
        double tol = 1e-8 * Math.max(1, Math.abs(s.value()));
        assertTrue(Math.abs(got - s.value()) <= tol, "seed " + seed + ": " + s.expr() + " at " + point + " gave " + got + ", Math gave " + s.value());
        Map<Sym, Expr> values = new HashMap<>();
        point.forEach((k, v) -> values.put(k, Num.real(v.doubleValue())));
        double folded = ((Num) Rewrite.numeric(Rewrite.subs(s.expr(), values))).doubleValue();
        assertTrue(Math.abs(got - folded) <= tol, "seed " + seed + ": " + s.expr() + " gave " + got + ", folded " + folded);
    }

    @Test
    void sharedNodesAndConstants() {
        Sym x = Sym.of("x");
        Expr sx = Expr.call(Fn.SIN, x);
        Expr e = Expr.add(List.of(Expr.mul(Num.of(3), Expr.pow(sx, 2)), Expr.mul(Sym.PI, sx), Expr.rational(1, 4)));
        double at = 0.7, sin = Math.sin(at);
        assertEquals(3 * sin * sin + Math.PI * sin + 0.25, new DoubleAtPoint(Map.of(x, at)).value(e), 1e-15);
    }

    @Test
    void outsideTheDomainIsNotFinite() {
        Sym x = Sym.of("x"), y = Sym.of("y");
        DoubleAtPoint at = new DoubleAtPoint(Map.of(x, -2.0));
        assertTrue(Double.isNaN(at.value(Expr.call(Fn.LOG, x))), "log of a negative number");
        assertTrue(Double.isNaN(at.value(Expr.pow(x, Num.HALF))), "square root of a negative number");
        assertTrue(Double.isNaN(at.value(Expr.add(x, y))), "a symbol without a value");
        assertTrue(Double.isInfinite(at.value(Expr.pow(Expr.add(x, Num.of(2)), -1))), "a pole");
    }
}
