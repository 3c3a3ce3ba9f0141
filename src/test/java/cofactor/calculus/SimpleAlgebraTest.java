package cofactor.calculus;

import static cofactor.expr.Expr.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cofactor.expr.Add;
import cofactor.expr.Expr;
import cofactor.expr.Mul;
import cofactor.expr.Pow;
import cofactor.expr.Sym;
import cofactor.func.Fn;
import cofactor.matrix.Matrix;
import cofactor.testing.Numeric;
import cofactor.testing.RandomExpr;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;
import org.junit.jupiter.api.Test;

/** The stand-in det/adj/expand, checked against numeric LU determinants, A·adj(A) = det(A)·I and numeric values. */
class SimpleAlgebraTest {
    static final Sym x = sym("x"), y = sym("y");

    @RepeatedTest(10)
    void determinantOfIntegerMatricesMatchesLU(RepetitionInfo info) {
        long seed = info.getCurrentRepetition();
        Random r = new Random(seed);
        int n = 1 + r.nextInt(6);
        double[][] m = new double[n][n];
        Expr[] e = new Expr[n * n];
        for (int i = 0; i < n; i++) for (int j = 0; j < n; j++) { m[i][j] = r.nextInt(11) - 5; e[i * n + j] = num((long) m[i][j]); }
        double lu = luDet(m);
        assertEquals(lu, ((cofactor.expr.Num) SimpleAlgebra.det(Matrix.of(n, n, e))).doubleValue(), 1e-6 * Math.max(1, Math.abs(lu)), "seed " + seed);
    }

    @Test void adjugateTimesMatrixIsDeterminantTimesIdentity() {
        Expr[] s = new Expr[9];
        for (int k = 0; k < 9; k++) s[k] = k % 3 == 0 ? call(Fn.SIN, add(x, num(k))) : add(mul(num(k), x), y);
        Matrix a = Matrix.of(3, 3, s);
        Matrix product = SimpleAlgebra.adj(a).times(a).map(SimpleAlgebra::expand);
        Expr det = SimpleAlgebra.det(a);
        assertEquals(Matrix.identity(3).scale(det).map(SimpleAlgebra::expand), product);
    }

    @Test void adjugateOfSingularMatrix() {
        Matrix a = Matrix.of(2, 2, new Expr[] {num(1), num(2), num(2), num(4)});
        assertEquals(Matrix.of(2, 2, new Expr[] {num(4), num(-2), num(-2), num(1)}), SimpleAlgebra.adj(a));
    }

    @RepeatedTest(20)
    void expansionKeepsTheValueAndLeavesNoProductOfSums(RepetitionInfo info) {
        long seed = 500 + info.getCurrentRepetition();
        RandomExpr gen = new RandomExpr(seed, List.of(x, y)).withoutSymbolicExponents();
        Expr e = gen.next(4);
        Expr ex = SimpleAlgebra.expand(e);
        Map<Sym, Double> at = Map.of(x, 0.73, y, 1.21);
        double v = Numeric.eval(e, at), w = Numeric.eval(ex, at);
        if (Double.isFinite(v)) assertTrue(Numeric.relativeError(v, w) < 1e-9, "seed " + seed + ": " + e + " -> " + ex);
        for (Expr t : ex instanceof Add a ? a.args() : List.of(ex)) assertTrue(isMonomial(t), "seed " + seed + ": term " + t + " of " + ex);
    }

    @Test void exponentialsMergeWhateverTheOrder() {
        Expr ex = call(Fn.EXP, x);
        Expr p = mul(add(ex, num(1)), add(ex, num(2)));
        assertEquals(SimpleAlgebra.expand(mul(p, ex)), SimpleAlgebra.expand(mul(ex, p)));
        assertEquals(add(List.of(call(Fn.EXP, mul(num(3), x)), mul(num(3), call(Fn.EXP, mul(num(2), x))), mul(num(2), ex))),
                SimpleAlgebra.expand(mul(p, ex)));
    }

    /** No factor of a term is a sum raised to a positive integer power. */
    private static boolean isMonomial(Expr t) {
        if (t instanceof Add) return false;
        if (t instanceof Pow p) return !(p.base() instanceof Add && p.exp() instanceof cofactor.expr.Num k && k.isInteger() && k.signum() > 0);
        if (t instanceof Mul m) {
            for (int i = 0; i < m.size(); i++) if (!isMonomial(m.factor(i))) return false;
        }
        return true;
    }

    private static double luDet(double[][] a) {
        int n = a.length;
        double det = 1;
        for (int k = 0; k < n; k++) {
            int p = k;
            for (int i = k + 1; i < n; i++) if (Math.abs(a[i][k]) > Math.abs(a[p][k])) p = i;
            if (a[p][k] == 0) return 0;
            if (p != k) { double[] t = a[p]; a[p] = a[k]; a[k] = t; det = -det; }
            det *= a[k][k];
            for (int i = k + 1; i < n; i++) {
                double f = a[i][k] / a[k][k];
                for (int j = k; j < n; j++) a[i][j] -= f * a[k][j];
            }
        }
        return det;
    }
}
