package cofactor;

import cofactor.calculus.Derivative;
import cofactor.calculus.Partials;
import cofactor.compile.CompiledFunction;
import cofactor.compile.CompiledGradient;
import cofactor.compile.Compiler;
import cofactor.expr.Expr;
import cofactor.expr.Sym;
import cofactor.guard.Limits;
import cofactor.lang.Interpreter;
import cofactor.lang.MatrixValue;
import cofactor.lang.Parser;
import cofactor.lang.ScalarValue;
import cofactor.lang.Session;
import cofactor.lang.Value;
import cofactor.lang.ast.Statement;
import cofactor.matrix.Det;
import cofactor.matrix.Matrix;
import java.util.List;

/**
 * The small Java facade: run the language, or call the main operations directly.
 * <pre>{@code
 * Cofactor cf = new Cofactor();
 * cf.eval("A = [[x, x^2], [1, sin x]]");
 * Expr dd = ((ScalarValue) cf.eval("d(det(A), x)")).expr(); // x*cos(x) + sin(x) - 2*x
 * CompiledFunction f = Cofactor.compile(dd, Cofactor.sym("x"));
 * double y = f.applyAsDouble(0.7);
 * }</pre>
 * An instance is one session (its bindings persist between calls); it is not thread-safe.
 */
public final class Cofactor {
    private final Session session = new Session();
    private final Interpreter interpreter = new Interpreter(session);

    /**
     * Runs statements and returns the value of the last one: a {@link ScalarValue} holding an
     * {@link Expr}, a {@link MatrixValue} holding a {@link Matrix}, or another {@link Value}
     * (null for no statements). Errors are thrown as {@code SyntaxError} or {@code EvalError}.
     */
    public Value eval(String source) {
        Value last = null;
        for (Statement s : Parser.parse(source, "eval", 1, session.builtins().prefixNames())) last = interpreter.execute(s);
        return last;
    }

    public Session session() { return session; }

    public static Sym sym(String name) { return Sym.of(name); }

    /** The expanded determinant, refused when estimated above the limits' terms ({@code Limits.DEFAULT}: 10^7). */
    public static Expr det(Matrix a, Limits limits) { return Det.of(a, limits); }

    public static Expr d(Expr e, Sym x, Limits limits) { return Derivative.of(e, x, limits); }

    public static Matrix grad(Expr f, Limits limits, Sym... vars) { return Partials.grad(f, List.of(vars), limits); }

    /** e compiled to JVM bytecode, a function of vars in that order. */
    public static CompiledFunction compile(Expr e, Sym... vars) { return Compiler.compile(e, List.of(vars)); }

    public static CompiledFunction compile(Matrix m, Sym... vars) { return Compiler.compile(m, List.of(vars)); }

    /** Value and gradient in one call, for optimizers. */
    public static CompiledGradient compileGradient(Expr e, Sym... vars) { return Compiler.compileGradient(e, List.of(vars)); }
}
