package cofactor.matrix;

import cofactor.expr.Expr;
import cofactor.expr.Num;

/**
 * The exact inverse by Gauss–Jordan elimination with division; a singular matrix
 * is a clear error. (The determinant work replaces this with inv = adj/det where
 * entries are symbolic.)
 */
public final class Inverse {
    private Inverse() {}

    public static Matrix of(Matrix a) {
        if (!a.isSquare()) throw new ShapeError("inv", "needs a square matrix, got " + a.shape());
        int n = a.rows();
        Expr[][] m = new Expr[n][2 * n];
        for (int i = 0; i < n; i++) for (int j = 0; j < n; j++) {
            m[i][j] = a.get(i, j);
            m[i][n + j] = i == j ? Num.ONE : Num.ZERO;
        }
        for (int c = 0; c < n; c++) {
            int p = c;
            while (p < n && isZero(m[p][c])) p++;
            if (p == n) throw new SingularError("inv", "the matrix is singular (its determinant is 0)");
            Expr[] t = m[p]; m[p] = m[c]; m[c] = t;
            Expr inv = Expr.pow(m[c][c], -1);
            for (int j = 0; j < 2 * n; j++) m[c][j] = Expr.mul(m[c][j], inv);
            for (int i = 0; i < n; i++) {
                if (i == c || m[i][c].isZero()) continue;
                Expr f = m[i][c];
                for (int j = 0; j < 2 * n; j++) m[i][j] = Expr.sub(m[i][j], Expr.mul(f, m[c][j]));
            }
        }
        Expr[] out = new Expr[n * n];
        for (int i = 0; i < n; i++) for (int j = 0; j < n; j++) out[i * n + j] = m[i][n + j];
        return Matrix.of(n, n, out);
    }

    private static boolean isZero(Expr e) { return e.isZero() || e instanceof Num n && n.doubleValue() == 0.0; }
}
