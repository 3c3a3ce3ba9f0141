package cofactor.matrix;

import cofactor.expr.Expr;
import cofactor.expr.Num;

/**
 * The exact inverse. Numbers: Gauss–Jordan elimination (exact rationals, or
 * doubles with partial pivoting). Symbolic: {@code adj(A)/det(A)}, both expanded
 * and division-free until the one division by the determinant. A singular matrix
 * is a clear error.
 */
public final class Inverse {
    private Inverse() {}

    public static Matrix of(Matrix a) { return of(a, Det.DEFAULT_MAX_TERMS); }

    public static Matrix of(Matrix a, long maxTerms) {
        Det.requireSquare("inv", a);
        if (a.rows() == 0) return a;
        if (Numeric.isNumeric(a)) return Numeric.inverse(a);
        Adjugate.Result r = Adjugate.compute(a, maxTerms, true);
        if (r.det().isZero()) throw new SingularError("inv", "the matrix is singular (its determinant is 0)");
        Expr inverseDet = Expr.pow(r.det(), Num.MINUS_ONE);
        return r.adj().map(e -> Expr.mul(e, inverseDet));
    }
}
