package cofactor.expr;

import static org.junit.jupiter.api.Assertions.assertEquals;

import cofactor.testing.RandomExpr;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Equal values have one tree: random expressions combined two ways that are equal by the
 * field laws (and by the functions' symmetries) give equal nodes, so they also count the
 * same number of terms and print the same. Exact numbers only: with doubles, the order of
 * operations rounds differently, and those values are not equal.
 */
class OneTreePropertyTest {
    static LongStream seeds() { return LongStream.range(0, 500).map(i -> 0x07EE0000L + i); }

    /** The language's nterms. */
    static long nterms(Expr e) {
        if (e.isZero()) return 0;
        return e instanceof Add s ? s.size() + (s.constant().isZero() ? 0 : 1) : 1;
    }

    private static void same(String law, Supplier<Expr> one, Supplier<Expr> other, RandomExpr gen) {
        Expr a, b;
        try {
            a = one.get();
        } catch (MathError undefined) { // 1/0 folded from constants: the other way must refuse it too
            try {
                other.get();
            } catch (MathError alsoUndefined) {
                return;
            }
            throw new AssertionError(gen + ", " + law + ": one way refused (" + undefined.getMessage() + "), the other did not");
        }
        b = other.get();
        assertEquals(a, b, () -> gen + ", " + law);
        assertEquals(nterms(a), nterms(b), () -> gen + ", " + law + ": nterms");
        assertEquals(a.toString(), b.toString(), () -> gen + ", " + law + ": text");
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void equalValuesHaveOneTree(long seed) {
        RandomExpr gen = new RandomExpr(seed, RandomExpr.XYZ).exactNumbersOnly();
        Expr s = gen.next(3), t = gen.next(3), u = gen.next(2);
        Num k = Num.of(gen.random().nextInt(7) - 3).add(Num.of(gen.random().nextBoolean() ? 0 : 4)).mul(Expr.rational(1, 2));
        same("-(s) = 0 - s", () -> Expr.neg(s), () -> Expr.sub(Num.ZERO, s), gen);
        same("s - t = s + (-1)*t", () -> Expr.sub(s, t), () -> Expr.add(s, Expr.mul(Num.MINUS_ONE, t)), gen);
        same("s + t = t + s", () -> Expr.add(s, t), () -> Expr.add(t, s), gen);
        same("s*t = t*s", () -> Expr.mul(s, t), () -> Expr.mul(t, s), gen);
        same("(s + t) + u = s + (t + u)", () -> Expr.add(Expr.add(s, t), u), () -> Expr.add(s, Expr.add(t, u)), gen);
        same("(s*t)*u = s*(t*u)", () -> Expr.mul(Expr.mul(s, t), u), () -> Expr.mul(s, Expr.mul(t, u)), gen);
        same("(k*s)*t = k*(s*t)", () -> Expr.mul(Expr.mul(k, s), t), () -> Expr.mul(k, Expr.mul(s, t)), gen);
        same("(-s)*t = -(s*t)", () -> Expr.mul(Expr.neg(s), t), () -> Expr.neg(Expr.mul(s, t)), gen);
        same("s/t = s*t^-1", () -> Expr.div(s, t), () -> Expr.mul(s, Expr.pow(t, -1)), gen);
        same("s/(-t) = -(s/t)", () -> Expr.div(s, Expr.neg(t)), () -> Expr.neg(Expr.div(s, t)), gen);
        same("(-s)^2 = s^2", () -> Expr.pow(Expr.neg(s), 2), () -> Expr.pow(s, 2), gen);
        same("(-s)^3 = -(s^3)", () -> Expr.pow(Expr.neg(s), 3), () -> Expr.neg(Expr.pow(s, 3)), gen);
        same("(k*s)^2 = k^2*s^2", () -> Expr.pow(Expr.mul(k, s), 2), () -> Expr.mul(Expr.pow(k, 2), Expr.pow(s, 2)), gen);
        for (Fn f : List.of(Fn.SIN, Fn.TAN, Fn.SINH, Fn.ATAN)) {
            same(f.fnName() + "(-s) = -" + f.fnName() + "(s)", () -> Expr.call(f, Expr.neg(s)), () -> Expr.neg(Expr.call(f, s)), gen);
        }
        for (Fn f : List.of(Fn.COS, Fn.COSH, Fn.ABS)) {
            same(f.fnName() + "(-s) = " + f.fnName() + "(s)", () -> Expr.call(f, Expr.neg(s)), () -> Expr.call(f, s), gen);
        }
    }
}
