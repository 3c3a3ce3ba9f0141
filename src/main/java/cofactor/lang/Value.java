package cofactor.lang;

import cofactor.expr.Expr;
import cofactor.matrix.Matrix;

/**
 * A value of the language. Code that treats the kinds differently switches over
 * {@link #kind()} with no {@code default} (Java 17 has no type patterns in switch),
 * so a new kind of value (next: matrix expressions of symbolic size) does not
 * compile until every such place handles it. Code that accepts one kind and
 * refuses the rest ({@link Args}' accessors) tests for it with {@code instanceof}:
 * its refusal covers a new kind too. Scalars and matrices are the {@code expr}
 * and {@code matrix} packages' own types, wrapped: those packages know nothing
 * of the language.
 */
public sealed interface Value permits ScalarValue, MatrixValue, StringValue, FunctionValue, MinimizeResult, Report {

    /** The kinds of value, one per implementation (both function kinds are {@code FUNCTION}). */
    enum Kind { SCALAR, MATRIX, STRING, FUNCTION, RESULT, REPORT }

    Kind kind();

    /** The text shown for this value in files, {@code -e} and the REPL; a scalar's or a matrix's parses back to it. */
    String show();

    /** What the value is, for error messages: "a 2×3 matrix", "a string", or a short expression itself. */
    String describe();

    static ScalarValue of(Expr e) { return new ScalarValue(e); }

    static MatrixValue of(Matrix m) { return new MatrixValue(m); }
}
