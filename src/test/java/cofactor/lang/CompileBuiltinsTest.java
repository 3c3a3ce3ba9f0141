package cofactor.lang;

import static cofactor.expr.Expr.*;
import static org.junit.jupiter.api.Assertions.*;

import cofactor.expr.Expr;
import cofactor.expr.Fn;
import cofactor.expr.Num;
import cofactor.expr.SinCos;
import cofactor.expr.Sym;
import cofactor.matrix.Matrix;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** compile(e, [x, y]) and calling the result, ndet/ndetgrad/nadj, through the built-in registry. */
class CompileBuiltinsTest {
    static final Sym x = sym("x"), y = sym("y"), z = sym("z");
    final Session session = new Session();
    final Interpreter interpreter = new Interpreter(session);

    Value invoke(String name, Object... args) {
        return interpreter.invoke(session.builtins().get(name), TestValues.values(args), Map.of());
    }

    Value apply(Value f, Object... args) { return ((FunctionValue) f).call(new Args("f", TestValues.values(args), Map.of(), session)); }

    static double number(Value v) { return ((Num) ((ScalarValue) v).expr()).doubleValue(); }

    static Matrix vector(Expr... e) { return Matrix.vector(List.of(e)); }

    /** f = compile(det([[x, x^2], [1, sin x]])^2, [x]); f(1.3) */
    @Test void theSquaredDeterminantAtOnePointThree() {
        Expr det = sub(mul(x, call(Fn.SIN, x)), pow(x, 2)); // the 2×2 determinant, by hand
        Value f = invoke("compile", pow(det, 2), vector(x));
        double exact = 0.1912963298736145757; // mpmath at 40 digits; (1.3·sin 1.3 − 1.3²)² in doubles is 3 ulp above
        assertEquals(exact, number(apply(f, real(1.3))), Math.ulp(exact));
        assertEquals(exact, number(apply(f, rational(13, 10))), Math.ulp(exact));
        assertEquals("compiled function of (x): 4 operations", f.show()); // sin, x·(sin x − x) as Horner takes x out, the square
    }

    /** g = compile(grad(det([[sin x, 0], [0, cos y]])^2, [x, y]), [x, y]); g(1, 1) — the gradient vector written by hand. */
    @Test void theGradientOfTheSquaredDiagonalDeterminant() {
        Expr s = call(Fn.SIN, x), c = call(Fn.COS, y);
        Matrix grad = vector(mul(List.of(num(2), s, call(Fn.COS, x), pow(c, 2))),
                mul(List.of(num(-2), pow(s, 2), c, call(Fn.SIN, y))));
        Value g = invoke("compile", grad, vector(x, y));
        double[] want = {2 * Math.sin(1) * Math.cos(1) * Math.cos(1) * Math.cos(1), -2 * Math.sin(1) * Math.sin(1) * Math.cos(1) * Math.sin(1)};
        Matrix got = ((MatrixValue) apply(g, num(1), num(1))).matrix();
        assertEquals(2, got.rows());
        assertEquals(1, got.cols());
        for (int i = 0; i < 2; i++) assertEquals(want[i], ((Num) got.get(i)).doubleValue(), 1e-15);
        assertEquals(Value.of(got), apply(g, vector(num(1), num(1))), "f([1, 1]) is f(1, 1)");
        assertTrue(g.show().startsWith("compiled function of (x, y) to vectors of length 2: "));
    }

    /** Numbers go straight to the kernel; closed constants (pi/4) are read at their value first, with the same result. */
    @Test void aCallWithNumbersAndOneWithAClosedConstantAgree() {
        Value f = invoke("compile", mul(x, call(Fn.SIN, x)), vector(x));
        double at = Math.PI / 4;
        assertEquals(at * SinCos.sin(at), number(apply(f, real(at))));
        assertEquals(at * SinCos.sin(at), number(apply(f, mul(rational(1, 4), sym("pi")))));
        EvalError e = assertThrows(EvalError.class, () -> apply(f, y));
        assertEquals("error: f: the value for x must be a number, got y", e.format());
    }

    /** The prefix names are kept between parses, and a built-in registered later is among them. */
    @Test void prefixNamesFollowRegistrations() {
        Builtins b = Builtins.standard();
        assertTrue(b.prefixNames().contains("det"));
        assertFalse(b.prefixNames().contains("twice"));
        b.add(Builtin.of("twice", 1, 1, "twice(e)", "e + e", a -> Value.of(add(a.expr(0), a.expr(0)))));
        assertTrue(b.prefixNames().contains("twice"));
    }

    @Test void freeSymbolsAreReportedUnderCompile() {
        EvalError e = assertThrows(EvalError.class, () -> invoke("compile", add(x, z), vector(x)));
        assertEquals("error: compile: the expression has free symbols not among the variables: z", e.format());
    }

    @Test void withoutVariablesTheFreeSymbolsAreTakenByName() {
        CompiledFunctionValue f = (CompiledFunctionValue) invoke("compile", sub(y, x));
        assertEquals(List.of(x, y), f.function().variables());
        assertEquals(Value.of(Num.real(1.0)), apply(f, num(2), num(3)));
    }

    @Test void callingWithTheWrongArgumentsIsAClearError() {
        Value f = invoke("compile", mul(x, y), vector(x, y));
        EvalError few = assertThrows(EvalError.class, () -> apply(f, num(1)));
        assertEquals("error: f: takes 2 numbers or a vector of 2 numbers (x, y), or a matrix of 2 columns whose rows are points, got 1 argument", few.format());
        // a vector of 3 numbers is one argument, and said as what it is
        EvalError three = assertThrows(EvalError.class, () -> apply(f, Value.of(Matrix.of(3, 1, new Expr[] {num(1), num(2), num(3)}))));
        assertTrue(three.format().endsWith("whose rows are points, got " + Value.of(Matrix.of(3, 1, new Expr[] {num(1), num(2), num(3)})).describe()), three.format());
        assertFalse(three.format().contains("arguments"), three.format());
        EvalError symbolic = assertThrows(EvalError.class, () -> apply(f, num(1), z));
        assertEquals("error: f: the value for y must be a number, got z", symbolic.format());
        assertEquals(Value.of(Num.real(Math.PI)), apply(f, num(1), Sym.PI), "constants are numbers");
    }

    @Test void numericDeterminantsOfNumberMatrices() {
        Matrix singular = Matrix.of(List.of(List.of(num(1), num(2)), List.of(num(2), num(4))));
        assertEquals(Value.of(Num.real(0.0)), invoke("ndet", singular));
        Matrix a = Matrix.of(List.of(List.of(num(2), num(1)), List.of(num(7), num(4))));
        assertEquals(1.0, number(invoke("ndet", a)), 1e-14);
        // d det/dA = adj(A)^T = [[d, -c], [-b, a]]; finite at the singular matrix
        assertEquals(Value.of(Matrix.of(List.of(List.of(real(4), real(-2)), List.of(real(-2), real(1))))), invoke("ndetgrad", singular));
        Matrix adj = ((MatrixValue) invoke("nadj", a)).matrix();
        double[] want = {4, -1, -7, 2};
        for (int k = 0; k < 4; k++) assertEquals(want[k], ((Num) adj.get(k)).doubleValue(), 1e-14);
        EvalError e = assertThrows(EvalError.class, () -> invoke("ndet", Matrix.of(List.of(List.of(x, num(1)), List.of(num(0), num(1))))));
        assertEquals("error: ndet: needs a matrix of numbers, entry (1, 1) is x; for a symbolic determinant use det", e.format());
    }
}
