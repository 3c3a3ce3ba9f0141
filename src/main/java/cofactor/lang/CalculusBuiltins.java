package cofactor.lang;

import cofactor.calculus.Derivative;
import cofactor.calculus.Jacobi;
import cofactor.calculus.Partials;
import cofactor.expr.Expr;
import cofactor.expr.Num;
import cofactor.expr.Sym;
import cofactor.matrix.Matrix;
import cofactor.symja.SymjaBridge;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiFunction;

/** Derivatives, gradients, the Jacobi check, LaTeX output, and simplify/factor through Symja. */
final class CalculusBuiltins {
    private static final String EXPRESSION_OR_MATRIX = "an expression or a matrix";
    private static final String NOT_A_VARIABLE = "differentiate with respect to a symbol or a matrix of distinct symbols, got ";

    private CalculusBuiltins() {}

    static void register(Builtins b) {
        b.add(Builtin.of("d", 2, Integer.MAX_VALUE, "d(e, x), d(e, x, n), d(e, x, y), d(e, A), d(f, X)",
                "the derivative of e (entry by entry for a matrix): n times, or by several variables in turn; "
                        + "by a matrix of distinct symbols A, the matrix of partials (d(det(A), A) is the cofactor matrix); "
                        + "by a matrix symbol X = matrix(X, n, n), the gradient in closed form (d(log(det(X)), X) is inv(X)')",
                CalculusBuiltins::d));
        b.add(Builtin.of("grad", 2, 2, "grad(f, [x, y]), grad(f, x)", "the gradient of f as a column vector; by a vector symbol x = vector(x, n), in closed form (as d(f, x))",
                a -> a.get(1) instanceof MatExprValue ? MatrixCalculus.grad(a) : grad(a)));
        b.add(Builtin.of("jacobian", 2, 2, "jacobian([f, g], [x, y]), jacobian(F, x)",
                "the Jacobian matrix: row i is the gradient of the i-th function; of a vector expression F by a vector symbol x, in closed form (jacobian(A*x, x) is A)",
                a -> {
                    if (a.get(1) instanceof MatExprValue) return MatrixCalculus.jacobian(a);
                    List<Expr> fs = functions(a);
                    List<Sym> vars = a.symbols(1);
                    a.session().checkEntries(a.fn(), fs.size(), vars.size());
                    return Value.of(Partials.jacobian(fs, vars, a.session().limits()));
                }));
        b.add(Builtin.of("hessian", 2, 2, "hessian(f, [x, y]), hessian(f, x)",
                "the matrix of second partial derivatives of f; by a vector symbol x, in closed form (hessian(x'*A*x, x) is A + A')",
                a -> {
                    if (a.get(1) instanceof MatExprValue) return MatrixCalculus.hessian(a);
                    List<Sym> vars = a.symbols(1);
                    a.session().checkEntries(a.fn(), vars.size(), vars.size());
                    return Value.of(Partials.hessian(a.expr(0), vars, a.session().limits()));
                }));
        b.add(Builtin.of("jacobi", 1, 2, "jacobi(A, x), jacobi(A, [x, y]), jacobi(A)",
                "checks d/dx det(A) = tr(adj(A) d(A, x)) exactly and at random points; for a matrix of distinct symbols, "
                        + "d(det(A), A) = transpose(adj(A)); for a matrix symbol X = matrix(X, n, n), the closed form d(det(X), X) = adj(X)' "
                        + "against the entry-by-entry derivative at n = 1 to 4 and central differences at n = 10, 50", CalculusBuiltins::jacobi).withOptions("points", "seed").notPrefix());
        b.add(Builtin.of("latex", 1, 1, "latex(e)", "e (an expression, a matrix or a matrix expression) as LaTeX", CalculusBuiltins::latex));
        b.add(Builtin.of("simplify", 1, 1, "simplify(e, timeout = 5)",
                "trigonometric and rational simplification (through Symja; gives up after the timeout, in seconds)",
                a -> throughSymja(a, "simplify", SymjaBridge::simplify)).withOptions("timeout"));
        b.add(Builtin.of("factor", 1, 1, "factor(e, timeout = 5)", "factors a polynomial (through Symja; gives up after the timeout)",
                a -> throughSymja(a, "factor", SymjaBridge::factor)).withOptions("timeout"));
    }

    // ---- d
    private static Value d(Args a) {
        if (a.get(1) instanceof MatExprValue) return MatrixCalculus.byMatrixSymbol(a);
        Value e = a.get(0);
        if (!(e instanceof ScalarValue || e instanceof MatrixValue || e instanceof MatExprValue)) throw a.wrongType(0, EXPRESSION_OR_MATRIX);
        if (a.get(1) instanceof MatrixValue mv && mv.matrix().size() != 1) {
            if (!Jacobi.isSymbolMatrix(mv.matrix())) throw a.error(NOT_A_VARIABLE + mv.describe());
            if (a.size() > 2) throw a.error("by a matrix of symbols, differentiate once: d(e, A)");
            if (!(e instanceof ScalarValue)) throw a.error("cannot differentiate a matrix by a matrix; differentiate an expression, e.g. d(det(A), A)");
            return Value.of(Partials.byMatrix(a.expr(0), mv.matrix(), a.session().limits()));
        }
        Value result = e;
        for (int i = 1; i < a.size(); i++) {
            Sym x = variable(a, i);
            int n = 1;
            if (i + 1 < a.size() && a.get(i + 1) instanceof ScalarValue sv && sv.expr() instanceof Num k) {
                if (!k.isInteger() || k.signum() < 0 || k.numerator().bitLength() > 31) {
                    throw a.error("the number of derivatives must be a non-negative integer, got " + k);
                }
                n = k.numerator().intValue();
                i++;
            }
            Derivative derivative = new Derivative(x, a.session().limits());
            for (int done = 0; done < n && !(result instanceof ScalarValue z && z.expr().isZero()); done++) {
                cofactor.guard.Interrupts.check();
                Value abstractOne = MatrixCalculus.byScalar(a, result, x);
                if (abstractOne != null) result = abstractOne;
                else if (n == 1 && result instanceof ScalarValue s) result = Value.of(a.session().derivatives().of(s.expr(), x, a.session().limits()));
                else result = Operators.entrywise(result, derivative::apply, () -> a.wrongType(0, EXPRESSION_OR_MATRIX));
            }
        }
        return result;
    }

    /** The gradient, each partial through the session's recent derivatives: d(f, x) often came first. */
    private static Value grad(Args a) {
        Expr f = a.expr(0);
        return Value.of(Partials.grad(a.symbols(1), x -> a.session().derivatives().of(f, x, a.session().limits())));
    }

    /** A symbol, or a 1×1 matrix of one ([x]). */
    private static Sym variable(Args a, int i) {
        Value v = a.get(i);
        if (v instanceof MatrixValue m && m.matrix().size() == 1) v = Value.of(m.matrix().get(0));
        if (v instanceof ScalarValue sv && sv.expr() instanceof Sym s && !s.isConstant()) return s;
        throw a.error(NOT_A_VARIABLE + v.describe() + a.boundNote(i));
    }

    /** The functions of jacobian: a scalar, a column vector or a row. */
    private static List<Expr> functions(Args a) {
        Value f = a.get(0);
        if (f instanceof ScalarValue e) return List.of(e.expr());
        if (f instanceof MatrixValue m && (m.matrix().isVector() || m.matrix().rows() == 1)) return m.matrix().entries();
        throw a.wrongType(0, "a vector of functions like [f, g]");
    }

    // ---- jacobi
    private static Value jacobi(Args a) {
        if (a.get(0) instanceof MatExprValue) return MatrixCalculus.jacobi(a);
        Matrix m = a.squareMatrix(0);
        long points = a.integerOption("points", 5);
        if (points < 1 || points > 1000) throw a.error("points must be between 1 and 1000, got " + points);
        Jacobi check = new Jacobi((int) points, a.integerOption("seed", 1), a.session().limits());
        Jacobi.Outcome r;
        if (a.size() == 2) {
            r = check.check(m, a.symbols(1));
        } else if (Jacobi.isSymbolMatrix(m) && m.size() > 0) {
            r = check.checkCofactors(m);
        } else {
            List<Sym> vars = CoreBuiltins.freeSymbols(m.entries()); // every variable
            if (vars.isEmpty()) throw a.error("the matrix has no variables; give one, e.g. jacobi(A, x)");
            r = check.check(m, vars);
        }
        return new Report(r.text());
    }

    // ---- output
    private static Value latex(Args a) {
        String tex = LatexForm.of(a.get(0));
        if (tex == null) throw a.wrongType(0, EXPRESSION_OR_MATRIX);
        return new Report(tex);
    }

    // ---- Symja
    private static Value throughSymja(Args a, String name, BiFunction<Expr, Double, SymjaBridge.Outcome> f) {
        double timeout = a.timeoutOption(SymjaBridge.DEFAULT_TIMEOUT_SECONDS);
        Set<String> warnings = new LinkedHashSet<>();
        Value result = a.entrywise(0, e -> {
            SymjaBridge.Outcome o = f.apply(e, timeout);
            if (o.warning() != null) warnings.add(o.warning());
            return o.value();
        });
        for (String w : warnings) a.session().warn(w);
        return result;
    }
}
