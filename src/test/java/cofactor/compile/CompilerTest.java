package cofactor.compile;

import static cofactor.testing.RandomExpr.XYZ;
import static cofactor.testing.RandomExpr.X;
import static cofactor.testing.RandomExpr.Y;
import static cofactor.testing.RandomExpr.Z;
import static cofactor.testing.DoubleEval.close;
import static cofactor.expr.Expr.*;
import static org.junit.jupiter.api.Assertions.*;

import cofactor.expr.Expr;
import cofactor.expr.Fn;
import cofactor.expr.Num;
import cofactor.expr.SinCos;
import cofactor.expr.Sym;
import cofactor.guard.Limits;
import cofactor.matrix.Matrix;
import cofactor.numeric.Determinants;
import cofactor.testing.ExactValue;
import cofactor.testing.RandomExpr;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

class CompilerTest {
    /** Budgets that put every program through the chunked path, a few operations per chunk, and its constants but one into an array. */
    static final Emitter.Budget TINY = new Emitter.Budget(0, 40, 1);

    static IntStream seeds() { return IntStream.range(0, 520); }

    /** A quarter of the cases suffice for the chunked path: the code is the same for all. */
    static IntStream someSeeds() { return IntStream.range(0, 520).filter(s -> s % 4 == 0); }

    /** A random expression with at least one point where it is defined, and its value there. */
    record Case(Expr e, Map<Sym, Num> point, double expected) {}

    static Case randomCase(long seed) {
        RandomExpr gen = new RandomExpr(seed, XYZ);
        for (int attempt = 0; ; attempt++) {
            assertTrue(attempt < 100, "no expression defined anywhere for seed " + seed);
            Expr e = gen.next(4);
            for (int p = 0; p < 5; p++) {
                Map<Sym, Num> point = gen.point(-2, 2);
                ExactValue exact = ExactValue.of(e, point);
                double v = exact.value();
                if (!Double.isNaN(v) && Math.abs(v) < 1e8 && exact.finiteThroughout()) return new Case(e, point, v);
            }
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void randomExpressionsMatchTheExactValue(long seed) {
        Case c = randomCase(seed);
        CompiledFunction f = Compiler.compile(c.e(), XYZ);
        double got = f.applyAsDouble(ExactValue.coordinates(c.point(), XYZ));
        assertTrue(close(got, c.expected(), 1e-9), () -> "seed " + seed + ": " + c.e() + " at " + c.point() + ": compiled " + got + ", exact " + c.expected());
        double viaEvaluate = f.evaluate(ExactValue.coordinates(c.point(), XYZ), null)[0];
        assertEquals(Double.doubleToLongBits(got), Double.doubleToLongBits(viaEvaluate), "seed " + seed + ": both entry points agree");
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("someSeeds")
    void theChunkedCodePathComputesTheSameValues(long seed) {
        Case c = randomCase(seed);
        double[] x = ExactValue.coordinates(c.point(), XYZ);
        double single = Compiler.compile(c.e(), XYZ).applyAsDouble(x);
        CompiledFunction chunked = Compiler.compile(List.of(c.e()), false, 1, 1, XYZ, TINY);
        assertEquals(single, chunked.applyAsDouble(x), 0.0, () -> "seed " + seed + ": " + c.e());
        assertEquals(single, chunked.evaluate(x, null)[0], 0.0, () -> "seed " + seed + ": " + c.e());
    }

    @ParameterizedTest
    @EnumSource(Fn.class)
    void everyFunctionCallsItsJvmMethod(Fn fn) {
        Expr e = call(fn, add(mul(rational(1, 3), X), rational(1, 5)));
        CompiledFunction f = Compiler.compile(e, List.of(X));
        for (double v : new double[] {-1.7, -0.4, 0.3, 0.9, 2.2}) {
            double u = v / 3 + 0.2, want = fn.apply(u);
            if (Double.isNaN(want)) { assertTrue(Double.isNaN(f.applyAsDouble(v)), fn + " at " + v); continue; }
            assertEquals(want, f.applyAsDouble(v), 1e-15 * Math.max(1, Math.abs(want)), fn + " at " + v);
        }
    }

    @Test void commonSubexpressionsAreComputedOnce() {
        Expr s = add(X, Y);
        Expr e = add(List.of(mul(call(Fn.SIN, s), call(Fn.COS, s)), pow(s, 2)));
        // x+y, sin, cos, product, square, sum
        assertEquals(6, Compiler.compile(e, List.of(X, Y)).operations());
    }

    @Test void integerPowersAreMultipliedOut() {
        assertEquals(4, Compiler.compile(pow(X, 10), List.of(X)).operations()); // x², x⁴, x⁵, x¹⁰
        assertEquals(3, Compiler.compile(pow(X, -3), List.of(X)).operations()); // x², x³, 1/x³
        assertEquals(Math.pow(1.1, 10), Compiler.compile(pow(X, 10), List.of(X)).applyAsDouble(1.1), 1e-15);
        assertEquals(1 / (0.7 * 0.7 * 0.7), Compiler.compile(pow(X, -3), List.of(X)).applyAsDouble(0.7), 1e-15);
        assertEquals(Math.pow(2.5, 1.5), Compiler.compile(pow(X, rational(3, 2)), List.of(X)).applyAsDouble(2.5), 1e-15);
        assertEquals(Math.pow(2.5, 1.0 / 3), Compiler.compile(pow(X, rational(1, 3)), List.of(X)).applyAsDouble(2.5), 1e-15);
    }

    @Test void constantsAreFolded() {
        Expr e = mul(List.of(Sym.PI, rational(1, 3), X)); // pi/3 · x: one multiplication
        CompiledFunction f = Compiler.compile(e, List.of(X));
        assertEquals(1, f.operations());
        assertEquals(Math.PI / 3 * 2, f.applyAsDouble(2), 1e-15);
        assertEquals(Math.E + 0.5, Compiler.compile(add(Sym.E, rational(1, 2)), List.of()).applyAsDouble(new double[0]), 1e-15);
    }

    @Test void theDeterminantExampleMatchesTheHandValue() {
        Expr det = sub(mul(X, call(Fn.SIN, X)), pow(X, 2)); // det([[x, x^2], [1, sin x]])
        CompiledFunction f = Compiler.compile(pow(det, 2), List.of(X));
        double x = 1.3, hand = (x * Math.sin(x) - x * x) * (x * Math.sin(x) - x * x);
        assertEquals(hand, f.applyAsDouble(x), 1e-15);
        assertEquals(hand, f.applyAsDouble(new double[] {x}), 1e-15);
        assertTrue(f.getClass().isHidden(), "compiled to a hidden class");
    }

    @Test void vectorsAndMatricesFillTheirEntriesRowByRow() {
        Matrix m = Matrix.of(List.of(List.of(X, mul(X, Y)), List.of(call(Fn.EXP, Y), num(3))));
        CompiledFunction f = Compiler.compile(m, List.of(X, Y));
        assertFalse(f.isScalar());
        assertArrayEquals(new double[] {2, 6, Math.exp(3), 3}, f.evaluate(new double[] {2, 3}, null), 1e-15);
        double[] out = new double[4];
        assertSame(out, f.evaluate(new double[] {2, 3}, out));
        assertThrows(IllegalStateException.class, () -> f.applyAsDouble(new double[] {2, 3}));
        assertEquals("compiled function of (x, y) to 2×2 matrices: 2 operations", f.toString());
    }

    @Test void freeSymbolsAreAClearError() {
        CompileError e = assertThrows(CompileError.class, () -> Compiler.compile(add(X, mul(Y, Z)), List.of(X)));
        assertEquals("the expression has free symbols not among the variables: y, z", e.getMessage());
        assertThrows(CompileError.class, () -> Compiler.compile(X, List.of(X, X)));
    }

    @Test void showsItsVariablesAndOperationCount() {
        CompiledFunction f = Compiler.compile(add(mul(X, Y), call(Fn.SIN, X)), List.of(X, Y));
        assertEquals("compiled function of (x, y): 3 operations", f.toString());
        assertEquals(2, f.arity());
    }

    /**
     * sin(x + k) for k = 1..30: some 600 bytes of code, but C2 inlines about 360 bytes of SinCos at
     * each call and stops at 8000 a method (DesiredMethodLimit), so the kernel is split into chunks
     * in each of which every call can be inlined (the calls it could not inline shared nothing and
     * made large trigonometric kernels slower than with Math's sine); the value is unchanged.
     */
    @Test void manySinesAreSplitSoThatEachCanBeInlined() {
        List<Expr> terms = new ArrayList<>();
        double want = 0, at = 0.7;
        for (int k = 1; k <= 30; k++) {
            terms.add(call(Fn.SIN, add(X, num(k))));
            want += SinCos.sin(at + k);
        }
        CompiledFunction f = Compiler.compile(add(terms), List.of(X));
        assertTrue(chunkMethods(f) >= 2, chunkMethods(f) + " chunk methods");
        assertEquals(want, f.applyAsDouble(at), 1e-14);
        assertEquals(0, chunkMethods(Compiler.compile(add(terms.subList(0, 5)), List.of(X))), "five sines fit one method");
    }

    private static long chunkMethods(CompiledFunction f) {
        return Arrays.stream(f.getClass().getDeclaredMethods()).filter(m -> m.getName().startsWith("chunk")).count();
    }

    @Test void deepNestingDoesNotOverflowTheStack() {
        Expr e = X;
        for (int i = 0; i < 20_000; i++) e = call(i % 2 == 0 ? Fn.SIN : Fn.ATAN, add(e, rational(1, 7)));
        CompiledFunction f = Compiler.compile(e, List.of(X));
        double v = 0.3;
        for (int i = 0; i < 20_000; i++) v = i % 2 == 0 ? Math.sin(v + 1.0 / 7) : Math.atan(v + 1.0 / 7);
        assertEquals(v, f.applyAsDouble(0.3), 1e-12);
    }

    /**
     * The expanded 6×6 determinant, 720 products of 6 symbols (4 319 operations
     * as written), is evaluated by a Horner scheme that takes out one entry at a
     * time and shares the minors: Laplace expansion along rows, Σ k·C(6, k)
     * products and as many sums, 535 operations.
     */
    @Test void expandedDeterminantsBecomeALaplaceExpansionSharingMinors() {
        int n = 6;
        Expr[][] a = Leibniz.symbols("a", n);
        List<Sym> vars = new java.util.ArrayList<>();
        for (Expr[] row : a) for (Expr s : row) vars.add((Sym) s);
        CompiledFunction f = Compiler.compile(Leibniz.det(a), vars);
        assertTrue(f.operations() <= 600, f.toString());
        Random r = new Random(6);
        for (int trial = 0; trial < 20; trial++) {
            double[] x = new double[n * n];
            double[][] m = new double[n][n];
            for (int k = 0; k < x.length; k++) m[k / n][k % n] = x[k] = r.nextDouble() * 2 - 1;
            assertEquals(Determinants.det(m), f.applyAsDouble(x), 1e-13, "trial " + trial);
        }
    }

    /**
     * Entries kept whole (a_ij + i·j, in the hash order of compound expressions,
     * not by name): the ranks by classes of entries still make every minor expand
     * along the same row, so the count is the symbols' 535 plus the 36 entries.
     */
    @Test void determinantsOfCompoundEntriesShareTheirMinorsToo() {
        int n = 6;
        Expr[][] a = Leibniz.symbols("a", n);
        List<Sym> vars = new java.util.ArrayList<>();
        Expr[][] shifted = new Expr[n][n];
        for (int i = 0; i < n; i++) for (int j = 0; j < n; j++) {
            vars.add((Sym) a[i][j]);
            shifted[i][j] = add(a[i][j], num((i + 1) * (j + 1)));
        }
        CompiledFunction f = Compiler.compile(Leibniz.det(shifted), vars);
        assertEquals(535 + 36, f.operations(), f.toString());
        Random r = new Random(7);
        double[] x = new double[n * n];
        double[][] m = new double[n][n];
        for (int k = 0; k < x.length; k++) { x[k] = r.nextDouble() * 2 - 1; m[k / n][k % n] = x[k] + (k / n + 1) * (k % n + 1); }
        assertEquals(Determinants.det(m), f.applyAsDouble(x), 1e-9 * Math.abs(Determinants.det(m)));
    }

    /** A sum in one variable stays a sum of powers (shared squares, summed pairwise) rather than one long Horner chain. */
    @Test void univariatePolynomialsKeepTheirPowers() {
        Expr p = cofactor.poly.Expand.of(pow(add(X, num(1)), 4), Limits.DEFAULT); // 1 + 4x + 6x² + 4x³ + x⁴
        CompiledFunction f = Compiler.compile(p, List.of(X));
        assertEquals(10, f.operations()); // x², x³, x⁴, three coefficients, four additions
        assertEquals(Math.pow(1.3, 4), f.applyAsDouble(0.3), 1e-14);
    }

    /** More distinct constants than a class's constant pool holds: the rest are read from the class data, in two arrays. */
    @Test void moreConstantsThanTheConstantPoolHolds() {
        int n = Constants.MAX_POOLED + Constants.PER_FIELD + 1000; // as doubles, 97 536 pool entries: over the 65 535 allowed
        List<Expr> terms = new java.util.ArrayList<>();
        double x = 0.9, y = 0.7, want = 0;
        for (int k = 0; k < n; k++) {
            Num c = rational(7 * k + 1, 7);
            terms.add(mul(List.of(c, pow(X, k % 200), pow(Y, k / 200))));
            want += (k + 1.0 / 7) * Math.pow(x, k % 200) * Math.pow(y, k / 200);
        }
        CompiledFunction f = Compiler.compile(add(terms), List.of(X, Y));
        assertEquals(want, f.applyAsDouble(new double[] {x, y}), 1e-12 * want);
    }

    /** 40 320 terms: split into many methods; compared with the numeric LU determinant. */
    @Test void theGeneric8x8DeterminantCompilesAndEvaluates() {
        int n = 8;
        Expr[][] a = Leibniz.symbols("a", n);
        Expr det = Leibniz.det(a);
        List<Sym> vars = new java.util.ArrayList<>();
        for (Expr[] row : a) for (Expr s : row) vars.add((Sym) s);
        CompiledFunction f = Compiler.compile(det, vars);
        Random r = new Random(8);
        for (int trial = 0; trial < 5; trial++) {
            double[] x = new double[n * n];
            double[][] m = new double[n][n];
            for (int k = 0; k < x.length; k++) m[k / n][k % n] = x[k] = r.nextDouble() * 2 - 1;
            double lu = Determinants.det(m);
            assertEquals(lu, f.applyAsDouble(x), 1e-11, "trial " + trial);
        }
    }
}
