package cofactor.lang;

import cofactor.expr.Expr;
import cofactor.matexpr.MatExpr;
import cofactor.matexpr.MatExprs;
import cofactor.matrix.Matrix;

/**
 * A value of the language. Code that treats the kinds differently switches over
 * {@link #kind()} with no {@code default} (Java 17 has no type patterns in switch),
 * so a new kind of value does not
 * compile until every such place handles it. Code that accepts one kind and
 * refuses the rest ({@link Args}' accessors) tests for it with {@code instanceof}:
 * its refusal covers a new kind too. Scalars and matrices are the {@code expr}
 * and {@code matrix} packages' own types, wrapped: those packages know nothing
 * of the language.
 */
public sealed interface Value permits ScalarValue, MatrixValue, MatExprValue, StringValue, FunctionValue, MinimizeResult, FitResult, SeriesValue, Report {

    /** The kinds of value, one per implementation (both function kinds are {@code FUNCTION}). */
    enum Kind { SCALAR, MATRIX, MATEXPR, STRING, FUNCTION, RESULT, REPORT }

    Kind kind();

    /** The text shown for this value in files, {@code -e} and the REPL; a scalar's or a matrix's parses back to it. */
    String show();

    /** What the value is, for error messages: "a 2×3 matrix", "a string", or a short expression itself. */
    String describe();

    /** The names {@code r.name} reads of this value (a minimize result's x, loss, ...); none for most kinds. */
    default java.util.List<String> parts() { return java.util.List.of(); }

    static ScalarValue of(Expr e) { return new ScalarValue(e); }

    static MatrixValue of(Matrix m) { return new MatrixValue(m); }

    /** A matrix expression, or the scalar it is when it is 1×1 ({@code v'*Q*v + 1} is a sum of scalars). */
    static Value of(MatExpr m) { return m.shape().isScalar() ? new ScalarValue(MatExprs.scalar(m)) : new MatExprValue(m); }
}
