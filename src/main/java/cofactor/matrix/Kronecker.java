package cofactor.matrix;

import cofactor.expr.Expr;
import cofactor.guard.Interrupts;
import cofactor.guard.Limits;

/** kron(A, B): the block matrix whose block (i, j) is a_ij*B, of shape rows(A)·rows(B) × cols(A)·cols(B). */
public final class Kronecker {
    private Kronecker() {}

    public static Matrix of(Matrix a, Matrix b, Limits limits) {
        long rows = (long) a.rows() * b.rows(), cols = (long) a.cols() * b.cols();
        if (rows * cols > limits.maxEntries()) {
            throw new ShapeError("kron", "a " + rows + "×" + cols + " matrix would have " + rows * cols + " entries, over the limit of "
                    + limits.maxEntries() + "; raise it with set(maxentries = ...)");
        }
        int r = (int) rows, c = (int) cols;
        Expr[] e = new Expr[r * c];
        for (int i = 0; i < a.rows(); i++) {
            Interrupts.check();
            for (int j = 0; j < a.cols(); j++) {
                Expr aij = a.get(i, j);
                for (int k = 0; k < b.rows(); k++) {
                    for (int l = 0; l < b.cols(); l++) e[(i * b.rows() + k) * c + j * b.cols() + l] = Expr.mul(aij, b.get(k, l));
                }
            }
        }
        return Matrix.of(r, c, e);
    }
}
