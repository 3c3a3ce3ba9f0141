package cofactor.matexpr;

import cofactor.dense.Dense;
import cofactor.dense.Factorization;
import cofactor.dense.Kernels;
import cofactor.expr.Expr;
import cofactor.expr.MathError;
import cofactor.expr.Num;
import cofactor.expr.Rewrite;
import cofactor.expr.Sym;
import cofactor.matrix.ShapeError;
import cofactor.matrix.SingularError;
import cofactor.numeric.Determinants;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Matrix expressions and their scalars evaluated in doubles at one point (each matrix symbol
 * given a dense matrix, each size its value): products in the cheaper order ({@link ProductOrder}),
 * inv(A)*B as a solve with A's LU factors, det and log det from those factors, tr(A*B) as a sum of
 * entry products without forming A*B. Every matrix and factorization is computed once per point,
 * so log(det(X)) and the inv(X)' of its gradient share one LU of X.
 */
final class NumericPoint {
    private final Kernels kernels;
    private final Map<MatExpr.Symbol, Dense> inputs;
    private final Map<Sym, Integer> sizes;
    private final Map<Expr, ScalarProgram> programs;
    private final Routes routes;
    private final Map<MatExpr, Dense> matrices = new HashMap<>();
    private final Map<MatExpr, Lazy> lazies = new HashMap<>();
    private final Map<MatExpr, Factorization> factorizations = new HashMap<>();

    NumericPoint(Kernels kernels, Map<MatExpr.Symbol, Dense> inputs, Map<Sym, Integer> sizes, Map<Expr, ScalarProgram> programs, Routes routes) {
        this.routes = routes;
        this.kernels = kernels;
        this.inputs = inputs;
        this.sizes = sizes;
        this.programs = programs;
    }

    // ---- scalars
    double scalar(ScalarProgram p) {
        ScalarProgram.AtSizes at = p.at(sizes);
        List<ScalarProgram.Leaf> leaves = at.leaves();
        double[] values = new double[leaves.size()];
        for (int k = 0; k < values.length; k++) {
            values[k] = leaves.get(k) instanceof ScalarProgram.Kernel kernel ? kernel(kernel.kernel()) : logDet(((ScalarProgram.LogDet) leaves.get(k)).arg());
        }
        return at.value(values);
    }

    private double kernel(ScalarKernel k) {
        return switch (k.kind()) {
            case DET -> factor(k.arg()).det();
            case TRACE -> trace(k.arg());
            case SUM -> entrySum(lazy(k.arg()).value); // sum(M') = sum(M)
            case ENTRY -> lazy(k.arg()).value.data()[0];
        };
    }

    private double logDet(MatExpr m) {
        Factorization f = factor(m);
        if (f.sign() <= 0) {
            throw new MathError("log", "det(" + m + ") is " + (f.sign() == 0 ? "0" : "negative") + " at this point, outside the domain of log");
        }
        return f.logAbsDet();
    }

    private double coefficient(Expr c) {
        if (c instanceof Num n) return n.doubleValue();
        return scalar(programs.get(c));
    }

    /**
     * tr(L*R) as Σ L_ij R_ji over the rotation and split of the cyclic product that costs least, a
     * side already computed costing nothing: with the gradient evaluated first, tr(A'*A*X*X') is
     * ‖A*X‖² from the gradient's A*X. Or the diagonal of the whole product, when that is cheaper.
     */
    private double trace(MatExpr m) {
        if (!(m instanceof MatExpr.Product p) || p.factors().size() < 2) return lazy(m).value.trace(); // tr(M') = tr(M)
        Chain whole = new Chain(p.factors());
        double best = whole.order.cost(0, p.factors().size() - 1);
        Routes.Split at = null;
        for (Routes.Split split : routes.splits(p)) {
            double c = cost(split.left()) + cost(split.right())
                    + 2.0 * size(split.left().shape().rows()) * size(split.left().shape().cols());
            if (c < best) { best = c; at = split; }
        }
        double c = coefficient(p.coefficient());
        if (at == null) return c * materialize(whole.evaluate(0, p.factors().size() - 1)).trace();
        return c * traceOfProduct(lazy(at.left()), lazy(at.right()));
    }

    /** Operations to compute m: none when it (or what it is reached through) is already computed. */
    private double cost(MatExpr m) {
        Routes.Route route = routes.of(m);
        if (lazies.containsKey(m) || route.via() != null && lazies.containsKey(route.via())) return 0;
        MatExpr inner = route.via() != null ? route.via() : m;
        if (inner instanceof MatExpr.Product q) return new Chain(q.factors()).order.cost(0, q.factors().size() - 1);
        if (inner instanceof MatExpr.Inverse i) return 2.0 * Math.pow(size(i.shape().rows()), 3);
        return 0; // a symbol, or a sum whose products every split shares
    }

    /** tr(op(a)*op(b)): with one side transposed it is the sum of the entrywise products. */
    private static double traceOfProduct(Lazy a, Lazy b) {
        if (a.transposed != b.transposed) {
            double s = 0;
            double[] x = a.value.data(), y = b.value.data();
            for (int k = 0; k < x.length; k++) s += x[k] * y[k];
            return s;
        }
        return a.transposed ? Dense.traceOfProduct(b.value, a.value) : Dense.traceOfProduct(a.value, b.value);
    }

    // ---- matrices
    Dense matrix(MatExpr m) {
        Dense done = matrices.get(m);
        if (done == null) {
            done = materialize(lazy(m));
            matrices.put(m, done);
        }
        return done;
    }

    /** m, or m's transpose read transposed, computed once for both; see {@link Routes}. */
    private Lazy lazy(MatExpr m) {
        Lazy done = lazies.get(m);
        if (done != null) return done;
        Routes.Route route = routes.of(m);
        if (m instanceof MatExpr.Transpose t && !(t.arg() instanceof MatExpr.Inverse)) { // read transposed, not copied
            Lazy arg = lazy(t.arg());
            done = new Lazy(arg.value, !arg.transposed);
        } else if (route.factor() != null) {
            Lazy base = lazy(route.via());
            done = new Lazy(base.value.scale(route.factor().doubleValue()), base.transposed);
        } else if (route.transposed()) {
            Lazy t = lazy(route.via());
            done = new Lazy(t.value, !t.transposed);
        } else {
            done = new Lazy(compute(m), false);
        }
        lazies.put(m, done);
        return done;
    }

    private Dense compute(MatExpr m) {
        if (m instanceof MatExpr.Symbol s) return inputs.get(s);
        if (m instanceof MatExpr.Identity i) return Dense.identity(size(i.n()));
        if (m instanceof MatExpr.Zero z) return Dense.zeros(size(z.shape().rows()), size(z.shape().cols()));
        if (m instanceof MatExpr.Transpose t) return t.arg() instanceof MatExpr.Inverse i ? materialize(inverse(i.arg(), true)) : matrix(t.arg()).transpose();
        if (m instanceof MatExpr.Inverse i) return materialize(inverse(i.arg(), false));
        if (m instanceof MatExpr.Adjugate a) {
            // finite and right where the matrix is singular too (the project's cofactor solve; an inverse would not be)
            Dense x = matrix(a.arg());
            return new Dense(x.rows(), x.cols(), flat(Determinants.adjugate(arrays(x))));
        }
        if (m instanceof MatExpr.Sum s) {
            Dense acc = matrix(s.terms().get(0));
            for (MatExpr t : s.terms().subList(1, s.terms().size())) acc = acc.plusScaled(1, matrix(t));
            return acc;
        }
        if (m instanceof MatExpr.Product p) {
            Chain chain = new Chain(p.factors());
            return materialize(chain.evaluate(0, p.factors().size() - 1)).scale(coefficient(p.coefficient()));
        }
        return entryWise(m);
    }

    /** The entry-wise nodes: ones, A.*B, A.^k, exp(A), diag(v), diag(X), kron(A, B). */
    private Dense entryWise(MatExpr m) {
        if (m instanceof MatExpr.Ones o) {
            Dense d = Dense.zeros(size(o.shape().rows()), size(o.shape().cols()));
            java.util.Arrays.fill(d.data(), 1);
            return d;
        }
        if (m instanceof MatExpr.Hadamard h) {
            double[] acc = matrix(h.factors().get(0)).data().clone();
            for (MatExpr f : h.factors().subList(1, h.factors().size())) {
                double[] x = matrix(f).data();
                for (int k = 0; k < acc.length; k++) acc[k] *= x[k];
            }
            return result(m, acc);
        }
        if (m instanceof MatExpr.EntryPower p) {
            double k = coefficient(p.exponent());
            double[] x = matrix(p.base()).data(), out = new double[x.length];
            for (int i = 0; i < x.length; i++) out[i] = Math.pow(x[i], k);
            return result(m, out);
        }
        if (m instanceof MatExpr.EntryFunction f) {
            double[] x = matrix(f.arg()).data(), out = new double[x.length];
            for (int i = 0; i < x.length; i++) out[i] = f.fn().apply(x[i]);
            return result(m, out);
        }
        if (m instanceof MatExpr.DiagMatrix d) {
            double[] v = matrix(d.vector()).data();
            Dense out = Dense.zeros(v.length, v.length);
            for (int i = 0; i < v.length; i++) out.data()[i * v.length + i] = v[i];
            return out;
        }
        if (m instanceof MatExpr.Diagonal d) {
            Dense x = matrix(d.matrix());
            double[] out = new double[x.rows()];
            for (int i = 0; i < out.length; i++) out[i] = x.get(i, i);
            return new Dense(out.length, 1, out);
        }
        if (m instanceof MatExpr.Kron k) {
            Dense acc = matrix(k.factors().get(0));
            for (MatExpr f : k.factors().subList(1, k.factors().size())) acc = kron(acc, matrix(f));
            return acc;
        }
        throw new ShapeError("compile", m + " has no numeric evaluation yet");
    }

    /** An entry-wise result of m's shape; an entry that is not a real number (log of a negative entry) is an error. */
    private Dense result(MatExpr m, double[] entries) {
        for (double v : entries) if (Double.isNaN(v)) throw new MathError("", m + " has an entry that is not a real number at this point");
        return new Dense(size(m.shape().rows()), size(m.shape().cols()), entries);
    }

    private static Dense kron(Dense a, Dense b) {
        int rows = a.rows() * b.rows(), cols = a.cols() * b.cols();
        double[] out = new double[rows * cols];
        for (int i = 0; i < a.rows(); i++) for (int j = 0; j < a.cols(); j++) {
            double x = a.get(i, j);
            for (int k = 0; k < b.rows(); k++) for (int l = 0; l < b.cols(); l++) out[(i * b.rows() + k) * cols + j * b.cols() + l] = x * b.get(k, l);
        }
        return new Dense(rows, cols, out);
    }

    private static double entrySum(Dense m) {
        double s = 0;
        for (double v : m.data()) s += v;
        return s;
    }

    /**
     * The explicit inverse (or its transpose): only where the inverse itself is the value wanted. The
     * inverse of an exactly symmetric matrix is made exactly symmetric (its upper triangle mirrored):
     * LU's rounding differs between a_ij and a_ji, and on a problem over symmetric matrices such as the
     * Gaussian likelihood, whose minimum is a saddle point among all matrices, a minimizer would follow
     * that asymmetry away from the minimum.
     */
    private Lazy inverse(MatExpr a, boolean transposed) {
        Dense inv = kernels.inverse(invertible(a));
        return new Lazy(matrix(a).isSymmetric() ? inv.upperMirrored() : inv, transposed);
    }

    Factorization factor(MatExpr m) {
        Factorization f = factorizations.get(m);
        if (f == null) {
            f = kernels.factor(matrix(m));
            factorizations.put(m, f);
        }
        return f;
    }

    private Factorization invertible(MatExpr m) {
        Factorization f = factor(m);
        if (f.isSingular()) throw new SingularError("inv", m + " is singular at this point");
        return f;
    }

    int size(Expr e) {
        if (e instanceof Num n) return n.numerator().intValueExact();
        if (e instanceof Sym s && sizes.containsKey(s)) return sizes.get(s);
        Map<Sym, Expr> values = new HashMap<>();
        sizes.forEach((s, v) -> values.put(s, Num.of(v)));
        if (Rewrite.subs(e, values) instanceof Num n && n.isInteger() && n.signum() >= 0) return n.numerator().intValueExact();
        throw new ShapeError("size", "the size " + e + " has no whole value from the arguments' sizes");
    }

    // ---- products
    /** A matrix, or its transpose when {@code transposed}: products and traces take either without copying. */
    private record Lazy(Dense value, boolean transposed) {
        int rows() { return transposed ? value.cols() : value.rows(); }
    }

    private static Dense materialize(Lazy m) { return m.transposed ? m.value.transpose() : m.value; }

    /** One product's factors: inverses (inv(A), inv(A)') apart, as solves; the rest evaluated as matrices. */
    private final class Chain {
        private final MatExpr[] operands; // a plain factor, or the A of inv(A)
        private final boolean[] transposed;
        final ProductOrder order;

        Chain(List<MatExpr> factors) {
            int k = factors.size();
            operands = new MatExpr[k];
            transposed = new boolean[k];
            boolean[] inverse = new boolean[k];
            long[] dims = new long[k + 1];
            for (int i = 0; i < k; i++) {
                MatExpr f = factors.get(i);
                transposed[i] = f instanceof MatExpr.Transpose;
                MatExpr inner = f instanceof MatExpr.Transpose t ? t.arg() : f;
                inverse[i] = inner instanceof MatExpr.Inverse;
                // a transposed symbol stays as it is, and the product reads it transposed
                operands[i] = inner instanceof MatExpr.Inverse inv ? inv.arg() : transposed[i] && inner instanceof MatExpr.Symbol ? inner : f;
                if (operands[i] == f) transposed[i] = false;
                dims[i] = size(f.shape().rows());
            }
            dims[k] = size(factors.get(k - 1).shape().cols());
            order = new ProductOrder(dims, inverse);
        }

        Lazy evaluate(int i, int j) {
            if (i == j) {
                if (order.isInverse(i)) return inverse(operands[i], transposed[i]);
                Lazy m = lazy(operands[i]);
                return new Lazy(m.value, m.transposed != transposed[i]);
            }
            int s = order.split(i, j);
            if (s == i && order.isInverse(i)) { // inv(A)*R: a solve
                return new Lazy(kernels.solve(invertible(operands[i]), materialize(evaluate(s + 1, j)), transposed[i]), false);
            }
            if (s + 1 == j && order.isInverse(j)) { // L*inv(A) = (inv(A)'*L')'
                Lazy left = evaluate(i, s);
                Dense leftT = materialize(new Lazy(left.value, !left.transposed));
                return new Lazy(kernels.solve(invertible(operands[j]), leftT, !transposed[j]), true);
            }
            Lazy a = evaluate(i, s), b = evaluate(s + 1, j);
            return new Lazy(kernels.multiply(1, a.value, a.transposed, b.value, b.transposed), false);
        }
    }

    private static double[][] arrays(Dense m) {
        double[][] a = new double[m.rows()][m.cols()];
        for (int i = 0; i < m.rows(); i++) System.arraycopy(m.data(), i * m.cols(), a[i], 0, m.cols());
        return a;
    }

    private static double[] flat(double[][] a) {
        int n = a.length, m = n == 0 ? 0 : a[0].length;
        double[] out = new double[n * m];
        for (int i = 0; i < n; i++) System.arraycopy(a[i], 0, out, i * m, m);
        return out;
    }
}
