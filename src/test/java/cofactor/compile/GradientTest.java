package cofactor.compile;

import static cofactor.testing.RandomExpr.XYZ;
import static cofactor.testing.RandomExpr.X;
import static cofactor.testing.RandomExpr.Y;
import static cofactor.testing.DoubleEval.close;
import static cofactor.expr.Expr.*;
import static org.junit.jupiter.api.Assertions.*;

import cofactor.expr.Expr;
import cofactor.expr.Fn;
import cofactor.expr.Num;
import cofactor.expr.Sym;
import cofactor.numeric.Determinants;
import cofactor.testing.ExactValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.ToDoubleFunction;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Reverse-mode gradients and Hessians checked against an independent route —
 * forward symbolic differentiation evaluated exactly — and finite differences.
 */
class GradientTest {
    static IntStream seeds() { return IntStream.range(0, 300); }

    /** Every third case for the Hessian (each compiles three kernels), every fifth for the chunked path. */
    static IntStream everyThird() { return IntStream.range(0, 300).filter(s -> s % 3 == 0); }

    static IntStream everyFifth() { return IntStream.range(0, 300).filter(s -> s % 5 == 0); }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void gradientsMatchSymbolicDerivativesAndFiniteDifferences(long seed) {
        CompilerTest.Case c = CompilerTest.randomCase(seed);
        double[] x = ExactValue.coordinates(c.point(), XYZ);
        CompiledGradient g = Compiler.compileGradient(c.e(), XYZ);
        double[] grad = new double[XYZ.size()];
        double value = g.valueAndGradient(x, grad);
        assertTrue(close(value, c.expected(), 1e-9), () -> "seed " + seed + ": value " + value + " vs " + c.expected());
        assertEquals(value, g.value(x), 0.0, "seed " + seed);
        CompiledFunction f = Compiler.compile(c.e(), XYZ);
        int compared = 0;
        for (int i = 0; i < XYZ.size(); i++) {
            int k = i;
            double symbolic = derivativeAt(c.e(), XYZ.get(i), c.point());
            if (!Double.isNaN(symbolic)) { // undefined only where the function has no derivative, as asin at ±1
                compared++;
                assertTrue(close(grad[i], symbolic, 1e-8), () -> "seed " + seed + ": d/d" + XYZ.get(k) + " of " + c.e() + " at " + c.point()
                        + ": reverse mode " + grad[k] + ", symbolic " + symbolic);
            }
            double fd = stableDifference(f, x, i);
            if (!Double.isNaN(fd)) {
                assertTrue(close(grad[i], fd, 1e-5), () -> "seed " + seed + ": d/d" + XYZ.get(k) + " of " + c.e() + ": reverse mode " + grad[k] + ", finite difference " + fd);
            }
        }
        assertTrue(compared > 0, "seed " + seed + ": no partial derivative of " + c.e() + " is defined at " + c.point());
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("everyThird")
    void hessiansMatchSecondSymbolicDerivatives(long seed) {
        CompilerTest.Case c = CompilerTest.randomCase(seed);
        double[] x = ExactValue.coordinates(c.point(), XYZ);
        int n = XYZ.size();
        double[][] h = new double[n][n];
        Compiler.compileGradient(c.e(), XYZ).hessian(x, h);
        int compared = 0;
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                double symbolic = secondDerivativeAt(c.e(), XYZ.get(i), XYZ.get(j), c.point());
                if (Double.isNaN(symbolic)) continue; // no second derivative here
                compared++;
                int a = i, b = j;
                assertTrue(close(h[i][j], symbolic, 1e-7), () -> "seed " + seed + ": d²/d" + XYZ.get(a) + "d" + XYZ.get(b) + " of " + c.e()
                        + " at " + c.point() + ": " + h[a][b] + " vs symbolic " + symbolic);
            }
        }
        assertTrue(compared > 0, "seed " + seed + ": no second derivative of " + c.e() + " is defined at " + c.point());
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("everyFifth")
    void theChunkedGradientEqualsTheSingleMethodOne(long seed) {
        CompilerTest.Case c = CompilerTest.randomCase(seed);
        double[] x = ExactValue.coordinates(c.point(), XYZ);
        double[] g1 = new double[3], g2 = new double[3];
        double v1 = Compiler.compileGradient(c.e(), XYZ).valueAndGradient(x, g1);
        double v2 = Compiler.compileGradient(c.e(), XYZ, CompilerTest.TINY).valueAndGradient(x, g2);
        assertEquals(v1, v2, 0.0, "seed " + seed);
        assertArrayEquals(g1, g2, 0.0, "seed " + seed);
        double[] h1 = Compiler.compileHessian(c.e(), XYZ).evaluate(x, null);
        double[] h2 = Compiler.compileHessian(c.e(), XYZ, CompilerTest.TINY).evaluate(x, null);
        assertArrayEquals(h1, h2, 0.0, "seed " + seed + ": Hessian");
    }

    /** Chunked kernels pass values through a per-thread array: calls from several threads at once do not interfere. */
    @Test void chunkedKernelsAreSafeToCallFromSeveralThreads() throws Exception {
        Expr e = Leibniz.det(Leibniz.symbols("a", 5));
        List<Sym> vars = new ArrayList<>();
        for (Sym s : cofactor.expr.Symbols.free(e)) vars.add(s);
        CompiledGradient g = Compiler.compileGradient(e, vars, CompilerTest.TINY);
        int n = vars.size();
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(3);
        try {
            List<java.util.concurrent.Future<Boolean>> results = new ArrayList<>();
            for (int t = 0; t < 3; t++) {
                long seed = t;
                results.add(pool.submit(() -> {
                    Random r = new Random(seed);
                    double[] x = new double[n], grad = new double[n], again = new double[n];
                    for (int k = 0; k < 300; k++) {
                        for (int i = 0; i < n; i++) x[i] = r.nextDouble();
                        double v = g.valueAndGradient(x, grad);
                        double w = g.valueAndGradient(x, again);
                        if (v != w || !java.util.Arrays.equals(grad, again)) return false;
                        double[][] m = new double[5][5];
                        for (int i = 0; i < n; i++) m[i / 5][i % 5] = x[vars.indexOf(Sym.of("a_" + (i / 5 + 1) + "_" + (i % 5 + 1)))];
                        if (Math.abs(v - Determinants.det(m)) > 1e-12) return false;
                    }
                    return true;
                }));
            }
            for (var f : results) assertTrue(f.get());
        } finally {
            pool.shutdown();
        }
    }

    /** JAX's check_grads for each function of the table: the derivative rule against finite differences inside the domain. */
    @ParameterizedTest
    @EnumSource(Fn.class)
    void everyFunctionsDerivativeMatchesFiniteDifferences(Fn fn) {
        Expr e = call(fn, add(mul(rational(1, 3), X), rational(1, 5)));
        CompiledGradient g = Compiler.compileGradient(e, List.of(X));
        CompiledFunction f = Compiler.compile(e, List.of(X));
        int checked = 0;
        for (double v : new double[] {-1.7, -0.4, 0.3, 0.9, 2.2}) {
            double fd = stableDifference(f, new double[] {v}, 0);
            if (Double.isNaN(fd)) continue; // outside the domain (log of a negative) or at a kink
            assertEquals(fd, g.gradient(new double[] {v})[0], 1e-6 * Math.max(1, Math.abs(fd)), fn + " at " + v);
            checked++;
        }
        assertTrue(checked >= 3, fn + ": only " + checked + " points inside the domain");
    }

    /** The Done-when example: the gradient of (sin x cos y)^2, by hand [2 sin x cos x cos²y, −2 sin²x cos y sin y]. */
    @Test void theGradientOfTheSquaredDiagonalDeterminant() {
        Expr det = mul(call(Fn.SIN, X), call(Fn.COS, Y)); // det([[sin x, 0], [0, cos y]])
        CompiledGradient g = Compiler.compileGradient(pow(det, 2), List.of(X, Y));
        double x = 1, y = 1;
        double[] hand = {2 * Math.sin(x) * Math.cos(x) * Math.cos(y) * Math.cos(y), -2 * Math.sin(x) * Math.sin(x) * Math.cos(y) * Math.sin(y)};
        double[] grad = new double[2];
        double value = g.valueAndGradient(new double[] {x, y}, grad);
        assertEquals(Math.pow(Math.sin(x) * Math.cos(y), 2), value, 1e-15);
        assertArrayEquals(hand, grad, 1e-15);
    }

    /** d det(A)/dA = adj(A)^T: the compiled gradient of the expanded 6×6 determinant against the numeric adjugate. */
    @Test void theGradientOfADeterminantIsTheCofactorMatrix() {
        int n = 6;
        Expr[][] a = Leibniz.symbols("a", n);
        List<Sym> vars = new ArrayList<>();
        for (Expr[] row : a) for (Expr s : row) vars.add((Sym) s);
        CompiledGradient g = Compiler.compileGradient(Leibniz.det(a), vars);
        Random r = new Random(6);
        double[] x = new double[n * n];
        double[][] m = new double[n][n];
        for (int k = 0; k < x.length; k++) m[k / n][k % n] = x[k] = r.nextDouble() * 2 - 1;
        m[5] = m[4].clone(); // singular, rank n−1
        System.arraycopy(m[5], 0, x, 30, n);
        double[] grad = new double[n * n];
        assertEquals(0.0, g.valueAndGradient(x, grad), 1e-14);
        double[][] cofactors = Determinants.detGradient(m);
        for (int k = 0; k < x.length; k++) assertEquals(cofactors[k / n][k % n], grad[k], 1e-12, "entry " + k);
        assertTrue(Math.abs(grad[30]) > 1e-3, "the gradient at a rank n−1 matrix is not zero");
    }

    /** Many variables: Σ (i+1)·x_i² + x_0·x_{n−1}; the gradient is 2(i+1)·x_i plus the cross term. */
    @Test void aFunctionOfThreeThousandVariables() {
        int n = 3000;
        List<Sym> vars = new ArrayList<>();
        List<Expr> terms = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Sym v = Sym.of("v" + i);
            vars.add(v);
            terms.add(mul(num(i + 1), pow(v, 2)));
        }
        terms.add(mul(vars.get(0), vars.get(n - 1)));
        CompiledGradient g = Compiler.compileGradient(add(terms), vars);
        double[] x = new double[n], grad = new double[n];
        double want = 0;
        for (int i = 0; i < n; i++) { x[i] = Math.sin(i); want += (i + 1) * x[i] * x[i]; }
        want += x[0] * x[n - 1];
        assertEquals(want, g.valueAndGradient(x, grad), 1e-9 * Math.abs(want));
        for (int i = 1; i < n - 1; i++) assertEquals(2 * (i + 1) * x[i], grad[i], 1e-12 * Math.max(1, Math.abs(grad[i])), "component " + i);
        assertEquals(2 * x[0] + x[n - 1], grad[0], 1e-12);
        assertEquals(2 * n * x[n - 1] + x[0], grad[n - 1], 1e-9);
    }

    @Test void aConstantOrIndependentFunctionHasZeroGradient() {
        CompiledGradient g = Compiler.compileGradient(add(call(Fn.SIN, X), num(2)), List.of(X, Y));
        double[] grad = new double[2];
        assertEquals(Math.sin(0.5) + 2, g.valueAndGradient(new double[] {0.5, 7}, grad), 1e-15);
        assertArrayEquals(new double[] {Math.cos(0.5), 0}, grad, 1e-15);
        double[][] h = new double[2][2];
        g.hessian(new double[] {0.5, 7}, h);
        assertArrayEquals(new double[] {-Math.sin(0.5), 0}, h[0], 1e-15);
        assertArrayEquals(new double[] {0, 0}, h[1], 0.0);
    }

    /**
     * d/dy y^(k+1/2) = (k + 1/2)·y^(k−1/2) is 0 at y = 0, where the product y^k·sqrt(y) would give
     * 0·(1/sqrt 0) = NaN by reverse accumulation (a minimizer started at 0 then stopped at once).
     */
    @Test void halfIntegerPowersHaveTheirDerivativeAtZero() {
        Expr f = add(pow(Y, rational(3, 2)), mul(pow(X, rational(5, 2)), Y));
        CompiledGradient g = Compiler.compileGradient(f, List.of(X, Y));
        double[] grad = new double[2];
        assertEquals(0.0, g.valueAndGradient(new double[] {0, 0}, grad), 0.0);
        assertArrayEquals(new double[] {0, 0}, grad, 0.0);
        // at (2, 3), by hand: value 3^(3/2) + 2^(5/2)·3, gradient (5/2·2^(3/2)·3, 3/2·3^(1/2) + 2^(5/2))
        double value = g.valueAndGradient(new double[] {2, 3}, grad);
        assertEquals(Math.pow(3, 1.5) + Math.pow(2, 2.5) * 3, value, 1e-13);
        assertArrayEquals(new double[] {2.5 * Math.pow(2, 1.5) * 3, 1.5 * Math.sqrt(3) + Math.pow(2, 2.5)}, grad, 1e-13);
        double[][] h = new double[2][2];
        g.hessian(new double[] {2, 3}, h);
        assertArrayEquals(new double[] {3.75 * Math.sqrt(2) * 3, 2.5 * Math.pow(2, 1.5)}, h[0], 1e-12);
    }

    @Test void valueAndGradientShareTheValuesSubexpressions() {
        // f = sin(x·y): value 2 ops; gradient adds cos(x·y), g·y, g·x — not a second sin or product x·y
        CompiledGradient g = Compiler.compileGradient(call(Fn.SIN, mul(X, Y)), List.of(X, Y));
        assertEquals(5, g.operations());
    }

    /** The symbolic derivative's exact value at the point, NaN where undefined. */
    static double derivativeAt(Expr e, Sym v, Map<Sym, Num> point) {
        try {
            return ExactValue.at(SymbolicDerivative.d(e, v), point);
        } catch (cofactor.expr.MathError undefined) { // e.g. log(0) in the rule for 0^x
            return Double.NaN;
        }
    }

    static double secondDerivativeAt(Expr e, Sym v, Sym w, Map<Sym, Num> point) {
        try {
            return ExactValue.at(SymbolicDerivative.d(SymbolicDerivative.d(e, v), w), point);
        } catch (cofactor.expr.MathError undefined) {
            return Double.NaN;
        }
    }

    /**
     * The central difference at steps h and h/2, or NaN when they disagree (near
     * a singularity or kink, where no finite difference is trustworthy).
     */
    static double stableDifference(ToDoubleFunction<double[]> f, double[] x, int i) {
        double h = 1e-4 * Math.max(1, Math.abs(x[i]));
        double d1 = central(f, x, i, h), d2 = central(f, x, i, h / 2);
        if (!Double.isFinite(d1) || !Double.isFinite(d2) || !close(d1, d2, 1e-6)) return Double.NaN;
        return (4 * d2 - d1) / 3; // Richardson extrapolation: error O(h⁴)
    }

    private static double central(ToDoubleFunction<double[]> f, double[] x, int i, double h) {
        double[] p = x.clone(), m = x.clone();
        p[i] += h;
        m[i] -= h;
        return (f.applyAsDouble(p) - f.applyAsDouble(m)) / (2 * h);
    }

}
