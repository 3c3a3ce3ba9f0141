package cofactor.compile;

import static cofactor.testing.RandomExpr.XYZ;
import static cofactor.testing.RandomExpr.X;
import static cofactor.testing.RandomExpr.Y;
import static cofactor.testing.RandomExpr.Z;
import static cofactor.expr.Expr.*;
import static org.junit.jupiter.api.Assertions.*;

import cofactor.calculus.Derivative;
import cofactor.expr.Expr;
import cofactor.expr.Fn;
import cofactor.expr.Num;
import cofactor.expr.Sym;
import cofactor.guard.Limits;
import cofactor.testing.ExactValue;
import cofactor.testing.RandomExpr;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Sums of many products over a few shared factors — what the Horner scheme
 * rewrites — compiled and compared with the exact value and the exact
 * derivatives, with one method and split into chunks.
 */
class HornerTest {
    static IntStream seeds() { return IntStream.range(0, 300); }

    /** Points per expression where it is defined and compared. */
    static final int POINTS = 2;

    /** Up to 60 terms, each a rational times up to 4 factors from a small pool, to powers −2 … 3 or 1/2. */
    static Expr sumOfProducts(Random r) {
        List<Expr> pool = List.of(X, Y, Z, call(Fn.SIN, X), add(X, Z), sqrt(add(pow(Y, 2), num(1))), call(Fn.EXP, mul(X, Y)));
        Num[] powers = {num(1), num(1), num(2), num(3), num(-1), num(-2), rational(1, 2)};
        List<Expr> terms = new ArrayList<>();
        for (int t = 1 + r.nextInt(60); t > 0; t--) {
            List<Expr> f = new ArrayList<>();
            f.add(rational(r.nextInt(19) - 9, 1 + r.nextInt(4)));
            for (int k = r.nextInt(5); k > 0; k--) f.add(pow(pool.get(r.nextInt(pool.size())), powers[r.nextInt(powers.length)]));
            terms.add(mul(f));
        }
        if (r.nextBoolean()) terms.add(rational(r.nextInt(9), 7));
        return add(terms);
    }

    /** Σ |value of each summand|: the scale rounding errors are measured against, as terms may cancel. */
    static double magnitude(ExactValue v, Expr e) {
        if (!(e instanceof cofactor.expr.Add)) return Math.abs(v.value());
        double m = 0;
        for (Expr summand : e.args()) m += Math.abs(v.of(summand));
        return m;
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void sumsOfProductsMatchTheExactValueAndDerivatives(long seed) {
        RandomExpr gen = new RandomExpr(seed, XYZ);
        Expr e = sumOfProducts(gen.random());
        CompiledGradient g = Compiler.compileGradient(e, XYZ);
        CompiledFunction chunked = Compiler.compile(List.of(e), false, 1, 1, XYZ, CompilerTest.TINY);
        List<Expr> partials = XYZ.stream().map(v -> Derivative.of(e, v, Limits.DEFAULT)).toList();
        int points = 0, derivatives = 0;
        for (int attempt = 0; points < POINTS; attempt++) {
            assertTrue(attempt < 20 * POINTS, "seed " + seed + ": only " + points + " of " + attempt + " points were defined for " + e);
            Map<Sym, Num> at = attempt < 10 ? gen.point(-2, 2) : gen.point(1.0 / 64, 2); // then where every half power is real
            ExactValue exact = ExactValue.of(e, at);
            double want = exact.value();
            if (Double.isNaN(want) || !exact.finiteThroughout()) continue; // undefined here: draw another point
            points++;
            double[] x = ExactValue.coordinates(at, XYZ), grad = new double[3];
            double scale = Math.max(1, magnitude(exact, e));
            double value = g.valueAndGradient(x, grad);
            assertEquals(want, value, 1e-12 * scale, () -> "seed " + seed + ": " + e + " at " + at);
            assertEquals(want, chunked.evaluate(x, null)[0], 1e-12 * scale, () -> "seed " + seed + " (chunked): " + e + " at " + at);
            for (int k = 0; k < 3; k++) {
                Expr dk = partials.get(k);
                ExactValue dexact = ExactValue.of(dk, at);
                double dwant = dexact.value();
                if (Double.isNaN(dwant)) continue; // a half power at 0: the value is defined, its derivative not
                derivatives++;
                double dscale = Math.max(1, magnitude(dexact, dk));
                int kk = k;
                assertEquals(dwant, grad[k], 1e-11 * dscale, () -> "seed " + seed + ": d/d" + XYZ.get(kk) + " of " + e + " at " + at);
            }
        }
        assertTrue(derivatives >= POINTS, "seed " + seed + ": only " + derivatives + " derivatives of " + e + " were defined at the points");
    }
}
