package cofactor.calculus;

import cofactor.expr.Expr;
import cofactor.expr.Sym;
import cofactor.guard.Limits;
import cofactor.matrix.Matrix;
import java.util.List;
import java.util.function.Function;

/**
 * Derivatives of and by matrices: entrywise derivatives, the matrix of partials, gradient,
 * Jacobian, Hessian. Each stops with an error once the derivatives by one variable have
 * built more terms than the limits allow (see {@link Derivative}).
 */
public final class Partials {
    private Partials() {}

    /** dA/dx entry by entry; one memo serves all entries, which often share subexpressions. */
    public static Matrix d(Matrix a, Sym x, Limits limits) {
        Derivative d = new Derivative(x, limits);
        return a.map(d::apply);
    }

    /** The matrix of partials ∂e/∂sᵢⱼ, shaped like the matrix of distinct symbols s (so d(det A, A) is the cofactor matrix). */
    public static Matrix byMatrix(Expr e, Matrix symbols, Limits limits) {
        return symbols.map(s -> new Derivative((Sym) s, limits).apply(e));
    }

    /** The gradient as a column vector. */
    public static Matrix grad(Expr f, List<Sym> vars, Limits limits) {
        return grad(vars, x -> Derivative.of(f, x, limits));
    }

    /** The gradient as a column vector, each partial by x from {@code partial} (a session's recent derivatives, say). */
    public static Matrix grad(List<Sym> vars, Function<Sym, Expr> partial) {
        Expr[] partials = new Expr[vars.size()];
        for (int i = 0; i < partials.length; i++) partials[i] = partial.apply(vars.get(i));
        return Matrix.vector(List.of(partials));
    }

    /** The Jacobian: row i holds the gradient of fᵢ. */
    public static Matrix jacobian(List<Expr> fs, List<Sym> vars, Limits limits) {
        int m = fs.size(), n = vars.size();
        Expr[] out = new Expr[m * n];
        for (int j = 0; j < n; j++) {
            Derivative d = new Derivative(vars.get(j), limits); // shared across the functions, which often share parts
            for (int i = 0; i < m; i++) out[i * n + j] = d.apply(fs.get(i));
        }
        return Matrix.of(m, n, out);
    }

    /** The Hessian, symmetric by construction: ∂²f/∂xᵢ∂xⱼ is computed once for i ≤ j. */
    public static Matrix hessian(Expr f, List<Sym> vars, Limits limits) {
        int n = vars.size();
        Expr[] first = new Expr[n];
        for (int i = 0; i < n; i++) first[i] = new Derivative(vars.get(i), limits).apply(f);
        Expr[] out = new Expr[n * n];
        for (int j = 0; j < n; j++) {
            Derivative d = new Derivative(vars.get(j), limits);
            for (int i = 0; i <= j; i++) out[i * n + j] = out[j * n + i] = d.apply(first[i]);
        }
        return Matrix.of(n, n, out);
    }
}
