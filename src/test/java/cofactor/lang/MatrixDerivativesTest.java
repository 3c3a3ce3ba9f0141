package cofactor.lang;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cofactor.Cofactor;
import cofactor.guard.Limits;
import cofactor.matexpr.GradientCheck;
import cofactor.matexpr.MatCalculus;
import cofactor.matexpr.MatExpr;
import cofactor.matexpr.MatExprs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * d, grad, jacobian and hessian by matrix symbols as users type them: the printed forms
 * (each worked by hand from the Matrix Cookbook's section 2; MatCalculusAgainstExplicitTest
 * checks the rules against the entry-by-entry engine), check's verdicts on them, and the
 * one-line errors.
 */
class MatrixDerivativesTest {
    static final String SETUP = "X = matrix(X, n, n); A = matrix(A, n, n); B = matrix(B, n, n); R = matrix(R, n, m); "
            + "x = vector(x, n); a = vector(a, n)";

    static String show(String source) {
        Cofactor cf = new Cofactor();
        cf.eval(SETUP);
        return MatrixExpressionsTest.show(cf, source);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            // the issue's
            "d(log(det(X)), X)      | inv(X)'",
            "d(det(X), X)           | adj(X)'",
            "d(tr(A*X*B), X)        | A'*B'",
            "d(x'*A*x, x)           | (A + A')*x",
            "hessian(x'*A*x, x)     | A + A'",
            // traces (Cookbook 2.5)
            "d(tr(X), X)            | eye(n)",
            "d(tr(A*X), X)          | A'",
            "d(tr(X*X), X)          | 2*X'",
            "d(tr(X'*X), X)         | 2*X",
            "d(tr(X*A*X'), X)       | X*(A + A')",
            "d(tr(inv(X)), X)       | -inv(X)'*inv(X)'",
            "d(tr(A*inv(X)*B), X)   | -inv(X)'*A'*B'*inv(X)'",
            // determinants (2.1): the adjugate where no inverse is needed
            "d(det(A*X*B), X)       | det(A)*det(B)*adj(X)'",
            "d(det(X)^2, X)         | 2*det(X)*adj(X)'",
            "d(1/det(X), X)         | -1/det(X)*inv(X)'",
            "d(det(inv(X)), X)      | -1/det(X)*inv(X)'",
            "d(log(det(X'*X)), X)   | 2*inv(X)'",
            "d(tr(adj(X)), X)       | tr(inv(X))*adj(X)' - adj(X)'*inv(X)'",
            // a rectangular variable; inv(M)' is inv(M) for a symmetric M
            "d(log(det(R'*R)), R)   | 2*R*inv(R'*R)",
            "d(det(R*R'), R)        | 2*adj(R*R')*R",
            "d(tr(inv(R'*R)), R)    | -2*R*inv(R'*R)*inv(R'*R)",
            "inv(R'*R)'             | inv(R'*R)",
            "adj(X + X')'           | adj(X + X')",
            // vectors and forms (2.4)
            "d(x'*X*a, X)           | x*a'",
            "d(x'*x, x)             | 2*x",
            "d((A*x - a)'*(A*x - a), x) | 2*A'*(A*x - a)",
            "d((x'*A*x)^2, x)       | 2*(x'*A*x)*(A + A')*x",
            "d(tr((A*X - B)'*(A*X - B)), X) | 2*A'*(A*X - B)",
            "grad(a'*x, x)          | a",
            "grad(det(X), X)        | adj(X)'",
            "x'*d(x'*A*x, x)        | 2*(x'*A*x)",
            "hessian((a'*x)^2, x)   | 2*a*a'",
            "jacobian(A*x, x)       | A",
            "jacobian(inv(A)*x, x)  | inv(A)",
            "jacobian(x*(a'*x), x)  | (a'*x)*eye(n) + x*a'",
            "jacobian(x'*A*x, x)    | x'*(A + A')",
            // by a scalar in the coefficients
            "d(t*X, t)              | X",
            "d(inv(X + t*A), t)     | -inv(X + t*A)*A*inv(X + t*A)",
            "d(det(X + t*A), t)     | tr(A*adj(X + t*A))",
            "d(det(X), t)           | 0",
            // a sum's common factor is taken out, whoever typed it
            "A*x + A'*x             | (A + A')*x",
            "X*A + X*B              | X*(A + B)",
            "det(X)*inv(X)          | adj(X)",
            "adj(X)/det(X)          | inv(X)",
            "tr((A + B)*X)          | tr(A*X) + tr(B*X)",
    })
    void derivativesPrintInVectorizedForm(String input, String expected) {
        assertEquals(expected, show(input.strip()));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "d(log(det(X)), X), inv(X)'",
            "d(det(X), X), adj(X)'",
            "d(det(X), X), det(X)*inv(X)'",
            "d(tr(A*X*B), X), A'*B'",
            "d(x'*A*x, x), (A + A')*x",
            "d(x'*A*x, x), A*x + A'*x",
            "hessian(x'*A*x, x), A + A'",
            "d(tr(X*A*X'), X), X*A + X*A'",
    })
    void checkSaysTheFormsHold(String args) {
        String verdict = show("check(" + args.strip() + ")");
        assertTrue(verdict.startsWith("check: holds exactly at n = 1, 2, 3, 4 and numerically at n = 10, 50"), verdict);
    }

    /** The right side needs transposes: d(tr(X^2*B), X) is (X*B + B*X)'. At n = 1 everything commutes, so n = 2 fails. */
    @Test void checkFindsAGradientWithoutItsTransposes() {
        assertTrue(show("check(d(tr(X^2*B), X), X*B + B*X)").startsWith("check: FAILS at n = 2: B = "));
        assertTrue(show("check(d(tr(X^2*B), X), X'*B' + B'*X')").startsWith("check: holds exactly at n = 1, 2, 3, 4"));
    }

    /**
     * Each derived gradient against the entry-by-entry engine at n = 1 to 4 (3 where an inverse makes
     * n = 4 too large to prove) and central differences at n = 10, 50 (GradientCheck); the same
     * gradient doubled, or plus X, must fail.
     */
    @ParameterizedTest(name = "d({0}, {1})")
    @CsvSource(delimiter = '|', value = {
            "log(det(X))       | X",
            "det(X)            | X",
            "tr(A*X*B)         | X",
            "x'*A*x            | x",
            "tr(X*A*X')        | X",
            "det(A*X*B)        | X",
            "x'*inv(X)*a       | X",
            "log(x'*A*x)*(a'*x) | x",
            "log(det(R'*R))    | R",
    })
    void derivedGradientsAreTheEntryByEntryOnes(String f, String by) {
        Cofactor cf = new Cofactor();
        cf.eval(SETUP);
        cofactor.expr.Expr scalar = ((ScalarValue) cf.eval(f.strip())).expr();
        MatExpr.Symbol x = (MatExpr.Symbol) ((MatExprValue) cf.eval(by.strip())).expr();
        MatExpr g = MatCalculus.gradient(scalar, x);
        GradientCheck.Outcome proof = GradientCheck.of(scalar, x, g, Limits.DEFAULT, 1);
        assertTrue(proof.holds() && proof.text().matches("equal to the entry-by-entry derivative exactly at (m = )?n = 1, 2, 3.*"), g + ": " + proof.text());
        for (MatExpr wrong : java.util.List.of(MatExprs.scale(cofactor.expr.Num.of(2), g), MatExprs.add(g, MatExprs.transpose(MatExprs.transpose(x))))) {
            GradientCheck.Outcome refuted = GradientCheck.of(scalar, x, wrong, Limits.DEFAULT, 1);
            assertTrue(!refuted.holds() && refuted.text().matches("entry 1, 1 differs from the entry-by-entry derivative at (m = )?n = .*"), wrong + ": " + refuted.text());
        }
    }

    /**
     * (sin(tr X)^2 + cos(tr X)^2)·det(X) has the gradient adj(X)', but the normal form keeps sin and
     * cos apart, so the entry-by-entry derivative is not adj(X)' in it: the exact part is undecided,
     * not a disagreement, and the central differences decide. A gradient off by a factor of 2 is
     * still refuted exactly: at an integer point, 1 against 2, enclosed apart.
     */
    @Test void aDifferenceTheNormalFormCannotDecideGoesToTheNumericComparison() {
        Cofactor cf = new Cofactor();
        cf.eval(SETUP);
        cofactor.expr.Expr f = ((ScalarValue) cf.eval("(sin(tr(X))^2 + cos(tr(X))^2)*det(X)")).expr();
        MatExpr.Symbol x = (MatExpr.Symbol) ((MatExprValue) cf.eval("X")).expr();
        MatExpr adjT = ((MatExprValue) cf.eval("adj(X)'")).expr();
        GradientCheck.Outcome proof = GradientCheck.of(f, x, adjT, Limits.DEFAULT, 1);
        assertTrue(proof.holds() && proof.text().matches("equal to central differences at n = 10, 50 \\(relative difference .*\\) \\(not decided exactly at n = 1: .*\\)"), proof.text());
        GradientCheck.Outcome refuted = GradientCheck.of(f, x, MatExprs.scale(cofactor.expr.Num.of(2), adjT), Limits.DEFAULT, 1);
        assertEquals("entry 1, 1 differs from the entry-by-entry derivative at n = 1: cos(X11)^2 + sin(X11)^2 against 2", refuted.text());
    }

    /**
     * A 1×1 product inside a function prints bare, sqrt(x'*x) and not sqrt((x'*x)), and what prints
     * reads back: typed again it prints alike, and check proves it equal to what it came from.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "d(sqrt(x'*x), x)              | 1/sqrt(x'*x)*x",
            "d(abs(x'*A*x), x)             | sign(x'*A*x)*(A + A')*x",
            "d(log(x'*A*x)*(x'*x), x)      | (x'*x)/(x'*A*x)*(A + A')*x + 2*log(x'*A*x)*x",
            "exp(a'*x)*(a'*x)^2            | (a'*x)^2*exp(a'*x)",
    })
    void kernelsInsideFunctionsPrintBareAndReadBack(String input, String printed) {
        assertEquals(printed.strip(), show(input.strip()));
        assertEquals(printed.strip(), show(printed.strip()));
        assertTrue(show("check(" + printed.strip() + ", " + input.strip() + ")").startsWith("check: holds exactly at n = 1, 2, 3"), input);
    }

    /** A counterexample is searched among points where both sides are defined: 1/det(X) at det(X) = 0 is passed over, not an error. */
    @Test void counterexamplesSkipPointsOutsideTheDomain() {
        for (int k = 2; k <= 20; k++) {
            String verdict = show("check(" + k + "/det(X), 1/det(X))");
            assertTrue(verdict.startsWith("check: FAILS at n = 1: X = ["), verdict);
        }
    }

    /** jacobi(X) states Jacobi's formula in closed form and proves it; the random points follow the seed. */
    @Test void jacobiOfAMatrixSymbol() {
        String report = show("jacobi(X)");
        assertTrue(report.startsWith("d(det(X), X) = adj(X)'\n"
                + "d det(X)     = tr(adj(X)*dX)\n"
                + "jacobi: agree (d(det(X), X) is equal to the entry-by-entry derivative exactly at n = 1, 2, 3, 4, and to central differences at n = 10, 50 (relative difference "), report);
        assertEquals(show("jacobi(X, seed = 3)"), show("jacobi(X, seed = 3)"));
        assertEquals("error: jacobi: argument 1 must be a square matrix symbol such as X = matrix(X, n, n), got the n×m matrix R", show("jacobi(R)"));
        assertEquals("error: jacobi: of a matrix symbol, jacobi(X) takes no variables: X is the variable", show("jacobi(X, x)"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = "=>", value = {
            "d(det(X), X')          => error: d: differentiate with respect to a matrix symbol such as X = matrix(X, n, n) or x = vector(x, n), got the n×n matrix X'",
            "d(det(X), 2*X)         => error: d: differentiate with respect to a matrix symbol such as X = matrix(X, n, n) or x = vector(x, n), got the n×n matrix 2*X",
            "d(det(X), X*A)         => error: d: differentiate with respect to a matrix symbol such as X = matrix(X, n, n) or x = vector(x, n), got the n×n matrix X*A",
            "d(det(X), X, 2)        => error: d: by a matrix symbol, differentiate once: d(f, X)",
            "d(X*A, X)              => error: d: the derivative of the n×n matrix X*A by the n×n matrix X has 4 indices, more than a matrix holds; differentiate a scalar of it, such as its trace or an entry u'*F*w",
            "d(A*x, X)              => error: d: the derivative of the vector of length n A*x by the n×n matrix X has 3 indices, more than a matrix holds; differentiate a scalar of it, such as its trace or an entry u'*F*w",
            "d(X, x)                => error: d: the derivative of the n×n matrix X by the vector of length n x has 3 indices, more than a matrix holds; differentiate a scalar of it, such as its trace or an entry u'*F*w",
            "d([[1, 2], [3, 4]], X) => error: d: the derivative of a 2×2 matrix by the n×n matrix X has 4 indices, more than a matrix holds; differentiate a scalar of it, such as its trace or an entry u'*F*w",
            "d(A*x, x)              => error: d: the derivative of a vector by a vector is its Jacobian: jacobian(A*x, x)",
            "jacobian(X, x)         => error: jacobian: the derivative of the n×n matrix X by the vector of length n x has 3 indices, more than a matrix holds; differentiate a scalar of it, such as its trace or an entry u'*F*w",
            "jacobian(A*x, X)       => error: jacobian: the derivative of the vector of length n A*x by the n×n matrix X has 3 indices, more than a matrix holds; differentiate a scalar of it, such as its trace or an entry u'*F*w",
            "jacobian(det(X), X)    => error: jacobian: by a matrix symbol, d(f, X) gives the gradient",
            "hessian(det(X), X)     => error: hessian: the Hessian of det(X) by the n×n matrix X has 4 indices, more than a matrix holds; d(f, X) gives the gradient",
            "hessian(A*x, x)        => error: hessian: the Hessian of the vector of length n A*x by the vector of length n x has 3 indices, more than a matrix holds; differentiate a scalar of it, such as its trace or an entry u'*F*w",
            "d(R*R', R')            => error: d: differentiate with respect to a matrix symbol such as X = matrix(X, n, n) or x = vector(x, n), got the m×n matrix R'",
            "d(det(X), n)           => error: d: n is a size; differentiate by a symbol of the coefficients",
            "d(X, n)                => error: d: n is a size; differentiate by a symbol of the coefficients",
    })
    void errorsAreOneLine(String input, String expected) {
        assertEquals(expected, show(input.strip()));
    }

    /** d by a symbol of explicit matrices stays the explicit engine's: det(X) is a constant to it. */
    @Test void explicitDerivativesAreUnchanged() {
        assertEquals("[[0, 0], [0, 0]]", show("d(det(X), matrix(b, 2, 2))"));
        assertEquals("[[b22, -b21], [-b12, b11]]", show("d(det(matrix(b, 2, 2)), matrix(b, 2, 2))"));
    }
}
