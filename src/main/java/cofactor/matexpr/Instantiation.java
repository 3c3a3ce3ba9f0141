package cofactor.matexpr;

import cofactor.expr.Expr;
import cofactor.expr.Num;
import cofactor.expr.Rewrite;
import cofactor.expr.Sym;
import cofactor.guard.Limits;
import cofactor.matrix.Adjugate;
import cofactor.matrix.Det;
import cofactor.matrix.Diagonals;
import cofactor.matrix.Inverse;
import cofactor.matrix.Kronecker;
import cofactor.matrix.Matrix;
import cofactor.matrix.ShapeError;
import java.util.Map;
import java.util.function.BiFunction;

/**
 * A matrix expression, or a scalar holding kernels of one, at given sizes: every abstract
 * symbol becomes an explicit matrix and every operation the exact engine's own, so a
 * closed form is checked against the entry-by-entry computation it stands for.
 */
public final class Instantiation {
    /** Maximum size a symbol is instantiated at, as for matrix(a, m, n). */
    private static final int MAX_SIZE = 10_000;

    private final Map<Sym, Expr> values;
    private final BiFunction<MatExpr.Symbol, int[], Matrix> entries;
    private final Limits limits;

    /**
     * @param values  the sizes (and any other symbols in coefficients) with their values
     * @param entries the explicit matrix that stands for a symbol at its {rows, cols}
     */
    public Instantiation(Map<Sym, Expr> values, BiFunction<MatExpr.Symbol, int[], Matrix> entries, Limits limits) {
        this.values = values;
        this.entries = entries;
        this.limits = limits;
    }

    /** {@code e | n = 3}: X becomes matrix(X, 3, 3) and a vector x becomes vector(x, 3), as typed with those sizes. */
    public static Instantiation withFreshSymbols(Map<Sym, Expr> values, Limits limits) {
        return new Instantiation(values, (s, size) -> s.shape().cols().isOne() ? Matrix.symbols(s.name(), size[0])
                : Matrix.symbols(s.name(), size[0], size[1]), limits);
    }

    public Matrix matrix(MatExpr m) {
        if (m instanceof MatExpr.Symbol s) return entries.apply(s, new int[] {size(s.shape().rows(), s), size(s.shape().cols(), s)});
        if (m instanceof MatExpr.Identity i) return Matrix.identity(size(i.n(), m));
        if (m instanceof MatExpr.Zero z) return Matrix.zeros(size(z.shape().rows(), m), size(z.shape().cols(), m));
        if (m instanceof MatExpr.Ones o) return Matrix.ones(size(o.shape().rows(), m), size(o.shape().cols(), m));
        if (m instanceof MatExpr.Hadamard h) {
            Matrix acc = matrix(h.factors().get(0));
            for (MatExpr f : h.factors().subList(1, h.factors().size())) acc = acc.hadamard(matrix(f));
            return acc;
        }
        if (m instanceof MatExpr.EntryPower p) {
            Expr k = scalar(p.exponent());
            return matrix(p.base()).map(e -> Expr.pow(e, k));
        }
        if (m instanceof MatExpr.EntryFunction f) return matrix(f.arg()).map(e -> Expr.call(f.fn(), e));
        if (m instanceof MatExpr.DiagMatrix d) return Diagonals.matrix(matrix(d.vector()));
        if (m instanceof MatExpr.Diagonal d) return Diagonals.diagonal(matrix(d.matrix()));
        if (m instanceof MatExpr.Kron k) {
            Matrix acc = matrix(k.factors().get(0));
            for (MatExpr f : k.factors().subList(1, k.factors().size())) acc = Kronecker.of(acc, matrix(f), limits);
            return acc;
        }
        if (m instanceof MatExpr.Transpose t) return matrix(t.arg()).transpose();
        if (m instanceof MatExpr.Inverse i) return Inverse.of(matrix(i.arg()), limits);
        if (m instanceof MatExpr.Adjugate a) return Adjugate.adj(matrix(a.arg()), limits);
        if (m instanceof MatExpr.Sum s) {
            Matrix acc = matrix(s.terms().get(0));
            for (MatExpr t : s.terms().subList(1, s.terms().size())) acc = acc.plus(matrix(t));
            return acc;
        }
        MatExpr.Product p = (MatExpr.Product) m;
        Matrix acc = matrix(p.factors().get(0));
        for (MatExpr f : p.factors().subList(1, p.factors().size())) acc = acc.times(matrix(f), limits);
        return acc.scale(scalar(p.coefficient())); // a coefficient may hold kernels: adj(inv(X)) = X/det(X)
    }

    /** A scalar with its values put in and each kernel (det(X), tr(A*B), (x'*A*x)) computed from the explicit matrices. */
    public Expr scalar(Expr e) {
        return Rewrite.leaves(Rewrite.subs(e, values), leaf -> leaf instanceof Sym s && s.kernel() instanceof ScalarKernel k ? kernel(k) : leaf);
    }

    private Expr kernel(ScalarKernel k) {
        Matrix m = matrix(k.arg());
        return switch (k.kind()) {
            case DET -> Det.of(m, limits);
            case TRACE -> Det.trace(m);
            case SUM -> m.sumOfEntries();
            case ENTRY -> m.get(0, 0);
        };
    }

    private int size(Expr size, MatExpr of) {
        if (Rewrite.subs(size, values) instanceof Num n && n.isInteger() && n.signum() >= 0 && n.compareTo(Num.of(MAX_SIZE)) <= 0) return n.numerator().intValue();
        throw new ShapeError("|", "the size " + size + " of " + of + " needs a whole value from 0 to " + MAX_SIZE + ", got " + Rewrite.subs(size, values));
    }
}
