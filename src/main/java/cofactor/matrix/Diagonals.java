package cofactor.matrix;

import cofactor.expr.Expr;
import cofactor.expr.Num;

/** diag both ways: the square matrix with a vector on its diagonal, and the vector of a square matrix's diagonal. */
public final class Diagonals {
    private Diagonals() {}

    /** diag(v): n×n with v's entries on the diagonal and 0 elsewhere. */
    public static Matrix matrix(Matrix v) {
        if (!v.isVector()) throw new ShapeError("diag", "needs a column vector, got " + v.shape());
        int n = v.rows();
        Expr[] e = new Expr[n * n];
        java.util.Arrays.fill(e, Num.ZERO);
        for (int i = 0; i < n; i++) e[i * n + i] = v.get(i);
        return Matrix.of(n, n, e);
    }

    /** diag(X): the column of a square X's diagonal entries. */
    public static Matrix diagonal(Matrix x) {
        if (!x.isSquare()) throw new ShapeError("diag", "needs a square matrix, got " + x.shape());
        Expr[] e = new Expr[x.rows()];
        for (int i = 0; i < e.length; i++) e[i] = x.get(i, i);
        return Matrix.of(e.length, 1, e);
    }
}
