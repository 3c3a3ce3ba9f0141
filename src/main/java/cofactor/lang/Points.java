package cofactor.lang;

import cofactor.expr.Expr;
import cofactor.expr.MathError;
import cofactor.expr.Num;
import cofactor.expr.Rewrite;
import cofactor.matrix.Matrix;

/** Matrices of numbers as rows or columns of doubles and back: the points a compiled function is evaluated at, and its values. */
final class Points {
    private Points() {}

    /**
     * The rows of m as points; every entry must be a number or a closed expression such as pi/4.
     * {@code what} names the matrix in the error: "the points", "the data".
     */
    static double[][] rows(Args args, Matrix m, String what) {
        double[][] points = new double[m.rows()][m.cols()];
        read(args, m, what, (i, j, v) -> points[i][j] = v);
        return points;
    }

    /** The columns of m, {@code columns[j][i]} its entry (i, j): the points of a scalar compiled function's batch call. */
    static double[][] columns(Args args, Matrix m, String what) {
        double[][] columns = new double[m.cols()][m.rows()];
        read(args, m, what, (i, j, v) -> columns[j][i] = v);
        return columns;
    }

    private interface Entry {
        void put(int i, int j, double v);
    }

    /** Each entry of m as a double, row by row, so that the first entry that is no number is the one named. */
    private static void read(Args args, Matrix m, String what, Entry entry) {
        for (int i = 0; i < m.rows(); i++) {
            for (int j = 0; j < m.cols(); j++) entry.put(i, j, number(args, m.get(i, j), what, i, j));
        }
    }

    private static double number(Args args, Expr e, String what, int i, int j) {
        Expr v = e instanceof Num ? e : Rewrite.numeric(e);
        if (!(v instanceof Num n)) throw args.error(what + " must be numbers, entry (" + (i + 1) + ", " + (j + 1) + ") is " + e);
        return n.doubleValue();
    }

    /** A column vector of the values at the points, in order. */
    static Matrix vector(double[] values) {
        Expr[] e = new Expr[values.length];
        for (int i = 0; i < e.length; i++) e[i] = at(values[i], i);
        return Matrix.of(e.length, 1, e);
    }

    /** The rows as a matrix (all of one length), row i the values at point i. */
    static Matrix matrix(double[][] rows) {
        for (int i = 0; i < rows.length; i++) for (double v : rows[i]) at(v, i);
        return Matrix.ofDoubles(rows);
    }

    /** A value at point i; one that is no number (log of a negative point) is an error naming the point. */
    private static Num at(double v, int i) {
        if (Double.isFinite(v)) return Num.real(v);
        throw new MathError("at point " + (i + 1) + (Double.isNaN(v) ? " the result is not a real number" : " the result is beyond the range of a double"));
    }
}
