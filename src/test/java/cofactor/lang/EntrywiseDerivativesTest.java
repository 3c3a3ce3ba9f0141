package cofactor.lang;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cofactor.Cofactor;
import cofactor.expr.Expr;
import cofactor.guard.Limits;
import cofactor.matexpr.GradientCheck;
import cofactor.matexpr.MatExpr;
import cofactor.matexpr.MatExprs;
import cofactor.matrix.Matrix;
import cofactor.poly.Together;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Derivatives through the entry-wise operations, sum, diag and kron. Each closed form printed as
 * worked by hand (d exp(X) = exp(X).*dX from the one derivative table; tr(l·(D.*dA)·r) =
 * tr(((r·l).*D')·dA)), and proven by another route: a gradient by GradientCheck (the explicit
 * engine's matrix of partials of the instantiated function at n = 1 to 4, central differences at
 * n = 10 and 50), and doubled it is refuted; a Jacobian or a derivative by t, instantiated at
 * n = 3, equal entry by entry (together's normal form) to the explicit engine's of the
 * instantiated expression.
 */
class EntrywiseDerivativesTest {
    static final String SETUP = "X = matrix(X, n, n); Y = matrix(Y, n, n); A = matrix(A, n, n); R = matrix(R, n, m); "
            + "x = vector(x, n); v = vector(v, n); y = vector(y, n)";
    private static final Limits LIMITS = Limits.DEFAULT;

    static Cofactor session() {
        Cofactor cf = new Cofactor();
        cf.eval(SETUP);
        return cf;
    }

    @ParameterizedTest(name = "d({0}, {1})")
    @CsvSource(delimiter = '|', value = {
            "sum(exp(X))                    | X | exp(X)",
            "sum(X.*X)                      | X | 2*X",
            "sum(X.*Y)                      | X | Y",
            "sum(sin(X).*Y)                 | X | Y.*cos(X)",
            "sum(X.^3)                      | X | 3*X.^2",
            "tr(exp(X))                     | X | exp(X).*eye(n)",
            "tr(A*exp(X'))                  | X | A.*exp(X)",
            "sum(log(X.^2 + ones(n, n)))    | X | 2*(X./(X.^2 + ones(n, n)))",
            "sum(sqrt(X.^2 + ones(n, n)))   | X | X./sqrt(X.^2 + ones(n, n))",
            "sum(Y./(X.^2 + ones(n, n)))    | X | -2*(X.*Y./(X.^2 + ones(n, n)).^2)",
            "sum(abs(X))                    | X | sign(X)",
            "norm(A*x - y)^2                | x | 2*A'*(A*x - y)",
            "sum(exp(x))                    | x | exp(x)",
            "v'*exp(A*x)                    | x | A'*(exp(A*x).*v)",
            "sum(exp(R))                    | R | exp(R)",
            "v'*diag(X)                     | X | diag(v)",
            "tr(diag(x)*A)                  | x | diag(A)",
            "x'*diag(x)*v                   | x | 2*(v.*x)",
            "det(X)*sum(exp(X))             | X | det(X)*exp(X) + sum(exp(X))*adj(X)'",
            "sum(kron(X, Y))                | X | sum(Y)*ones(n, n)",
            "tr(kron(X, Y))                 | X | tr(Y)*eye(n)",
    })
    void gradients(String f, String x, String expected) {
        Cofactor cf = session();
        Value g = cf.eval("d(" + f.strip() + ", " + x.strip() + ")");
        assertEquals(expected.strip(), g.show());
        Expr fe = ((ScalarValue) cf.eval(f.strip())).expr();
        MatExpr.Symbol xs = (MatExpr.Symbol) ((MatExprValue) cf.eval(x.strip())).expr();
        MatExpr ge = ((MatExprValue) g).expr();
        GradientCheck.Outcome proven = GradientCheck.of(fe, xs, ge, LIMITS, 1);
        assertTrue(proven.holds(), proven.text());
        assertFalse(GradientCheck.of(fe, xs, MatExprs.scale(Expr.num(2), ge), LIMITS, 1).holds(), "twice " + ge + " passes too");
    }

    /** jacobian(F, x) | n = 3 against jacobian(F | n = 3, vector(x, 3)), entry by entry. */
    @ParameterizedTest(name = "jacobian({0}, x)")
    @CsvSource(delimiter = '|', value = {
            "exp(x)                 | diag(exp(x))",
            "x.*v                   | diag(v)",
            "x.*x                   | 2*diag(x)",
            "diag(x)*v              | diag(v)",
            "A*sin(x)               | A*diag(cos(x))",
            "exp(A*x)               | diag(exp(A*x))*A",
            "kron(x, v)             | kron(eye(n), v)",
            "kron(v, x)             | kron(v, eye(n))",
            "v./(x.^2 + ones(n, 1)) | -2*diag(v.*x./(ones(n, 1) + x.^2).^2)",
    })
    void jacobians(String f, String expected) {
        Cofactor cf = session();
        assertEquals(expected.strip(), cf.eval("jacobian(" + f.strip() + ", x)").show());
        Matrix closed = ((MatrixValue) cf.eval("jacobian(" + f.strip() + ", x) | n = 3")).matrix();
        String instantiated = cf.eval("(" + f.strip() + ") | n = 3").show(); // in x1, x2, x3, typed again where x is no vector symbol
        Matrix explicit = ((MatrixValue) new Cofactor().eval("jacobian(" + instantiated + ", vector(x, 3))")).matrix();
        assertEqualMatrices(explicit, closed, f);
    }

    /** d(M, t) | n = 3 against d(M | n = 3, t), entry by entry. */
    @ParameterizedTest(name = "d({0}, t)")
    @CsvSource(delimiter = '|', value = {
            "exp(t*X)             | X.*exp(t*X)",
            "X.^t                 | X.^t.*log(X)",
            "sin(t*X).*Y          | X.*Y.*cos(t*X)",
            "kron(t*X, Y)         | kron(X, Y)",
            "kron(X, exp(t*Y))    | kron(X, Y.*exp(t*Y))",
            "diag(t*v)            | diag(v)",
            "diag(exp(t*X))       | diag(X).*exp(t*diag(X))",
    })
    void derivativesByAScalar(String m, String expected) {
        Cofactor cf = session();
        assertEquals(expected.strip(), cf.eval("d(" + m.strip() + ", t)").show());
        Value closed = cf.eval("d(" + m.strip() + ", t) | n = 3"), explicit = cf.eval("d((" + m.strip() + ") | n = 3, t)");
        assertEqualMatrices(((MatrixValue) explicit).matrix(), ((MatrixValue) closed).matrix(), m);
    }

    private static void assertEqualMatrices(Matrix want, Matrix got, String what) {
        assertEquals(want.shape(), got.shape(), what);
        for (int k = 0; k < want.size(); k++) {
            assertTrue(Together.isZero(Expr.sub(want.get(k), got.get(k)), LIMITS), what + ": entry " + k + " " + want.get(k) + " against " + got.get(k));
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = "=>", value = {
            "d(sum(exp(kron(X, Y))), X) => error: d: no closed form for the gradient through X in a Kronecker product",
            "jacobian((x*x').*A*v, x)   => error: jacobian: no closed form for the Jacobian through the matrix x*x' (only through vectors)",
    })
    void withoutAClosedForm(String input, String expected) {
        assertEquals(expected.strip(), MatrixExpressionsTest.show(session(), input.strip()));
    }
}
