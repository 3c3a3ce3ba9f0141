package cofactor.calculus;

import cofactor.expr.Expr;
import cofactor.expr.Sym;
import cofactor.matrix.Matrix;
import java.util.List;

/** Derivatives of and by matrices: entrywise derivatives, the matrix of partials, gradient, Jacobian, Hessian. */
public final class Partials {
    private Partials() {}

    /** dA/dx entry by entry; one memo serves all entries, which often share subexpressions. */
    public static Matrix d(Matrix a, Sym x) {
        Derivative d = new Derivative(x);
        return a.map(d::apply);
    }

    /** The matrix of partials ∂e/∂sᵢⱼ, shaped like the matrix of distinct symbols s (so d(det A, A) is the cofactor matrix). */
    public static Matrix byMatrix(Expr e, Matrix symbols) { return byMatrix(e, symbols, Long.MAX_VALUE); }

    /** The same, each partial stopping with an error once it has built more than maxTerms terms (see {@link Derivative}). */
    public static Matrix byMatrix(Expr e, Matrix symbols, long maxTerms) {
        return symbols.map(s -> new Derivative((Sym) s, maxTerms).apply(e));
    }

    /** The gradient as a column vector. */
    public static Matrix grad(Expr f, List<Sym> vars) { return grad(f, vars, Long.MAX_VALUE); }

    /** The gradient, each partial stopping with an error once it has built more than maxTerms terms. */
    public static Matrix grad(Expr f, List<Sym> vars, long maxTerms) {
        return Matrix.vector(vars.stream().map(x -> new Derivative(x, maxTerms).apply(f)).toList());
    }

    /** The Jacobian: row i holds the gradient of fᵢ. */
    public static Matrix jacobian(List<Expr> fs, List<Sym> vars) { return jacobian(fs, vars, Long.MAX_VALUE); }

    /** The Jacobian, each column's derivatives stopping with an error once they have built more than maxTerms terms. */
    public static Matrix jacobian(List<Expr> fs, List<Sym> vars, long maxTerms) {
        int m = fs.size(), n = vars.size();
        Expr[] out = new Expr[m * n];
        for (int j = 0; j < n; j++) {
            Derivative d = new Derivative(vars.get(j), maxTerms); // shared across the functions, which often share parts
            for (int i = 0; i < m; i++) out[i * n + j] = d.apply(fs.get(i));
        }
        return Matrix.of(m, n, out);
    }

    /** The Hessian, symmetric by construction: ∂²f/∂xᵢ∂xⱼ is computed once for i ≤ j. */
    public static Matrix hessian(Expr f, List<Sym> vars) { return hessian(f, vars, Long.MAX_VALUE); }

    /** The Hessian, stopping with an error once a pass of derivatives has built more than maxTerms terms. */
    public static Matrix hessian(Expr f, List<Sym> vars, long maxTerms) {
        int n = vars.size();
        Expr[] first = new Expr[n];
        for (int i = 0; i < n; i++) first[i] = new Derivative(vars.get(i), maxTerms).apply(f);
        Expr[] out = new Expr[n * n];
        for (int j = 0; j < n; j++) {
            Derivative d = new Derivative(vars.get(j), maxTerms);
            for (int i = 0; i <= j; i++) out[i * n + j] = out[j * n + i] = d.apply(first[i]);
        }
        return Matrix.of(n, n, out);
    }
}
