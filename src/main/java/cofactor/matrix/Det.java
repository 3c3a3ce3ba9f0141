package cofactor.matrix;

import cofactor.expr.Expr;
import cofactor.expr.Num;
import cofactor.expr.Sym;
import cofactor.guard.Limits;
import cofactor.guard.Progress;
import cofactor.poly.Poly;
import cofactor.poly.Together;

/**
 * Determinants without division, fully expanded: the canonical polynomial in the
 * entries (entries that are sums are multiplied out; {@code sin x}, {@code exp y}
 * stay whole as factors). Numbers only: LU with partial pivoting ({@link NumberMatrices};
 * exact rationals stay exact).
 * Otherwise {@link PolyMatrix}: minor expansion over column subsets or Berkowitz,
 * after estimating the size of the result and refusing it over the limit; with
 * denominators among the entries, the result in lowest terms ({@link #lowestTerms}).
 */
public final class Det {
    private Det() {}

    public static Expr of(Matrix a, Limits limits) {
        requireSquare("det", a);
        return det(a, limits);
    }

    static Expr det(Matrix a, Limits limits) {
        if (a.rows() == 0) return Num.ONE;
        if (NumberMatrices.isNumeric(a)) return NumberMatrices.det(a);
        PolyMatrix pm = new PolyMatrix(a, limits);
        double estimate = pm.estimate(-1);
        limits.checkTerms(estimate);
        boolean laplace = pm.preferLaplace();
        Progress meter = Progress.current();
        if (meter != null) meter.start("det: " + a.shape() + ", at most " + Math.round(estimate) + " terms", laplace ? pm.laplaceProducts() : 0);
        pm.prepare(!laplace);
        Poly d = laplace ? pm.laplaceDet() : pm.berkowitzDet();
        if (meter != null) meter.start("det: " + a.shape() + ", writing out " + d.size() + " terms", 0);
        return lowestTerms(a, d.dividedBy(pm.scale(-1)).toExpr(limits), limits);
    }

    /**
     * A result of a matrix with denominators in together's form: the expansion takes
     * 1/(x + 2) for a kernel beside x, so det([[1/(x + 2), 1], [1, x + 2]]) expands to
     * x/(x + 2) + 2/(x + 2) - 1, which is 0. A polynomial matrix's results stay off the gcd path.
     */
    static Expr lowestTerms(Matrix a, Expr result, Limits limits) {
        return a.hasDenominators() ? Together.of(result, limits) : result;
    }

    /** The determinant of a without row i and column j (0-based). */
    public static Expr minor(Matrix a, int i, int j, Limits limits) {
        requireSquare("minor", a);
        int n = a.rows();
        if (i < 0 || i >= n || j < 0 || j >= n) {
            throw new ShapeError("minor", "row " + (i + 1) + ", column " + (j + 1) + " is outside the " + a.shape() + " matrix");
        }
        return det(without(a, i, j), limits);
    }

    /** a without row i and column j. */
    static Matrix without(Matrix a, int i, int j) {
        int n = a.rows();
        Expr[] e = new Expr[(n - 1) * (n - 1)];
        int k = 0;
        for (int r = 0; r < n; r++) for (int c = 0; c < n; c++) if (r != i && c != j) e[k++] = a.get(r, c);
        return Matrix.of(n - 1, n - 1, e);
    }

    /** The characteristic polynomial det(λI − A), expanded and collected by the powers of λ (monic, degree n). */
    public static Expr charpoly(Matrix a, Sym lambda, Limits limits) {
        requireSquare("charpoly", a);
        return cofactor.poly.PowersOf.collect(det(Matrix.identity(a.rows()).scale(lambda).minus(a), limits), lambda);
    }

    public static Expr trace(Matrix a) {
        requireSquare("tr", a);
        java.util.List<Expr> d = new java.util.ArrayList<>();
        for (int i = 0; i < a.rows(); i++) d.add(a.get(i, i));
        return Expr.add(d);
    }

    static void requireSquare(String op, Matrix a) {
        if (!a.isSquare()) throw new ShapeError(op, "needs a square matrix, got " + a.shape());
    }
}
