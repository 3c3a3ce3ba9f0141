package cofactor.matexpr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cofactor.compile.CompileError;
import cofactor.dense.Dense;
import cofactor.dense.Kernels;
import cofactor.expr.Expr;
import cofactor.expr.MathError;
import cofactor.expr.Num;
import cofactor.expr.Sym;
import cofactor.matrix.ShapeError;
import cofactor.matrix.SingularError;
import cofactor.optimize.Method;
import cofactor.optimize.Minimizer;
import cofactor.optimize.Minimum;
import java.util.List;
import java.util.Random;
import org.hipparchus.linear.Array2DRowRealMatrix;
import org.hipparchus.linear.LUDecomposition;
import org.hipparchus.linear.RealMatrix;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** log det at sizes where det overflows, gradients against finite differences, the Gaussian likelihood, and the errors. */
class MatNumericTest {
    private static final Sym N = Sym.of("n");
    private static final MatExpr.Symbol X = sym("X", N, N), S = sym("S", N, N), A = sym("A", N, N), B = sym("B", N, N);

    private static MatExpr.Symbol sym(String name, Expr rows, Expr cols) { return (MatExpr.Symbol) MatExprs.symbol(name, rows, cols); }

    /** log(det(X)) - tr(S*X) and the gradient inv(X)' - S', written out by hand. */
    private static final Expr LOGLIK = Expr.sub(Expr.call(cofactor.expr.Fn.LOG, MatExprs.det(X)), MatExprs.tr(MatExprs.mul(S, X)));
    private static final MatExpr LOGLIK_GRADIENT = MatExprs.sub(MatExprs.transpose(MatExprs.inv(X)), MatExprs.transpose(S));

    static Dense random(Random r, int rows, int cols) {
        double[] d = new double[rows * cols];
        for (int k = 0; k < d.length; k++) d[k] = r.nextGaussian();
        return new Dense(rows, cols, d);
    }

    /** Q*Q'/n + I: symmetric (to the last bit) positive definite, condition number about 5. */
    static Dense spd(Random r, int n) {
        Dense q = random(r, n, n);
        return Kernels.pureJava().multiply(1.0 / n, q, false, q, true).plusScaled(1, Dense.identity(n)).upperMirrored();
    }

    @Test void logDetIsFiniteWhereDetOverflows() {
        // 2·I of size 1100: det = 2^1100 is past the range of a double, log det = 1100·log 2
        int n = 1100;
        Dense x = Dense.identity(n).scale(2);
        MatFunction f = MatFunction.compile(List.of(X), List.of(Expr.call(cofactor.expr.Fn.LOG, MatExprs.det(X))), List.of(), Kernels.best());
        assertEquals(n * Math.log(2), f.evaluate(List.of(x)).scalars()[0], 1e-9);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(booleans = {true, false})
    void gradientsAgreeWithFiniteDifferences(boolean nativeKernels) {
        Random r = new Random(7);
        int n = 6;
        Dense x = spd(r, n), s = random(r, n, n), a = random(r, n, n), b = random(r, n, n);
        Kernels k = nativeKernels ? Kernels.best() : Kernels.pureJava();
        // norm(A*X - B)^2 as tr((A*X - B)'*(A*X - B)), gradient 2*A'*(A*X - B)
        MatExpr residual = MatExprs.sub(MatExprs.mul(A, X), B);
        Expr leastSquares = MatExprs.tr(MatExprs.mul(MatExprs.transpose(residual), residual));
        MatExpr leastSquaresGradient = MatExprs.scale(Num.of(2), MatExprs.mul(MatExprs.transpose(A), residual));
        assertMatchesDifferences(MatFunction.compile(List.of(X, S), List.of(LOGLIK), List.of(LOGLIK_GRADIENT), k), List.of(x, s));
        assertMatchesDifferences(MatFunction.compile(List.of(X, A, B), List.of(leastSquares), List.of(leastSquaresGradient), k), List.of(x, a, b));
    }

    /** Central differences in each entry of the first argument, step 1e-6: agreement to 1e-6 relative. */
    private static void assertMatchesDifferences(MatFunction f, List<Dense> at) {
        MatObjective objective = new MatObjective(f, 0, at);
        double[] x = at.get(0).data().clone(), g = new double[x.length], unused = new double[x.length];
        objective.evaluate(x, g);
        double h = 1e-6, worst = 0, scale = 1;
        for (int i = 0; i < x.length; i++) {
            double keep = x[i];
            x[i] = keep + h;
            double up = objective.evaluate(x, unused);
            x[i] = keep - h;
            double down = objective.evaluate(x, unused);
            x[i] = keep;
            worst = Math.max(worst, Math.abs((up - down) / (2 * h) - g[i]));
            scale = Math.max(scale, Math.abs(g[i]));
        }
        assertTrue(worst <= 1e-6 * scale, "gradient and differences differ by " + worst);
    }

    /**
     * Gaussian maximum likelihood at n = 100: minimizing -log(det(X)) + tr(S*X) from eye(100), with the
     * gradient MatCalculus derives (S' - inv(X)', as written by hand above), gives
     * inv(S), here checked against Hipparchus's LU inverse: every entry within 1e-6 (4e-9 to 4e-8 when
     * written, after 40 to 45 L-BFGS steps, by how the loss rounds: the line search compares losses of
     * about 160, which tell points apart only to about the square root of the double precision; the
     * entries of inv(S) are about 0.1 to 0.5).
     */
    @Test void gaussianLikelihoodConvergesToTheInverse() {
        int n = 100;
        Dense s = spd(new Random(100), n);
        Expr loss = Expr.neg(LOGLIK);
        MatExpr gradient = MatCalculus.gradient(loss, X);
        assertEquals(MatExprs.scale(Num.MINUS_ONE, LOGLIK_GRADIENT), gradient);
        MatObjective objective = new MatObjective(MatFunction.compile(List.of(X, S), List.of(loss), List.of(gradient), Kernels.best()), 0, List.of(Dense.identity(n), s));
        Minimum m = Minimizer.minimize(objective, Dense.identity(n).data(), new Method.Options(Method.byName("lbfgs"), 0.001, 0.9, 1000, 1e-10));
        RealMatrix inverse = new LUDecomposition(new Array2DRowRealMatrix(arrays(s))).getSolver().getInverse();
        double worst = 0;
        for (int i = 0; i < n; i++) for (int j = 0; j < n; j++) worst = Math.max(worst, Math.abs(m.x()[i * n + j] - inverse.getEntry(i, j)));
        assertTrue(worst <= 1e-6, "minimize stopped because " + m.reason() + " " + worst + " from inv(S)");
    }

    @Test void stepBoundKeepsDetFromCrossingZero() {
        int n = 4;
        MatFunction f = MatFunction.compile(List.of(X, S), List.of(LOGLIK), List.of(LOGLIK_GRADIENT), Kernels.best());
        // from I along -3I det(I - 3tI) = (1 - 3t)^4 vanishes at t = 1/3; the bound is 1/‖-3I‖_F = 1/6
        assertEquals(1.0 / 6, f.maxStep(List.of(Dense.identity(n), Dense.identity(n)), 0, Dense.identity(n).scale(-3)), 1e-15);
        MatFunction squared = MatFunction.compile(List.of(X), List.of(Expr.call(cofactor.expr.Fn.LOG, MatExprs.det(MatExprs.mul(X, MatExprs.transpose(X))))), List.of(), Kernels.best());
        // det(X*X') = det(X)^2 by the factories, so log(det(X)^2) holds no log det kernel: no bound
        assertEquals(Double.POSITIVE_INFINITY, squared.maxStep(List.of(Dense.identity(n)), 0, Dense.identity(n)));
    }

    @Test void wrongShapesAreNamed() {
        MatFunction f = MatFunction.compile(List.of(X, S), List.of(LOGLIK), List.of(), Kernels.best());
        ShapeError notSquare = assertThrows(ShapeError.class, () -> f.evaluate(List.of(Dense.zeros(3, 4), Dense.identity(3))));
        assertEquals("X is n×n, got a 3×4 matrix", notSquare.getMessage());
        ShapeError otherSize = assertThrows(ShapeError.class, () -> f.evaluate(List.of(Dense.identity(3), Dense.identity(2))));
        assertEquals("S is n×n, got a 2×2 matrix (n = 3 from X)", otherSize.getMessage());
        ShapeError count = assertThrows(ShapeError.class, () -> f.evaluate(List.of(Dense.identity(3))));
        assertEquals("takes 2 matrices (X, S), got 1", count.getMessage());
    }

    @Test void undefinedPointsAreErrors() {
        Dense singular = new Dense(2, 2, new double[] {1, 2, 2, 4}), negative = new Dense(2, 2, new double[] {0, 1, 1, 0});
        MatFunction solve = MatFunction.compile(List.of(X, A), List.of(), List.of(MatExprs.mul(MatExprs.inv(X), A)), Kernels.best());
        SingularError s = assertThrows(SingularError.class, () -> solve.evaluate(List.of(singular, Dense.identity(2))));
        assertEquals("X is singular at this point", s.getMessage());
        MatFunction f = MatFunction.compile(List.of(X, S), List.of(LOGLIK), List.of(), Kernels.best());
        MathError log = assertThrows(MathError.class, () -> f.evaluate(List.of(negative, Dense.identity(2))));
        assertEquals("det(X) is negative at this point, outside the domain of log", log.getMessage());
        assertEquals(Double.NaN, new MatObjective(f, 0, List.of(negative, Dense.identity(2))).valueAndGradient(negative.data(), new double[4]));
    }

    @Test void everySymbolMustBeGiven() {
        CompileError missing = assertThrows(CompileError.class, () -> MatFunction.compile(List.of(X), List.of(LOGLIK), List.of(), Kernels.best()));
        assertEquals("the matrix symbol S is not among the variables (X)", missing.getMessage());
        Expr scaled = Expr.mul(Sym.of("c"), MatExprs.det(X));
        CompileError free = assertThrows(CompileError.class, () -> MatFunction.compile(List.of(X), List.of(scaled), List.of(), Kernels.best()));
        assertEquals("c*det(X) has the free symbol c, which is neither a matrix symbol given nor a size of one", free.getMessage());
    }

    private static double[][] arrays(Dense m) {
        double[][] a = new double[m.rows()][m.cols()];
        for (int i = 0; i < m.rows(); i++) for (int j = 0; j < m.cols(); j++) a[i][j] = m.get(i, j);
        return a;
    }
}
