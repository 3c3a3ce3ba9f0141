package cofactor.matrix;

import cofactor.expr.Expr;
import cofactor.expr.Num;
import cofactor.guard.Limits;
import cofactor.poly.Expand;
import cofactor.poly.Poly;

/**
 * The adjugate (transposed matrix of cofactors), computed from minors without
 * division, so it is defined and correct for singular matrices too:
 * {@code adj([[1, 2], [2, 4]]) = [[4, -2], [-2, 1]]}. For symbolic matrices the
 * minors of row i come out of the same column-subset memo as the determinant:
 * the sub-determinants of the rows below i are shared by all rows above them.
 */
public final class Adjugate {
    private Adjugate() {}

    /** The adjugate and, when asked for, the determinant. */
    public record WithDet(Matrix adj, Expr det) {}

    public static Matrix adj(Matrix a, Limits limits) {
        Det.requireSquare("adj", a);
        return compute(a, limits, false).adj;
    }

    /** The adjugate and the determinant, which takes the sub-determinants the minors left behind. */
    public static WithDet withDet(Matrix a, Limits limits) {
        Det.requireSquare("adj", a);
        return compute(a, limits, true);
    }

    /** The matrix of cofactors: entry (i, j) is (-1)^(i+j) times the minor without row i and column j. */
    public static Matrix cofactors(Matrix a, Limits limits) {
        Det.requireSquare("cofactor", a);
        return compute(a, limits, false).adj.transpose();
    }

    static WithDet compute(Matrix a, Limits limits, boolean withDet) {
        int n = a.rows();
        if (n == 0) return new WithDet(a, Num.ONE);
        if (n == 1) return new WithDet(Matrix.identity(1), Det.lowestTerms(a, Expand.of(a.get(0, 0), limits), limits));
        if (NumberMatrices.isNumeric(a)) return numeric(a);
        PolyMatrix pm = new PolyMatrix(a, limits);
        double estimate = 0;
        for (int i = 0; i < n; i++) estimate += pm.estimate(i);
        limits.checkTerms(estimate);
        boolean laplace = pm.preferLaplace();
        pm.prepare(!laplace);
        Expr[] adj = new Expr[n * n];
        for (int i = 0; i < n; i++) {
            Poly[] minors = laplace ? pm.laplaceMinorsOfRow(i) : null;
            for (int j = 0; j < n; j++) {
                Poly m = laplace ? minors[j] : pm.minorByBerkowitz(i, j);
                Expr c = m == null ? Num.ZERO : Det.lowestTerms(a, m.dividedBy(pm.scale(i)).toExpr(limits), limits);
                adj[j * n + i] = (i + j) % 2 == 0 ? c : Expr.neg(c);
            }
        }
        Expr det = null;
        if (withDet) { // after the minors, so the memo of sub-determinants is shared
            Poly d = laplace ? pm.laplaceDet() : pm.berkowitzDet();
            det = Det.lowestTerms(a, d.dividedBy(pm.scale(-1)).toExpr(limits), limits);
        }
        return new WithDet(Matrix.of(n, n, adj), det);
    }

    /**
     * An exact matrix: adj = det·inv from one factorisation when it is invertible; otherwise
     * each cofactor from its own minor. A small one with doubles: that of its decimals, rounded
     * (see NumberMatrices). A large one: the stable adjugate, finite and right at rank n−1 (as nadj).
     */
    private static WithDet numeric(Matrix a) {
        if (NumberMatrices.exactlyFromDecimals(a)) {
            WithDet exact = numeric(NumberMatrices.printedValues(a));
            return new WithDet(exact.adj().map(NumberMatrices::rounded), NumberMatrices.rounded(exact.det()));
        }
        if (!NumberMatrices.isExact(a)) return new WithDet(NumberMatrices.inexactAdjugate(a), NumberMatrices.det(a));
        NumberMatrices.Factored f = NumberMatrices.Factored.of(a);
        if (!f.isSingular()) return new WithDet(f.inverse().scale(f.det()), f.det());
        int n = a.rows();
        Expr[] adj = new Expr[n * n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                Num m = NumberMatrices.det(Det.without(a, i, j));
                adj[j * n + i] = (i + j) % 2 == 0 ? m : m.negate();
            }
        }
        return new WithDet(Matrix.of(n, n, adj), Num.ZERO);
    }
}
