package cofactor.lang;

import static org.junit.jupiter.api.Assertions.assertEquals;

import cofactor.Cofactor;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * compile of matrix expressions of symbolic size as users call it: values against the exact
 * engine's (the same expression on the explicit matrices, then N), and one error line for each
 * wrong call.
 */
class MatrixNumbersTest {
    static final String SETUP = "X = matrix(X, n, n); S = matrix(S, n, n); v = vector(v, n); "
            + "f = log(det(X)) - tr(S*X); g = compile(f, X, S); h = compile(inv(X)*S, X, S); q = compile(v'*X*v + tr(X), X, v)";

    static String show(String source) {
        Cofactor cf = new Cofactor();
        cf.eval(SETUP);
        return MatrixExpressionsTest.show(cf, source);
    }

    /** Each compiled call beside the exact engine's value of the same formula on the explicit matrices (v'*X*v by hand). */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "g([[2, 1], [1, 2]], eye(2))                           | N(log(det([[2, 1], [1, 2]])) - tr(eye(2)*[[2, 1], [1, 2]]))",
            "g([[4, 1, 0], [1, 3, 1], [0, 1, 2]], [[1, 2, 3], [0, 1, 0], [5, 0, 1]]) | N(log(det([[4, 1, 0], [1, 3, 1], [0, 1, 2]])) - tr([[1, 2, 3], [0, 1, 0], [5, 0, 1]]*[[4, 1, 0], [1, 3, 1], [0, 1, 2]]))",
            "h([[2, 1], [1, 3]], [[1, 2], [3, 4]])                 | N(inv([[2, 1], [1, 3]])*[[1, 2], [3, 4]])",
            "q([[1, 2], [3, 4]], [1, -1])                          | 1 - 2 - 3 + 4 + 5",
            "k = compile(X*v); k([[1, 2], [3, 4]], [5, 6])         | N([[1, 2], [3, 4]]*[5, 6])",
            "k = compile(det(2*X)); k([[1, 2], [3, 4]])            | N(det(2*[[1, 2], [3, 4]]))",
            "k = compile(adj(X)); k([[1, 2], [2, 4]])              | N(adj([[1, 2], [2, 4]]))",
            "k = compile(sum(exp(X) .* S), X, S); k([[0, 1], [2, 0]], [[1, 2], [3, 4]]) | N(sum(exp([[0, 1], [2, 0]]) .* [[1, 2], [3, 4]]))",
            "k = compile(norm(X*S - S)^2, X, S); k([[1, 2], [3, 4]], [[0, 1], [1, 1]])  | N(sum(([[1, 2], [3, 4]]*[[0, 1], [1, 1]] - [[0, 1], [1, 1]]).^2))",
            "k = compile(X.^2 ./ S, X, S); k([[1, 2], [3, 4]], [[2, 1], [1, 2]])        | N([[1, 2], [3, 4]].^2 ./ [[2, 1], [1, 2]])",
            "k = compile(kron(X, S), X, S); k([[1, 2], [3, 4]], [[0, 1], [1, 0]])       | N(kron([[1, 2], [3, 4]], [[0, 1], [1, 0]]))",
            "k = compile(diag(v)*X + diag(X)*v', X, v); k([[1, 2], [3, 4]], [2, 3])    | N(diag([2, 3])*[[1, 2], [3, 4]] + [1, 4]*transpose([2, 3]))",
    })
    void valuesAgreeWithTheExactEngine(String compiled, String exact) {
        String a = show(compiled), b = show(exact);
        assertEquals(numbers(b), numbers(a), 1e-12 * Math.max(1, Math.abs(numbers(b))), compiled + " gave " + a + ", exactly " + b);
    }

    /** The sum of the numbers in a value's text: enough to tell two results apart, entry by entry compared by the other test. */
    private static double numbers(String shown) {
        double s = 0;
        int k = 1;
        for (String t : shown.replaceAll("[\\[\\]]", " ").split("[ ,]+")) if (!t.isBlank()) s += k++ * Double.parseDouble(t);
        return s;
    }

    /**
     * minimize over a matrix symbol: the Gaussian likelihood's minimum is inv(S), the quadratic
     * tr(S*X*X') - 2*tr(X) (gradient 2*S*X - 2*eye(n) for a symmetric S) is at inv(S) too,
     * both against the exact inverse; gd as well as lbfgs.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "minimize(-log(det(X)) + tr(S*X), X, start = eye(3), S = [[2, 1, 0], [1, 3, 1], [0, 1, 4]])",
            "minimize(tr(S*X*X') - 2*tr(X), X, start = eye(3), S = [[2, 1, 0], [1, 3, 1], [0, 1, 4]])",
            "minimize(-log(det(X)) + tr(S*X), X, start = eye(3), S = [[2, 1, 0], [1, 3, 1], [0, 1, 4]], method = \"gd\", rate = 0.05, steps = 5000)",
    })
    void minimizeOverAMatrixSymbolFindsTheInverse(String call) {
        String x = show("r = " + call + "; r.x"), inverse = show("N(inv([[2, 1, 0], [1, 3, 1], [0, 1, 4]]))");
        String[] got = x.replaceAll("[\\[\\]]", " ").trim().split("[ ,]+"), want = inverse.replaceAll("[\\[\\]]", " ").trim().split("[ ,]+");
        assertEquals(want.length, got.length, x);
        for (int k = 0; k < want.length; k++) assertEquals(Double.parseDouble(want[k]), Double.parseDouble(got[k]), 1e-7, x);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "minimize(f, X, start = eye(2))                               | error: minimize: the loss depends on S too: give its value as an option, S = [[...]]",
            "minimize(f, X, S = eye(2))                                   | error: minimize: over a matrix symbol, start = a matrix of numbers is needed (its size gives n×n)",
            "minimize(-f, X, start = -eye(3), S = eye(3))                 | error: minimize: the loss is not defined at the start: log: det(X) is negative at this point, outside the domain of log",
            "minimize(f, X, start = eye(3), S = eye(2))                   | error: minimize: S is n×n, got a 2×2 matrix (n = 3 from X)",
            "minimize(f, X, start = [[1, 2, 3]], S = eye(2))              | error: minimize: start is for X, which is n×n, got a 1×3 matrix",
            "minimize(f, X, start = eye(2), S = x)                        | error: minimize: S must be a matrix of numbers, got x",
            "minimize(f, X, start = eye(2), S = eye(2), T = eye(2))       | error: minimize: unknown option 'T' (options: method, momentum, rate, start, steps, tol, and the loss's matrix symbols other than X)",
            "minimize(f, X, start = eye(2), S = eye(2), method = \"newton\") | error: minimize: newton needs the Hessian, which minimize over a matrix symbol does not compute; use lbfgs",
            "minimize(f, 2*X, start = eye(2), S = eye(2))                 | error: minimize: argument 2 must be a matrix symbol such as X = matrix(X, n, n), got the n×n matrix 2*X",
            "minimize(x^2, x, foo = 1)                                    | error: minimize: unknown option 'foo' (options: method, momentum, rate, start, steps, tol)",
            "minimize(-log(det(X)) + tr([[2, 1], [1, 2]]*X), X, start = eye(2)) | error: *: cannot multiply a 2×2 matrix and the n×n matrix X: a matrix of numbers has no symbolic size; make it a matrix symbol, M = matrix(M, n, n), and give its numbers where the expression is evaluated: minimize(f, X, start = ..., M = [[...]]), or an argument of compile(f, X, M)",
    })
    void minimizeErrors(String source, String expected) {
        assertEquals(expected, show(source));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "g([[1, 2, 3], [4, 5, 6]], eye(2)) | error: g: X is n×n, got a 2×3 matrix",
            "g(eye(3), eye(2))                 | error: g: S is n×n, got a 2×2 matrix (n = 3 from X)",
            "g(eye(2))                         | error: g: takes 2 matrices (X, S), got 1 argument",
            "g(x, eye(2))                      | error: g: the value for X must be a matrix of numbers, got x",
            "g([[x, 1], [1, 1]], eye(2))       | error: g: the value for X must be a matrix of numbers, entry (1, 1) is x",
            "g([[0, 1], [1, 0]], eye(2))       | error: g: log: det(X) is negative at this point, outside the domain of log",
            "h([[1, 2], [2, 4]], eye(2))       | error: h: inv: X is singular at this point",
            "k = compile(log(X)); k([[1, -2], [3, 4]]) | error: k: log(X) has an entry that is not a real number at this point",
            "compile(f, X)                     | error: compile: the matrix symbol S is not among the variables (X)",
            "compile(f, X, x)                  | error: compile: argument 3 must be a matrix symbol such as X = matrix(X, n, n), got x",
            "compile(c*det(X), X)              | error: compile: c*det(X) has the free symbol c, which is neither a matrix symbol given nor a size of one",
            "compile(f)                        | compiled function of matrices (S: n×n, X: n×n) to numbers",
            "compile(X*v, X, v)                | compiled function of matrices (X: n×n, v: n×1) to vectors of length n",
    })
    void callsAndErrors(String source, String expected) {
        assertEquals(expected, show(source));
    }
}
