package cofactor.lang;

import cofactor.expr.LatexPrinter;
import cofactor.matexpr.MatLatexPrinter;
import cofactor.matrix.Matrix;

/** A value as LaTeX, as {@code latex(e)} writes it and a notebook typesets it. */
public final class LatexForm {
    private LatexForm() {}

    /** The LaTeX of an expression, a matrix or a matrix expression; null for the kinds of value that have none. */
    public static String of(Value v) {
        return switch (v.kind()) {
            case SCALAR -> LatexPrinter.print(((ScalarValue) v).expr());
            case MATRIX -> {
                Matrix m = ((MatrixValue) v).matrix();
                yield LatexPrinter.matrix(m.rows(), m.cols(), m.entries());
            }
            case MATEXPR -> MatLatexPrinter.print(((MatExprValue) v).expr());
            case STRING, FUNCTION, RESULT, REPORT -> null;
        };
    }
}
