package cofactor.lang;

import cofactor.matrix.Matrix;

/** A matrix (a column vector is an n×1 one) as a value of the language. */
public record MatrixValue(Matrix matrix) implements Value {
    @Override public Kind kind() { return Kind.MATRIX; }

    @Override public String show() { return matrix.toString(); }

    @Override public String describe() {
        return matrix.isVector() ? "a vector of length " + matrix.rows() : "a " + matrix.shape() + " matrix";
    }
}
