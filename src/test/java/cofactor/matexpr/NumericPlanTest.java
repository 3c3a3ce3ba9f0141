package cofactor.matexpr;

import static cofactor.dense.KernelsTest.assertClose;
import static org.junit.jupiter.api.Assertions.assertEquals;

import cofactor.dense.Dense;
import cofactor.dense.Factorization;
import cofactor.dense.Kernels;
import cofactor.expr.Expr;
import cofactor.expr.Fn;
import cofactor.expr.Num;
import cofactor.expr.Sym;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The plan a compiled function runs ({@link NumericPlanner}): each shared subexpression, factorization
 * and inverse computed once per call (counted at the kernels), the plans of several sizes kept apart,
 * and the values equal to the formulas written out by hand with the pure-Java kernels.
 */
class NumericPlanTest {
    private static final Sym N = Sym.of("n");
    private static final MatExpr.Symbol X = sym("X"), S = sym("S"), A = sym("A"), B = sym("B");

    private static MatExpr.Symbol sym(String name) { return (MatExpr.Symbol) MatExprs.symbol(name, N, N); }

    /** The native kernels, counting the calls. */
    private static final class Counting implements Kernels {
        int multiplies, multiplyAdds, factors, solves, inverses;

        @Override public Dense multiply(double alpha, Dense a, boolean ta, Dense b, boolean tb) { multiplies++; return Kernels.best().multiply(alpha, a, ta, b, tb); }
        @Override public Dense multiplyAdd(double alpha, Dense a, boolean ta, Dense b, boolean tb, double beta, Dense c) {
            multiplyAdds++;
            return Kernels.best().multiplyAdd(alpha, a, ta, b, tb, beta, c);
        }
        @Override public Factorization factor(Dense a) { factors++; return Kernels.best().factor(a); }
        @Override public Dense solve(Factorization f, Dense b, boolean t) { solves++; return Kernels.best().solve(f, b, t); }
        @Override public Dense inverse(Factorization f) { inverses++; return Kernels.best().inverse(f); }
        @Override public String name() { return "counting"; }
    }

    private static final Expr LOGLIK = Expr.sub(Expr.call(Fn.LOG, MatExprs.det(X)), MatExprs.tr(MatExprs.mul(S, X)));
    private static final MatExpr RESIDUAL = MatExprs.sub(MatExprs.mul(A, X), B);
    private static final Expr LEAST_SQUARES = MatExprs.tr(MatExprs.mul(MatExprs.transpose(RESIDUAL), RESIDUAL));

    @Test void theLogDetAndTheInverseOfItsGradientShareOneFactorization() {
        Counting k = new Counting();
        MatFunction f = MatFunction.compile(List.of(X, S), List.of(LOGLIK, Expr.call(Fn.LOG, MatExprs.det(X))),
                List.of(MatCalculus.gradient(LOGLIK, X), MatExprs.transpose(MatExprs.inv(X)), MatExprs.inv(X)), k);
        Random r = new Random(3);
        f.evaluate(List.of(MatNumericTest.spd(r, 5), MatNumericTest.random(r, 5, 5)));
        // det(X) twice, inv(X)' three times (once in the gradient), inv(X) once: one LU, one inverse
        assertEquals(1, k.factors);
        assertEquals(1, k.inverses);
        assertEquals(0, k.multiplies + k.solves); // tr(S*X) is a sum of entry products
    }

    /** The gradient 2*A'*(A*X - B) computes the residual in one multiplication (B added in A*X's pass), and the value is its sum of squares. */
    @Test void theLeastSquaresValueIsTakenFromItsGradientsResidual() {
        Counting k = new Counting();
        MatFunction f = MatFunction.compile(List.of(X, A, B), List.of(LEAST_SQUARES), List.of(MatCalculus.gradient(LEAST_SQUARES, X)), k);
        Random r = new Random(4);
        f.evaluate(List.of(MatNumericTest.random(r, 6, 6), MatNumericTest.random(r, 6, 6), MatNumericTest.random(r, 6, 6)));
        assertEquals(1, k.multiplyAdds); // A*X - B
        assertEquals(1, k.multiplies); // 2*A' times the residual
        assertEquals(0, k.factors + k.inverses + k.solves);
    }

    /**
     * 3*‖A*X - B‖² + tr(X'*X), multiplied out into four traces, is read as three times the squared norm of
     * the gradient's residual plus tr(X'*X); log det(X) - tr(S*X) holds no squared norm and stays as it is.
     */
    @Test void aMultipliedOutSquaredNormIsReadFromTheMatrixComputedBesideIt() {
        Expr value = Expr.add(Expr.mul(Num.of(3), LEAST_SQUARES), MatExprs.tr(MatExprs.mul(MatExprs.transpose(X), X)));
        MatExpr gradient = MatCalculus.gradient(value, X);
        Expr read = SquaredNorms.read(value, List.of(gradient));
        assertEquals(2, cofactor.expr.Symbols.free(read).size(), read.toString());
        assertEquals(1, cofactor.expr.Symbols.free(read).stream().filter(v -> v.kernel() instanceof ScalarProgram.SquaredNorm).count(), read.toString());
        assertEquals(LOGLIK, SquaredNorms.read(LOGLIK, List.of(MatCalculus.gradient(LOGLIK, X))));

        Counting k = new Counting();
        MatFunction f = MatFunction.compile(List.of(X, A, B), List.of(value), List.of(gradient), k);
        Random r = new Random(11);
        int n = 9;
        Dense x = MatNumericTest.random(r, n, n), a = MatNumericTest.random(r, n, n), b = MatNumericTest.random(r, n, n);
        Dense residual = Kernels.pureJava().multiply(1, a, false, x, false).plusScaled(-1, b);
        double expected = 0;
        for (int i = 0; i < n * n; i++) expected += 3 * residual.data()[i] * residual.data()[i] + x.data()[i] * x.data()[i];
        MatFunction.Values v = f.evaluate(List.of(x, a, b));
        assertEquals(expected, v.scalars()[0], 1e-11 * expected);
        assertClose(Kernels.pureJava().multiply(6, a, true, residual, false).plusScaled(2, x), v.matrices().get(0), "6*A'*(A*X - B) + 2*X");
        assertEquals(2, k.multiplies + k.multiplyAdds); // the residual and A' times it; the value from these
    }

    /** Calls at sizes 3, 8, 3, 1, 8: each against log det(X) - Σ S∘X' and inv(X)' - S', and ‖A*X - B‖², 2*A'*(A*X - B), by hand in EJML. */
    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3})
    void plansOfSeveralSizesEachGiveTheFormulasValues(long seed) {
        Random r = new Random(seed);
        MatFunction loglik = MatFunction.compile(List.of(X, S), List.of(LOGLIK), List.of(MatCalculus.gradient(LOGLIK, X)), Kernels.best());
        MatFunction lsq = MatFunction.compile(List.of(X, A, B), List.of(LEAST_SQUARES), List.of(MatCalculus.gradient(LEAST_SQUARES, X)), Kernels.best());
        Kernels java = Kernels.pureJava();
        for (int n : new int[] {3, 8, 3, 1, 8}) {
            Dense x = MatNumericTest.spd(r, n), s = MatNumericTest.random(r, n, n), a = MatNumericTest.random(r, n, n), b = MatNumericTest.random(r, n, n);
            MatFunction.Values v = loglik.evaluate(List.of(x, s));
            double trace = 0;
            for (int i = 0; i < n; i++) for (int j = 0; j < n; j++) trace += s.get(i, j) * x.get(j, i);
            assertEquals(java.factor(x).logAbsDet() - trace, v.scalars()[0], 1e-12 * n, "log det(X) - tr(S*X) at n = " + n);
            assertClose(java.inverse(java.factor(x)).transpose().plusScaled(-1, s.transpose()), v.matrices().get(0), "inv(X)' - S' at n = " + n);

            Dense residual = java.multiply(1, a, false, x, false).plusScaled(-1, b);
            double squares = 0;
            for (double e : residual.data()) squares += e * e;
            MatFunction.Values w = lsq.evaluate(List.of(x, a, b));
            assertEquals(squares, w.scalars()[0], 1e-11 * Math.max(1, squares), "‖A*X - B‖² at n = " + n);
            assertClose(java.multiply(2, a, true, residual, false), w.matrices().get(0), "2*A'*(A*X - B) at n = " + n);
        }
    }

    /**
     * A sum holding a product computes it in the product's own multiplication (dgemm's β·C), read as it
     * is or transposed, with one other term or several: against the product and the terms added by hand
     * with the pure-Java kernels, at sizes 1 to 40.
     */
    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {5, 6, 7, 8})
    void aSumTakesItsProductIntoOneMultiplication(long seed) {
        Random r = new Random(seed);
        int n = 1 + r.nextInt(40);
        Dense x = MatNumericTest.random(r, n, n), a = MatNumericTest.random(r, n, n), b = MatNumericTest.random(r, n, n), s = MatNumericTest.random(r, n, n);
        Kernels java = Kernels.pureJava();
        Dense ax = java.multiply(1, a, false, x, false), residual = ax.plusScaled(-1, b);
        Dense axs = java.multiply(3, ax, false, s, false);
        MatExpr[] sums = {RESIDUAL, MatExprs.transpose(RESIDUAL), MatExprs.add(RESIDUAL, MatExprs.scale(Num.of(2), S)),
                MatExprs.sub(MatExprs.scale(Num.of(3), MatExprs.mul(MatExprs.mul(A, X), S)), MatExprs.transpose(B))};
        Dense[] expected = {residual, residual.transpose(), residual.plusScaled(2, s), axs.plusScaled(-1, b.transpose())};
        for (int k = 0; k < sums.length; k++) {
            Counting counting = new Counting();
            MatFunction f = MatFunction.compile(List.of(X, A, B, S), List.of(), List.of(sums[k]), counting);
            assertClose(expected[k], f.evaluate(List.of(x, a, b, s)).matrices().get(0), sums[k] + " at n = " + n + " (seed " + seed + ")");
            assertEquals(1, counting.multiplyAdds, sums[k] + ": the last multiplication adds the other terms");
        }
    }

    /** A product wanted on its own too (A*X beside A*X - B) is computed once, as a matrix, and the sum adds it. */
    @Test void aProductWantedOnItsOwnIsNotComputedAgainInsideASum() {
        Counting k = new Counting();
        MatFunction f = MatFunction.compile(List.of(X, A, B), List.of(), List.of(RESIDUAL, MatExprs.mul(A, X)), k);
        Random r = new Random(10);
        Dense x = MatNumericTest.random(r, 7, 7), a = MatNumericTest.random(r, 7, 7), b = MatNumericTest.random(r, 7, 7);
        MatFunction.Values v = f.evaluate(List.of(x, a, b));
        Dense ax = Kernels.pureJava().multiply(1, a, false, x, false);
        assertClose(ax.plusScaled(-1, b), v.matrices().get(0), "A*X - B");
        assertClose(ax, v.matrices().get(1), "A*X");
        assertEquals(1, k.multiplies);
        assertEquals(0, k.multiplyAdds);
    }

    /** A sum read transposed with scaled terms (2*X' - 3*S'*X' + I) is the same as its terms added one by one. */
    @Test void aTransposedSumWithNumbersIsItsTermsAdded() {
        MatExpr sum = MatExprs.add(MatExprs.sub(MatExprs.scale(Num.of(2), MatExprs.transpose(X)),
                MatExprs.scale(Num.of(3), MatExprs.mul(MatExprs.transpose(S), MatExprs.transpose(X)))), MatExprs.identity(N));
        Random r = new Random(9);
        int n = 37;
        Dense x = MatNumericTest.random(r, n, n), s = MatNumericTest.random(r, n, n);
        Kernels java = Kernels.pureJava();
        Dense expected = x.transpose().scale(2).plusScaled(-3, java.multiply(1, s, true, x, true)).plusScaled(1, Dense.identity(n));
        for (Kernels k : List.of(Kernels.best(), java)) {
            assertClose(expected, MatFunction.compile(List.of(X, S), List.of(), List.of(sum, MatExprs.transpose(sum)), k).evaluate(List.of(x, s)).matrices().get(0), sum + " with " + k.name());
            assertClose(expected.transpose(), MatFunction.compile(List.of(X, S), List.of(), List.of(MatExprs.transpose(sum)), k).evaluate(List.of(x, s)).matrices().get(0), "(" + sum + ")' with " + k.name());
        }
    }
}
