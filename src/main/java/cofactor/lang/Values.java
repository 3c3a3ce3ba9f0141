package cofactor.lang;

import cofactor.expr.Expr;
import cofactor.matrix.Matrix;

/** How values print and how they are named in error messages. */
public final class Values {
    private Values() {}

    /** The one-line text of a value, as files and {@code -e} print it; it parses back to the value. */
    public static String show(Object v) {
        if (v instanceof Expr || v instanceof Matrix) return v.toString();
        if (v instanceof Value val) return val.show();
        if (v instanceof String s) return '"' + s.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
        return String.valueOf(v);
    }

    /** "a 2×3 matrix", "the expression x + 1": for error messages. */
    public static String describe(Object v) {
        if (v instanceof Matrix m) return (m.isVector() ? "a vector of length " + m.rows() : "a " + m.shape() + " matrix");
        if (v instanceof Expr e) {
            String s = e.toString();
            return s.length() > 40 ? "an expression" : s;
        }
        if (v instanceof Value val) return "a " + val.kind();
        if (v instanceof String) return "a string";
        return String.valueOf(v);
    }
}
