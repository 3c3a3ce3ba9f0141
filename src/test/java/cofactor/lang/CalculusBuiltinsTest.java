package cofactor.lang;

import static cofactor.expr.Expr.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cofactor.expr.Expr;
import cofactor.expr.Fn;
import cofactor.expr.Sym;
import cofactor.matrix.Matrix;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The calculus built-ins through the registry and the interpreter, as the language calls them. */
class CalculusBuiltinsTest {
    static final Sym x = sym("x"), y = sym("y"), a = sym("a"), b = sym("b"), c = sym("c"), d = sym("d");
    final Session session = new Session();
    final Interpreter interpreter = new Interpreter(session);

    Value run(String name, Object... args) { return run(name, Map.of(), args); }

    Value run(String name, Map<String, Object> options, Object... args) {
        return interpreter.invoke(session.builtins().get(name), TestValues.values(args), TestValues.options(options));
    }

    String error(String name, Object... args) {
        return assertThrows(EvalError.class, () -> run(name, args)).format();
    }

    static Matrix vec(Expr... e) { return Matrix.vector(List.of(e)); }

    @Test void firstAndHigherDerivatives() {
        assertEquals(Value.of(mul(num(5), pow(x, 4))), run("d", pow(x, 5), x));
        assertEquals(Value.of(mul(num(60), pow(x, 2))), run("d", pow(x, 5), x, num(3)));
        assertEquals(Value.of(pow(x, 5)), run("d", pow(x, 5), x, num(0)));
    }

    @Test void mixedPartials() {
        Expr f = mul(pow(x, 3), pow(y, 2));
        assertEquals(Value.of(mul(num(6), mul(pow(x, 2), y))), run("d", f, x, y));
        assertEquals(Value.of(mul(num(12), mul(x, y))), run("d", f, x, num(2), y)); // a count after each variable
    }

    @Test void matricesDifferentiateEntryByEntry() {
        Matrix m = Matrix.of(2, 2, new Expr[] {x, pow(x, 2), num(1), call(Fn.SIN, x)});
        assertEquals(Value.of(Matrix.of(2, 2, new Expr[] {num(1), mul(num(2), x), num(0), call(Fn.COS, x)})), run("d", m, x));
    }

    @Test void derivativeByAMatrixOfSymbols() {
        Matrix s = Matrix.of(2, 2, new Expr[] {a, b, c, d});
        Expr det = sub(mul(a, d), mul(b, c)); // det([[a, b], [c, d]]), by hand
        assertEquals("[[d, -c], [-b, a]]", run("d", det, s).show());
    }

    @Test void gradientJacobianHessian() {
        Expr f = mul(pow(x, 3), pow(y, 2));
        assertEquals(Value.of(vec(mul(num(3), mul(pow(x, 2), pow(y, 2))), mul(num(2), mul(pow(x, 3), y)))), run("grad", f, vec(x, y)));
        assertEquals(Value.of(Matrix.of(2, 2, new Expr[] {y, x, call(Fn.COS, x), num(0)})), run("jacobian", vec(mul(x, y), call(Fn.SIN, x)), vec(x, y)));
        Expr mixed = mul(num(6), mul(pow(x, 2), y));
        assertEquals(Value.of(Matrix.of(2, 2, new Expr[] {mul(num(6), mul(x, pow(y, 2))), mixed, mixed, mul(num(2), pow(x, 3))})),
                run("hessian", f, vec(x, y)));
    }

    @Test void clearErrors() {
        assertEquals("error: d: differentiate with respect to a symbol or a matrix of distinct symbols, got 3", error("d", pow(x, 2), num(3)));
        assertEquals("error: d: differentiate with respect to a symbol or a matrix of distinct symbols, got pi", error("d", pow(x, 2), Sym.PI));
        assertEquals("error: d: the number of derivatives must be a non-negative integer, got -1", error("d", pow(x, 2), x, num(-1)));
        assertTrue(error("d", pow(x, 2), Matrix.of(1, 2, new Expr[] {x, x})).contains("a matrix of distinct symbols, got a 1×2 matrix"));
        assertEquals("error: grad: argument 1 must be a scalar expression, got a vector of length 2", error("grad", vec(x, y), vec(x, y)));
        assertEquals("error: jacobi: needs a square matrix, got 1×2", error("jacobi", Matrix.of(1, 2, new Expr[] {x, y})));
    }

    @Test void jacobiReports() {
        Matrix m = Matrix.of(2, 2, new Expr[] {x, pow(x, 2), num(1), call(Fn.SIN, x)});
        String text = ((Report) run("jacobi", m, x)).show();
        assertTrue(text.contains("d/dx det(A)"), text);
        assertTrue(text.endsWith(")") && text.lines().reduce((p, q) -> q).orElseThrow().startsWith("jacobi: agree (exact difference 0; 5 random points"), text);
        String symbols = ((Report) run("jacobi", Matrix.of(2, 2, new Expr[] {a, b, c, d}))).show();
        assertTrue(symbols.contains("d(det(A), A)      = [[d, -c], [-b, a]]"), symbols);
        String all = ((Report) run("jacobi", Map.of("points", num(3)), Matrix.of(2, 2, new Expr[] {x, y, call(Fn.EXP, y), x}))).show();
        assertTrue(all.contains("jacobi: agree (exact difference 0 for x and y; 3 random points"), all);
    }

    @Test void simplifyAndFactorThroughSymja() {
        Expr one = add(pow(call(Fn.SIN, x), 2), pow(call(Fn.COS, x), 2));
        assertEquals(Value.of(num(1)), run("simplify", one));
        assertEquals(Value.of(Matrix.of(1, 2, new Expr[] {num(1), x})), run("simplify", Matrix.of(1, 2, new Expr[] {one, x})));
        assertEquals(Value.of(mul(sub(x, num(1)), add(x, num(1)))), run("factor", sub(pow(x, 2), num(1))));
    }

    @Test void aSymjaTimeoutWarnsOnTheSessionsErrorStreamAndKeepsTheInput() {
        run("simplify", add(x, y)); // Symja started, so the short timeout measures the work alone
        Expr heavy = add(pow(add(List.of(x, y, a, b, num(1))), 25), num(1));
        java.io.ByteArrayOutputStream err = new java.io.ByteArrayOutputStream();
        session.setWarnings(new java.io.PrintStream(err, true));
        Value r = run("factor", Map.of("timeout", real(0.2)), heavy);
        assertEquals(Value.of(heavy), r);
        assertEquals("warning: factor: timed out after 0.2 s; result left unfactored" + System.lineSeparator(), err.toString());
    }

    @Test void latexPrintsRaw() {
        Value r = run("latex", Matrix.of(2, 2, new Expr[] {x, pow(x, 2), num(1), call(Fn.SIN, x)}));
        assertEquals("\\begin{pmatrix} x & x^{2} \\\\ 1 & \\sin\\left(x\\right) \\end{pmatrix}", ((Report) r).show());
    }
}
