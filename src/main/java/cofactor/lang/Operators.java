package cofactor.lang;

import cofactor.expr.Expr;
import cofactor.expr.Num;
import cofactor.guard.Limits;
import cofactor.guard.TooLargeError;
import cofactor.matexpr.MatExpr;
import cofactor.matexpr.MatExprs;
import cofactor.matrix.Inverse;
import cofactor.matrix.Matrix;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

/**
 * The operators on values: arithmetic on scalars and matrices, transpose, and
 * applying a scalar operation entry by entry, with type errors that name the
 * operator. Each switches over the kind of its (left) operand, so a new kind of
 * value must say here what the operators do with it. Matrix products and powers
 * expand, so they take the session's limits.
 */
final class Operators {
    private Operators() {}

    static Value add(Value a, Value b) {
        return switch (a.kind()) {
            case SCALAR -> b instanceof ScalarValue y ? Value.of(Expr.add(expr(a), y.expr())) : refuse("+", "add", a, b);
            case MATRIX -> b instanceof MatrixValue y ? Value.of(matrix(a).plus(y.matrix())) : refuse("+", "add", a, b);
            case MATEXPR -> b instanceof MatExprValue y ? Value.of(MatExprs.add(matexpr(a), y.expr())) : refuse("+", "add", a, b);
            case STRING, FUNCTION, RESULT, REPORT -> refuse("+", "add", a, b);
        };
    }

    static Value sub(Value a, Value b) {
        return switch (a.kind()) {
            case SCALAR -> b instanceof ScalarValue y ? Value.of(Expr.sub(expr(a), y.expr())) : refuse("-", "subtract", a, b);
            case MATRIX -> b instanceof MatrixValue y ? Value.of(matrix(a).minus(y.matrix())) : refuse("-", "subtract", a, b);
            case MATEXPR -> b instanceof MatExprValue y ? Value.of(MatExprs.sub(matexpr(a), y.expr())) : refuse("-", "subtract", a, b);
            case STRING, FUNCTION, RESULT, REPORT -> refuse("-", "subtract", a, b);
        };
    }

    static Value mul(Value a, Value b, Limits limits) {
        return switch (a.kind()) {
            case SCALAR -> b instanceof ScalarValue y ? Value.of(Expr.mul(expr(a), y.expr()))
                    : b instanceof MatrixValue m ? Value.of(m.matrix().scale(expr(a)))
                    : b instanceof MatExprValue m ? Value.of(MatExprs.scale(expr(a), m.expr())) : refuse("*", "multiply", a, b);
            case MATRIX -> b instanceof ScalarValue y ? Value.of(matrix(a).scale(y.expr()))
                    : b instanceof MatrixValue m ? Value.of(named("*", () -> matrix(a).times(m.matrix(), limits))) : refuse("*", "multiply", a, b);
            case MATEXPR -> b instanceof ScalarValue y ? Value.of(MatExprs.scale(y.expr(), matexpr(a)))
                    : b instanceof MatExprValue m ? Value.of(MatExprs.mul(matexpr(a), m.expr())) : refuse("*", "multiply", a, b);
            case STRING, FUNCTION, RESULT, REPORT -> refuse("*", "multiply", a, b);
        };
    }

    static Value div(Value a, Value b) {
        if (b instanceof MatrixValue || b instanceof MatExprValue) throw new EvalError("/", "cannot divide by a matrix; use inv(A)");
        return switch (a.kind()) {
            case SCALAR -> b instanceof ScalarValue y ? Value.of(Expr.div(expr(a), y.expr())) : refuse("/", "divide", a, b);
            case MATRIX -> b instanceof ScalarValue y ? Value.of(matrix(a).scale(Expr.pow(y.expr(), -1))) : refuse("/", "divide", a, b);
            case MATEXPR -> b instanceof ScalarValue y ? Value.of(MatExprs.scale(Expr.pow(y.expr(), -1), matexpr(a))) : refuse("/", "divide", a, b);
            case STRING, FUNCTION, RESULT, REPORT -> refuse("/", "divide", a, b);
        };
    }

    static Value pow(Value a, Value b, Limits limits) {
        return switch (a.kind()) {
            case SCALAR -> b instanceof ScalarValue y ? Value.of(Expr.pow(expr(a), y.expr())) : refuse("^", "raise", a, b);
            case MATRIX -> {
                if (b instanceof ScalarValue y && y.expr() instanceof Num k && k.isInteger()) {
                    int n = k.intValueExact("^: the exponent");
                    yield Value.of(named("^", () -> matrixPower(matrix(a), n, limits)));
                }
                throw new EvalError("^", "a matrix power needs an integer exponent, got " + b.describe());
            }
            case MATEXPR -> {
                if (b instanceof ScalarValue y && y.expr() instanceof Num k && k.isInteger()) {
                    yield Value.of(MatExprs.power(matexpr(a), k.intValueExact("^: the exponent")));
                }
                throw new EvalError("^", "a matrix power needs an integer exponent, got " + b.describe());
            }
            case STRING, FUNCTION, RESULT, REPORT -> refuse("^", "raise", a, b);
        };
    }

    /** A.*B entry by entry, for matrices of one shape; with a scalar on either side it is the scalar multiple. */
    static Value hadamard(Value a, Value b) {
        if (a instanceof ScalarValue || b instanceof ScalarValue) return scalarMultiple(".*", a, b, Expr::mul);
        return switch (a.kind()) {
            case MATRIX -> b instanceof MatrixValue y ? Value.of(matrix(a).hadamard(y.matrix())) : refuse(".*", "multiply entry-wise", a, b);
            case MATEXPR -> b instanceof MatExprValue y ? Value.of(MatExprs.hadamard(matexpr(a), y.expr())) : refuse(".*", "multiply entry-wise", a, b);
            case SCALAR, STRING, FUNCTION, RESULT, REPORT -> refuse(".*", "multiply entry-wise", a, b);
        };
    }

    /** A./B entry by entry, for matrices of one shape; c./B divides c by each entry, A./c is A/c. */
    static Value entryQuotient(Value a, Value b) {
        if (a instanceof ScalarValue c && b instanceof MatExprValue y) return Value.of(MatExprs.entryQuotient(c.expr(), y.expr()));
        if (a instanceof ScalarValue || b instanceof ScalarValue) return scalarMultiple("./", a, b, Expr::div);
        return switch (a.kind()) {
            case MATRIX -> b instanceof MatrixValue y ? Value.of(matrix(a).entryQuotient(y.matrix())) : refuse("./", "divide entry-wise", a, b);
            case MATEXPR -> b instanceof MatExprValue y ? Value.of(MatExprs.entryQuotient(matexpr(a), y.expr())) : refuse("./", "divide entry-wise", a, b);
            case SCALAR, STRING, FUNCTION, RESULT, REPORT -> refuse("./", "divide entry-wise", a, b);
        };
    }

    /** A scalar and a matrix (explicit or not) under .* or ./: the operation with the scalar at each entry. */
    private static Value scalarMultiple(String op, Value a, Value b, java.util.function.BinaryOperator<Expr> f) {
        if (a instanceof ScalarValue x && b instanceof MatrixValue y) return Value.of(y.matrix().map(e -> f.apply(x.expr(), e)));
        if (a instanceof MatrixValue x && b instanceof ScalarValue y) return Value.of(x.matrix().map(e -> f.apply(e, y.expr())));
        if (a instanceof MatExprValue x && b instanceof ScalarValue y) return Value.of(MatExprs.scale(f.apply(Num.ONE, y.expr()), x.expr()));
        if (a instanceof ScalarValue x && b instanceof MatExprValue y && op.equals(".*")) return Value.of(MatExprs.scale(x.expr(), y.expr()));
        return refuse(op, op.equals(".*") ? "multiply entry-wise" : "divide entry-wise", a, b);
    }

    /** A.^k: each entry to the scalar power k; for a scalar it is ^. */
    static Value entryPower(Value a, Value b) {
        if (!(b instanceof ScalarValue k)) throw new EvalError(".^", "the exponent must be a scalar, got " + b.describe());
        return switch (a.kind()) {
            case SCALAR -> Value.of(Expr.pow(expr(a), k.expr()));
            case MATRIX -> Value.of(matrix(a).map(e -> Expr.pow(e, k.expr())));
            case MATEXPR -> Value.of(MatExprs.entryPower(matexpr(a), k.expr()));
            case STRING, FUNCTION, RESULT, REPORT -> refuse(".^", "raise", a, b);
        };
    }

    static Value negate(Value a) {
        return switch (a.kind()) {
            case SCALAR -> Value.of(Expr.neg(expr(a)));
            case MATRIX -> Value.of(matrix(a).scale(Num.MINUS_ONE));
            case MATEXPR -> Value.of(MatExprs.scale(Num.MINUS_ONE, matexpr(a)));
            case STRING, FUNCTION, RESULT, REPORT -> throw new EvalError("-", "cannot negate " + a.describe());
        };
    }

    /** A' : a matrix transposed; a scalar is its own transpose; the other kinds get the caller's error. */
    static Value transpose(Value a, Supplier<EvalError> refusal) {
        return switch (a.kind()) {
            case SCALAR -> a;
            case MATRIX -> Value.of(matrix(a).transpose());
            case MATEXPR -> Value.of(MatExprs.transpose(matexpr(a)));
            case STRING, FUNCTION, RESULT, REPORT -> throw refusal.get();
        };
    }

    /** f on a scalar, or on each entry of a matrix; the other kinds get the caller's error. */
    static Value entrywise(Value a, UnaryOperator<Expr> f, Supplier<EvalError> refusal) {
        return switch (a.kind()) {
            case SCALAR -> Value.of(f.apply(expr(a)));
            case MATRIX -> Value.of(matrix(a).map(f));
            case MATEXPR, STRING, FUNCTION, RESULT, REPORT -> throw refusal.get(); // entry-wise functions of matrix expressions are to come
        };
    }

    /** A^k by repeated squaring; a negative k goes through the inverse. */
    private static Matrix matrixPower(Matrix m, int k, Limits limits) {
        if (!m.isSquare()) throw new EvalError("^", "needs a square matrix, got " + m.shape());
        if (k < 0) {
            m = Inverse.of(m, limits);
            k = -k;
        }
        Matrix result = Matrix.identity(m.rows());
        for (Matrix p = m; k > 0; k >>= 1) {
            if ((k & 1) == 1) result = result.times(p, limits);
            if (k > 1) p = p.times(p, limits);
        }
        return result;
    }

    /** A refusal over the limits, reported under the operator's name. */
    private static Matrix named(String op, Supplier<Matrix> work) {
        try {
            return work.get();
        } catch (TooLargeError e) {
            throw new EvalError(op, e.getMessage());
        }
    }

    // the operand of a SCALAR or MATRIX case
    private static Expr expr(Value scalar) { return ((ScalarValue) scalar).expr(); }
    private static Matrix matrix(Value matrix) { return ((MatrixValue) matrix).matrix(); }
    private static MatExpr matexpr(Value m) { return ((MatExprValue) m).expr(); }

    /** Throws the operator's type error; typed as a value so that it can be one arm of a switch. */
    private static Value refuse(String op, String verb, Value a, Value b) {
        String why = a instanceof MatExprValue x && b instanceof MatrixValue m ? given(x.expr(), m.matrix())
                : a instanceof MatrixValue m && b instanceof MatExprValue y ? given(y.expr(), m.matrix()) : "";
        throw new EvalError(op, "cannot " + verb + " " + a.describe() + " and " + b.describe() + why);
    }

    /**
     * Why a matrix of numbers cannot join an expression of matrix symbols, and what to write instead:
     * its size is a number where the other's is a symbol (3 is not n until n = 3 is given), so it becomes
     * a matrix symbol of its own whose numbers come where the expression is evaluated.
     */
    private static String given(MatExpr symbolic, Matrix numbers) {
        String n = symbolic.shape().rows().toString();
        String symbol = numbers.cols() == 1 ? "vector(M, " + n + ")" : "matrix(M, " + n + ", " + n + ")";
        return ": a matrix of numbers has no symbolic size; make it a matrix symbol, M = " + symbol
                + ", and give its numbers where the expression is evaluated: minimize(f, X, start = ..., M = [[...]]), or an argument of compile(f, X, M)";
    }
}
