package cofactor.codegen;

import java.util.List;

/**
 * One function to generate: its name and parameters, what it returns, the
 * comment that says what it computes, and its statements. For a vector
 * {@code rows} is its length; for the value and gradient, the number of
 * variables (the listing's output 0 is the value, outputs 1..n the gradient).
 */
record Definition(String name, List<String> params, Result result, int rows, int cols, List<String> comment, Listing body) {
    enum Result { SCALAR, VECTOR, MATRIX, VALUE_AND_GRADIENT }

    /** Row i of a matrix result. */
    List<Code> row(int i) { return body.outputs().subList(i * cols, (i + 1) * cols); }
}
