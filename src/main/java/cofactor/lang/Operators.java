package cofactor.lang;

import cofactor.expr.Expr;
import cofactor.expr.Num;
import cofactor.matrix.Matrix;

/** The arithmetic operators on values: scalars and matrices, with shape and type errors that name the operator. */
final class Operators {
    private Operators() {}

    static Object add(Object a, Object b) {
        if (a instanceof Expr x && b instanceof Expr y) return Expr.add(x, y);
        if (a instanceof Matrix x && b instanceof Matrix y) return x.plus(y);
        throw mismatch("+", "add", a, b);
    }

    static Object sub(Object a, Object b) {
        if (a instanceof Expr x && b instanceof Expr y) return Expr.sub(x, y);
        if (a instanceof Matrix x && b instanceof Matrix y) return x.minus(y);
        throw mismatch("-", "subtract", a, b);
    }

    static Object mul(Object a, Object b) {
        if (a instanceof Expr x && b instanceof Expr y) return Expr.mul(x, y);
        if (a instanceof Expr x && b instanceof Matrix m) return m.scale(x);
        if (a instanceof Matrix m && b instanceof Expr y) return m.scale(y);
        if (a instanceof Matrix x && b instanceof Matrix y) return x.times(y);
        throw mismatch("*", "multiply", a, b);
    }

    static Object div(Object a, Object b) {
        if (a instanceof Expr x && b instanceof Expr y) return Expr.div(x, y);
        if (a instanceof Matrix m && b instanceof Expr y) return m.scale(Expr.pow(y, -1));
        if (b instanceof Matrix) throw new EvalError("/", "cannot divide by a matrix; use inv(A)");
        throw mismatch("/", "divide", a, b);
    }

    static Object pow(Object a, Object b) {
        if (a instanceof Expr x && b instanceof Expr y) return Expr.pow(x, y);
        if (a instanceof Matrix m && b instanceof Num k && k.isInteger()) return matrixPower(m, k.intValueExact("^: the exponent"));
        if (a instanceof Matrix) throw new EvalError("^", "a matrix power needs an integer exponent, got " + Values.describe(b));
        throw mismatch("^", "raise", a, b);
    }

    static Object negate(Object a) {
        if (a instanceof Expr x) return Expr.neg(x);
        if (a instanceof Matrix m) return m.scale(Num.MINUS_ONE);
        throw new EvalError("-", "cannot negate " + Values.describe(a));
    }

    /** A^k by repeated squaring; a negative k goes through the inverse. */
    private static Matrix matrixPower(Matrix m, int k) {
        if (!m.isSquare()) throw new EvalError("^", "needs a square matrix, got " + m.shape());
        if (k < 0) {
            m = cofactor.matrix.Inverse.of(m);
            k = -k;
        }
        Matrix result = Matrix.identity(m.rows());
        for (Matrix p = m; k > 0; k >>= 1) {
            if ((k & 1) == 1) result = result.times(p);
            if (k > 1) p = p.times(p);
        }
        return result;
    }

    private static EvalError mismatch(String op, String verb, Object a, Object b) {
        return new EvalError(op, "cannot " + verb + " " + Values.describe(a) + " and " + Values.describe(b));
    }
}
