package cofactor.compile;

import static cofactor.expr.Expr.*;
import static org.junit.jupiter.api.Assertions.*;

import cofactor.expr.Expr;
import cofactor.expr.Fn;
import cofactor.expr.SinCos;
import cofactor.expr.Sym;
import cofactor.matrix.Matrix;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The batch calls over many points give, bit for bit, what the kernel gives point by point
 * (the serial path), below and above the size at which they split the points across threads;
 * the calls over columns run a loop generated around the kernel's code, and give the same.
 */
class BatchTest {
    static final Sym x = sym("x"), y = sym("y");

    /** det([[sin x, cos y, x], [exp(x*y), y, 1], [x^2, sin(x + y), y]]) by the Leibniz sum: a function with shared parts. */
    static Expr det3() {
        Expr[][] a = {
            {call(Fn.SIN, x), call(Fn.COS, y), x},
            {call(Fn.EXP, mul(x, y)), y, num(1)},
            {pow(x, 2), call(Fn.SIN, add(x, y)), y}};
        return Leibniz.det(a);
    }

    static double[][] points(long seed, int n) {
        Random r = new Random(seed);
        double[][] p = new double[n][2];
        for (double[] row : p) { row[0] = 4 * r.nextDouble() - 2; row[1] = 4 * r.nextDouble() - 2; }
        return p;
    }

    @ParameterizedTest(name = "{0} points")
    @ValueSource(ints = {0, 1, 7, Batch.PARALLEL_POINTS - 1, Batch.PARALLEL_POINTS, 50_001})
    void applyAllIsTheKernelAtEachPoint(int n) {
        CompiledFunction f = Compiler.compile(det3(), List.of(x, y));
        double[][] p = points(n, n);
        double[] all = f.applyAll(p);
        assertEquals(n, all.length);
        for (int i = 0; i < n; i++) assertEquals(f.applyAsDouble(p[i]), all[i], 0.0, "seed " + n + ", point " + i);
    }

    /** A vector function: each point's entries in order, as evaluate fills them; and the first checked by hand. */
    @ParameterizedTest(name = "{0} points")
    @ValueSource(ints = {3, 20_000})
    void evaluateAllGivesEachPointsEntries(int n) {
        CompiledFunction f = Compiler.compile(Matrix.vector(List.of(mul(x, y), call(Fn.SIN, x))), List.of(x, y));
        double[][] p = points(n + 1, n);
        double[][] all = f.evaluateAll(p);
        for (int i = 0; i < n; i++) {
            assertArrayEquals(f.evaluate(p[i], null), all[i], "seed " + (n + 1) + ", point " + i);
            assertEquals(p[i][0] * p[i][1], all[i][0], 0.0);
            assertEquals(SinCos.sin(p[i][0]), all[i][1], 0.0);
        }
    }

    @ParameterizedTest(name = "{0} points")
    @ValueSource(ints = {5, 10_000})
    void valueAndGradientAllIsTheKernelAtEachPoint(int n) {
        CompiledGradient g = Compiler.compileGradient(det3(), List.of(x, y));
        double[][] p = points(n + 2, n);
        double[][] all = g.valueAndGradientAll(p);
        double[] grad = new double[2];
        for (int i = 0; i < n; i++) {
            double v = g.valueAndGradient(p[i], grad);
            assertArrayEquals(new double[] {v, grad[0], grad[1]}, all[i], "seed " + (n + 2) + ", point " + i);
        }
    }

    /** Points as columns: the values bit for bit as point by point, whether the loop is generated or, for a function split into chunks, not. */
    @ParameterizedTest(name = "{0} points")
    @ValueSource(ints = {0, 1, 7, Batch.PARALLEL_POINTS - 1, Batch.PARALLEL_POINTS, 50_001})
    void applyColumnsIsTheKernelAtEachPoint(int n) {
        double[][] p = points(n + 3, n);
        double[][] columns = columns(p);
        for (Emitter.Budget budget : List.of(Emitter.Budget.DEFAULT, CompilerTest.TINY)) {
            CompiledFunction f = Compiler.compile(List.of(det3()), false, 1, 1, List.of(x, y), budget);
            double[] all = f.applyColumns(columns);
            assertEquals(n, all.length);
            for (int i = 0; i < n; i++) assertEquals(f.applyAsDouble(p[i]), all[i], 0.0, "seed " + (n + 3) + ", point " + i + ", budget " + budget);
        }
    }

    /** The seed's derivative, d/dx (x sin x - x^2), over one column, against its formula written by hand. */
    @Test void applyColumnsOfOneVariableIsTheHandWrittenDerivative() {
        Expr seed = add(List.of(call(Fn.SIN, x), mul(x, call(Fn.COS, x)), mul(num(-2), x)));
        double[] xs = new double[10_000];
        Random r = new Random(5);
        for (int i = 0; i < xs.length; i++) xs[i] = 20 * r.nextDouble() - 10;
        double[] all = Compiler.compile(seed, List.of(x)).applyColumns(xs);
        for (int i = 0; i < xs.length; i++) {
            double t = xs[i], expected = Math.sin(t) + t * Math.cos(t) - 2 * t;
            assertEquals(expected, all[i], 1e-14 * Math.max(1, Math.abs(expected)), "at " + t);
        }
    }

    @ParameterizedTest(name = "{0} points")
    @ValueSource(ints = {5, 10_000})
    void valueAndGradientColumnsAreTheKernelAtEachPoint(int n) {
        double[][] p = points(n + 4, n);
        for (Emitter.Budget budget : List.of(Emitter.Budget.DEFAULT, CompilerTest.TINY)) {
            CompiledGradient g = Compiler.compileGradient(det3(), List.of(x, y), budget);
            double[][] all = g.valueAndGradientColumns(columns(p));
            assertEquals(3, all.length);
            double[] grad = new double[2];
            for (int i = 0; i < n; i++) {
                double v = g.valueAndGradient(p[i], grad);
                assertArrayEquals(new double[] {v, grad[0], grad[1]}, new double[] {all[0][i], all[1][i], all[2][i]}, "seed " + (n + 4) + ", point " + i + ", budget " + budget);
            }
        }
    }

    /** The gradient's columns of x*y + sin x, by hand: y + cos x and x. */
    @Test void valueAndGradientColumnsAreTheHandWrittenPartials() {
        CompiledGradient g = Compiler.compileGradient(add(mul(x, y), call(Fn.SIN, x)), List.of(x, y));
        double[][] p = points(9, 100);
        double[][] all = g.valueAndGradientColumns(columns(p));
        for (int i = 0; i < p.length; i++) {
            double a = p[i][0], b = p[i][1];
            assertEquals(a * b + Math.sin(a), all[0][i], 1e-15);
            assertEquals(b + Math.cos(a), all[1][i], 1e-15);
            assertEquals(a, all[2][i], 0.0);
        }
    }

    @Test void columnsOfTheWrongShapeAreNamed() {
        CompiledFunction f = Compiler.compile(add(x, y), List.of(x, y));
        assertEquals("1 column given, the function takes 2",
                assertThrows(IllegalArgumentException.class, () -> f.applyColumns(new double[] {1, 2})).getMessage());
        assertEquals("column 2 has 1 points, column 1 has 2",
                assertThrows(IllegalArgumentException.class, () -> f.applyColumns(new double[] {1, 2}, new double[] {3})).getMessage());
        CompiledFunction constant = Compiler.compile(num(2), List.of());
        assertThrows(IllegalArgumentException.class, constant::applyColumns);
    }

    private static double[][] columns(double[][] points) {
        double[][] c = new double[2][points.length];
        for (int i = 0; i < points.length; i++) { c[0][i] = points[i][0]; c[1][i] = points[i][1]; }
        return c;
    }

    @Test void aPointOfTheWrongLengthIsNamed() {
        CompiledFunction f = Compiler.compile(add(x, y), List.of(x, y));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> f.applyAll(new double[][] {{1, 2}, {3}}));
        assertEquals("point 2 has 1 coordinates, the function takes 2", e.getMessage());
    }

    @Test void aVectorFunctionHasNoScalarBatch() {
        CompiledFunction f = Compiler.compile(Matrix.vector(List.of(x, y)), List.of(x, y));
        assertThrows(IllegalStateException.class, () -> f.applyAll(new double[][] {{1, 2}}));
    }
}
