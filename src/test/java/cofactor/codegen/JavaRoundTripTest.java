package cofactor.codegen;

import static cofactor.testing.RandomExpr.XYZ;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cofactor.calculus.Partials;
import cofactor.compile.CompiledFunction;
import cofactor.compile.CompiledGradient;
import cofactor.compile.Compiler;
import cofactor.expr.Expr;
import cofactor.expr.Fn;
import cofactor.expr.Sym;
import cofactor.guard.Limits;
import cofactor.matrix.Matrix;
import cofactor.testing.InMemoryJava;
import cofactor.testing.RandomExpr;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The Java that {@code code(..., lang = "java")} writes, compiled in process
 * with javax.tools and run, gives exactly the doubles {@code compile} gives —
 * values, gradients and matrices, at random points, for random expressions of
 * every kind of node (RandomExpr). Exactly, because the generated code is
 * the compiler's own program written out: the same operations in the same order,
 * with the same functions: inside the generated class {@code Math} names
 * {@link #COMPILES_MATH}, which calls what compile calls (sine and cosine are
 * SinCos's, within 1 ulp of java.lang.Math's). All cases go into one class, so javac runs once.
 */
class JavaRoundTripTest {
    static final int SEEDS = 150;
    static final int POINTS = 5;

    private static final List<Expr> EXPRESSIONS = new ArrayList<>();
    private static Class<?> generated;

    static IntStream seeds() { return IntStream.range(0, SEEDS); }

    @BeforeAll
    static void generateAndCompile() throws Exception {
        StringBuilder source = new StringBuilder("final class Generated {\n").append(COMPILES_MATH);
        for (int seed = 0; seed < SEEDS; seed++) {
            Expr e = definedExpression(seed);
            EXPRESSIONS.add(e);
            source.append(CodeGenerator.generate(CodeGenerator.Request.scalar(e, XYZ, Language.JAVA, "f" + seed, true))).append('\n');
        }
        source.append(CodeGenerator.generate(matrixRequest(matrix(), "m"))).append('\n');
        source.append(CodeGenerator.generate(matrixRequest(jacobian(), "jac"))).append("}\n");
        generated = InMemoryJava.compile("Generated", source.toString(), "the generated Java");
    }

    /** A class Math with each function the generated Java calls, calling the method compiled code calls for it. */
    static final String COMPILES_MATH = compilesMath();

    private static String compilesMath() {
        StringBuilder sb = new StringBuilder("static final class Math {\n");
        for (Fn fn : Fn.values()) {
            if (fn.mathMethod() == null) continue; // cot, sec, csc: written as reciprocals
            sb.append("static double ").append(fn.mathMethod()).append("(double x) { return ")
                    .append(fn.jvmOwner().replace('/', '.')).append('.').append(fn.jvmMethod()).append("(x); }\n");
        }
        sb.append("static double sqrt(double x) { return java.lang.Math.sqrt(x); }\n");
        sb.append("static double pow(double x, double y) { return java.lang.Math.pow(x, y); }\n");
        return sb.append("}\n").toString();
    }

    /** A random expression whose compiled value is finite at some point of [-2, 2]^3. */
    private static Expr definedExpression(long seed) {
        RandomExpr gen = new RandomExpr(seed, XYZ);
        for (int attempt = 0; attempt < 100; attempt++) {
            Expr e = gen.next(4);
            CompiledFunction f = Compiler.compile(e, XYZ);
            for (int p = 0; p < 5; p++) if (Double.isFinite(f.applyAsDouble(point(gen.random())))) return e;
        }
        throw new AssertionError("seed " + seed + ": no expression defined anywhere");
    }

    private static double[] point(Random r) {
        return new double[] {4 * r.nextDouble() - 2, 4 * r.nextDouble() - 2, 4 * r.nextDouble() - 2};
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void valuesAndGradientsAreTheCompiledOnes(int seed) throws Exception {
        Expr e = EXPRESSIONS.get(seed);
        CompiledFunction f = Compiler.compile(e, XYZ);
        CompiledGradient g = Compiler.compileGradient(e, XYZ);
        Method value = method("f" + seed, 3), withGradient = method("f" + seed + "_grad", 4);
        Random r = new Random(seed);
        for (int k = 0; k < POINTS; k++) {
            double[] x = point(r);
            String where = "seed " + seed + ": " + e + " at " + Arrays.toString(x);
            same(f.evaluate(x, null)[0], (double) value.invoke(null, x[0], x[1], x[2]), where + ", value");
            double[] grad = new double[3], generatedGrad = new double[3];
            double v = g.valueAndGradient(x, grad);
            same(v, (double) withGradient.invoke(null, x[0], x[1], x[2], generatedGrad), where + ", value beside the gradient");
            for (int i = 0; i < 3; i++) same(grad[i], generatedGrad[i], where + ", d/d" + XYZ.get(i));
        }
    }

    @Test
    void aMatrixIsReturnedAsRowsOfDoubles() throws Exception {
        agreeEntryByEntry(matrix(), "m");
    }

    @Test
    void aJacobianIsReturnedAsRowsOfDoubles() throws Exception {
        agreeEntryByEntry(jacobian(), "jac");
    }

    private static void agreeEntryByEntry(Matrix m, String name) throws Exception {
        CompiledFunction f = Compiler.compile(m, XYZ);
        Method generatedMatrix = method(name, 3);
        Random r = new Random(7);
        for (int k = 0; k < POINTS; k++) {
            double[] x = point(r);
            double[] expected = f.evaluate(x, null);
            double[][] got = (double[][]) generatedMatrix.invoke(null, x[0], x[1], x[2]);
            assertEquals(m.rows(), got.length);
            for (int i = 0; i < m.rows(); i++) {
                assertEquals(m.cols(), got[i].length);
                for (int j = 0; j < m.cols(); j++) same(expected[i * m.cols() + j], got[i][j], name + " entry (" + (i + 1) + ", " + (j + 1) + ") at " + Arrays.toString(x));
            }
        }
    }

    /** A 2×3 matrix of random expressions (seed 1000). */
    private static Matrix matrix() {
        RandomExpr gen = new RandomExpr(1000, XYZ);
        Expr[] entries = new Expr[6];
        for (int k = 0; k < 6; k++) entries[k] = gen.next(3);
        return Matrix.of(2, 3, entries);
    }

    /** The 2×3 Jacobian of two random expressions (seed 2000) in x, y, z. */
    private static Matrix jacobian() {
        RandomExpr gen = new RandomExpr(2000, XYZ);
        return Partials.jacobian(List.of(gen.next(3), gen.next(3)), XYZ, Limits.DEFAULT);
    }

    private static CodeGenerator.Request matrixRequest(Matrix m, String name) {
        return new CodeGenerator.Request(m.entries(), true, m.rows(), m.cols(), XYZ, Language.JAVA, name, false, Limits.DEFAULT);
    }

    private static Method method(String name, int doubles) throws NoSuchMethodException {
        Class<?>[] types = new Class<?>[doubles];
        Arrays.fill(types, double.class);
        if (doubles == 4) types[3] = double[].class;
        Method m = generated.getDeclaredMethod(name, types);
        m.setAccessible(true);
        return m;
    }

    /** The same double, bit for bit (any NaN equals any NaN). */
    private static void same(double expected, double got, String what) {
        assertTrue(Double.compare(expected, got) == 0, what + ": compile gives " + expected + ", the generated Java " + got);
    }

}
