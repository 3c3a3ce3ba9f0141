package cofactor.series;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cofactor.calculus.Derivative;
import cofactor.expr.Expr;
import cofactor.expr.Fn;
import cofactor.expr.MathError;
import cofactor.expr.Num;
import cofactor.expr.Rewrite;
import cofactor.expr.Sym;
import cofactor.guard.Limits;
import cofactor.numeric.Refine;
import java.util.Map;
import java.util.Random;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class SeriesAtTest {
    private static final Sym X = Sym.of("x");

    private static SeriesAt series(Expr e, Expr a, int n) { return SeriesAt.of(e, X, Point.at(a), n, Limits.DEFAULT); }

    @Test
    void printsTheTermsAndTheOrderTermOfLanguageSection8() {
        assertEquals("x - x^3/6 + x^5/120 + O(x^6)", series(Expr.call(Fn.SIN, X), Num.ZERO, 5).toString());
    }

    @Test
    void aPoleGivesLaurentTermsInPowersOfXMinusA() {
        // 1/(x^2 - 1) = 1/((x - 1)(x + 1)) = 1/(2t) · 1/(1 + t/2) with t = x - 1: (1/2t) Σ (-t/2)^k
        Expr e = Expr.pow(Expr.sub(Expr.pow(X, 2), Num.ONE), -1);
        assertEquals("1/(2*(x - 1)) - 1/4 + (x - 1)/8 - (x - 1)^2/16 + O((x - 1)^3)", series(e, Num.ONE, 2).toString());
    }

    @Test
    void bernoulliNumbersComeOutOfXOverExpMinusOne() {
        // x/(e^x - 1) = Σ B_k x^k / k!: B_2 = 1/6, B_4 = -1/30, B_6 = 1/42, B_8 = -1/30, B_10 = 5/66 (hand tables)
        SeriesAt s = series(Expr.div(X, Expr.sub(Expr.call(Fn.EXP, X), Num.ONE)), Num.ZERO, 10);
        long[][] bernoulli = {{2, 1, 6}, {4, -1, 30}, {6, 1, 42}, {8, -1, 30}, {10, 5, 66}};
        long factorial = 1;
        for (int k = 1; k <= 10; k++) {
            factorial *= k;
            for (long[] b : bernoulli) if (b[0] == k) assertEquals(Expr.rational(b[1], b[2] * factorial), s.coefficient(k), "x^" + k);
        }
        assertEquals(Expr.rational(-1, 2), s.coefficient(1));
        assertEquals(Num.ZERO, s.coefficient(9));
    }

    @Test
    void cancellationRaisesTheWorkingOrder() {
        // (sin x - x)/x^5 needs sin to x^8 for its x^3 term: -1/(6x^2) + 1/120 - x^2/5040 + O(x^4)
        Expr e = Expr.div(Expr.sub(Expr.call(Fn.SIN, X), X), Expr.pow(X, 5));
        assertEquals("-1/(6*x^2) + 1/120 - x^2/5040 + O(x^4)", series(e, Num.ZERO, 3).toString());
    }

    @Test
    void expOfMinusOneOverXSquaredIsZeroToEveryOrder() {
        // every derivative of exp(-1/x^2) is a polynomial in 1/x times exp(-1/x^2), so 0 at x = 0 (Cauchy's example)
        Expr e = Expr.call(Fn.EXP, Expr.neg(Expr.pow(X, -2)));
        assertEquals("O(x^6)", series(e, Num.ZERO, 5).toString());
        MathError oneSide = assertThrows(MathError.class, () -> series(Expr.call(Fn.EXP, Expr.neg(Expr.pow(X, -1))), Num.ZERO, 3));
        assertTrue(oneSide.getMessage().contains("on one side of x = 0"), oneSide.getMessage());
    }

    @Test
    void saysWhereThereIsNoSeries() {
        assertThrows(MathError.class, () -> series(Expr.call(Fn.LOG, X), Num.ZERO, 3));
        assertThrows(MathError.class, () -> series(Expr.call(Fn.ABS, X), Num.ZERO, 3));
        assertThrows(MathError.class, () -> series(Expr.sqrt(X), Num.ZERO, 3));
        assertThrows(MathError.class, () -> series(Expr.call(Fn.SIN, Expr.pow(X, -1)), Num.ZERO, 3));
        MathError zero = assertThrows(MathError.class, () -> series(Expr.pow(Expr.sub(Expr.add(Expr.pow(Expr.call(Fn.SIN, X), 2),
                Expr.pow(Expr.call(Fn.COS, X), 2)), Num.ONE), -1), Num.ZERO, 2));
        assertTrue(zero.getMessage().contains("may be 0"), zero.getMessage());
    }

    static LongStream seeds() { return LongStream.range(0, 20); }

    /**
     * The k-th coefficient at a = 1/3 is the k-th derivative there over k!, the derivative
     * engine's independent route (repeated differentiation, evaluated to the last digit).
     */
    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void coefficientsAreTheDerivativesOverFactorials(long seed) {
        Random r = new Random(seed);
        Expr e = randomExpr(r, 2);
        Expr a = Expr.rational(1, 3);
        int n = 4;
        SeriesAt s = series(e, a, n);
        Expr d = e;
        double factorial = 1;
        for (int k = 0; k <= n; k++) {
            if (k > 0) {
                d = Derivative.of(d, X, Limits.DEFAULT);
                factorial *= k;
            }
            double want = value(Rewrite.subs(d, Map.of(X, a))) / factorial;
            double got = value(s.coefficient(k));
            assertEquals(want, got, 1e-12 * Math.max(1, Math.abs(want)), "seed " + seed + ": x^" + k + " of " + e);
        }
    }

    /**
     * The value of a closed expression; 0 for one that is 0 to 1 248 digits but not in form
     * (asin(sin(u)) = u makes some coefficients (1 - sin(c)^2)^(3/2) - cos(c)^3).
     */
    private static double value(Expr e) {
        try {
            return Refine.toDouble(e);
        } catch (MathError zero) {
            if (zero.getMessage().contains("cannot be told from 0")) return 0;
            throw zero;
        }
    }

    /** A random expression in x, defined and smooth near x = 1/3. */
    private static Expr randomExpr(Random r, int depth) {
        if (depth == 0) return r.nextBoolean() ? X : Expr.add(X, Num.of(r.nextInt(3) + 1));
        Expr u = randomExpr(r, depth - 1);
        return switch (r.nextInt(11)) {
            case 0 -> Expr.add(u, randomExpr(r, depth - 1));
            case 1 -> Expr.mul(u, randomExpr(r, depth - 1));
            case 2 -> Expr.div(u, Expr.add(Num.of(2), Expr.call(Fn.COS, randomExpr(r, depth - 1))));
            case 3 -> Expr.call(Fn.SIN, u);
            case 4 -> Expr.call(Fn.EXP, Expr.call(Fn.SIN, u));
            case 5 -> Expr.call(Fn.ATAN, u);
            case 6 -> Expr.call(Fn.LOG, Expr.add(Num.of(2), Expr.pow(u, 2)));
            case 7 -> Expr.sqrt(Expr.add(Num.ONE, Expr.pow(u, 2)));
            case 8 -> Expr.call(Fn.TANH, u);
            case 9 -> Expr.call(Fn.ASIN, Expr.call(Fn.SIN, Expr.div(u, Num.of(3))));
            default -> Expr.pow(Expr.call(Fn.COSH, u), Expr.rational(-3, 2));
        };
    }
}
