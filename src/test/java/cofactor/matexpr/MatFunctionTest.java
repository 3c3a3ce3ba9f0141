package cofactor.matexpr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cofactor.dense.Dense;
import cofactor.dense.Kernels;
import cofactor.expr.Expr;
import cofactor.expr.MathError;
import cofactor.expr.Num;
import cofactor.expr.Rewrite;
import cofactor.expr.Sym;
import cofactor.matrix.Matrix;
import cofactor.matrix.SingularError;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The numeric evaluation of matrix expressions against the exact engine: random expressions of
 * {@link RulesAgainstExplicitTest} (products, inverses, adjugates, transposes, det, tr, 1×1 forms)
 * instantiated at n, m = 1 to 3 with integer matrices and computed exactly, then converted to
 * doubles, against the same closed form evaluated by LU factors and products in doubles, with
 * both kernel libraries (OpenBLAS where it loads, and EJML).
 */
class MatFunctionTest {
    private static final Sym N = Sym.of("n"), M = Sym.of("m");
    private static final MatExpr.Symbol A = sym("A", N, N), B = sym("B", N, N), C = sym("C", N, N), R = sym("R", N, M),
            S = sym("S", M, N), V = sym("v", N, Num.ONE), W = sym("w", N, Num.ONE);
    private static final List<MatExpr.Symbol> INPUTS = List.of(A, B, C, R, S, V, W);

    private static MatExpr.Symbol sym(String name, Expr rows, Expr cols) { return (MatExpr.Symbol) MatExprs.symbol(name, rows, cols); }

    static Stream<Arguments> seedsAndKernels() {
        List<Arguments> out = new ArrayList<>();
        for (long seed = 1; seed <= 6; seed++) {
            out.add(Arguments.of(seed, Kernels.best()));
            out.add(Arguments.of(seed, Kernels.pureJava()));
        }
        return out.stream();
    }

    @ParameterizedTest(name = "seed {0}, {1}")
    @MethodSource("seedsAndKernels")
    void matricesAgreeWithTheExactEngine(long seed, Kernels kernels) {
        agree(seed, r -> RulesAgainstExplicitTest.abstractOf(RulesAgainstExplicitTest.square(r, 3)),
                m -> MatFunction.compile(INPUTS, List.of(), List.of(m), kernels),
                (at, m) -> at.matrix(m).entries(), v -> v.matrices().get(0).data());
    }

    @ParameterizedTest(name = "seed {0}, {1}")
    @MethodSource("seedsAndKernels")
    void scalarsAgreeWithTheExactEngine(long seed, Kernels kernels) {
        agree(seed, r -> RulesAgainstExplicitTest.abstractScalar(RulesAgainstExplicitTest.scalar(r)),
                e -> MatFunction.compile(INPUTS, List.of(e), List.of(), kernels),
                (at, e) -> List.of(at.scalar(e)), v -> v.scalars());
    }

    /** 40 draws, each at n = 1, 2, 3 with m drawn too: the numeric evaluation equals the exact value in doubles. */
    private static <C> void agree(long seed, Function<Random, C> draw, Function<C, MatFunction> compile,
                                  BiFunction<Instantiation, C, List<Expr>> exactly, Function<MatFunction.Values, double[]> numerically) {
        Random r = new Random(seed);
        int compared = 0;
        for (int i = 0; i < 40; i++) {
            C closed = RulesAgainstExplicitTest.refusedOrBuilt(() -> draw.apply(r));
            if (closed == null) continue;
            MatFunction f = compile.apply(closed);
            for (int n = 1; n <= 3; n++) {
                int m = 1 + r.nextInt(3);
                Map<String, Matrix> values = RulesAgainstExplicitTest.randomMatrices(r, n, m);
                List<Expr> exact;
                try {
                    exact = exactly.apply(RulesAgainstExplicitTest.at(values, n, m), closed);
                } catch (SingularError | MathError undefined) { // singular: the exact engine says so, doubles would give a large number
                    continue;
                }
                assertClose(exact, numerically.apply(f.evaluate(dense(values))), "seed " + seed + ": " + closed + " at " + values);
                compared++;
            }
        }
        assertTrue(compared > 40, "only " + compared + " comparisons");
    }

    /**
     * Within 1e-9 of the largest entry, or 1e-6 absolutely: a det that is exactly 0 (R*S of rank m < n)
     * comes out of LU as rounding of terms near 1e4, and a wrong closed form is off by far more.
     */
    private static void assertClose(List<Expr> exact, double[] numeric, String what) {
        assertEquals(exact.size(), numeric.length, what);
        double scale = 1, diff = 0;
        for (int k = 0; k < numeric.length; k++) {
            double x = ((Num) Rewrite.numeric(exact.get(k))).doubleValue();
            scale = Math.max(scale, Math.abs(x));
            diff = Math.max(diff, Math.abs(x - numeric[k]));
        }
        assertTrue(diff <= Math.max(1e-9 * scale, 1e-6), what + ": differs by " + diff + " (scale " + scale + ")");
    }

    private static List<Dense> dense(Map<String, Matrix> values) {
        List<Dense> out = new ArrayList<>();
        for (MatExpr.Symbol s : INPUTS) out.add(dense(values.get(s.name())));
        return out;
    }

    static Dense dense(Matrix m) {
        double[] d = new double[m.size()];
        for (int k = 0; k < d.length; k++) d[k] = ((Num) Rewrite.numeric(m.get(k))).doubleValue();
        return new Dense(m.rows(), m.cols(), d);
    }
}
