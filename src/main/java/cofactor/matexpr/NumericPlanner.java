package cofactor.matexpr;

import cofactor.compile.CompiledFunction;
import cofactor.dense.Dense;
import cofactor.dense.Factorization;
import cofactor.dense.Kernels;
import cofactor.expr.Expr;
import cofactor.expr.MathError;
import cofactor.expr.Num;
import cofactor.expr.Rewrite;
import cofactor.expr.Sym;
import cofactor.matexpr.NumericPlan.Frame;
import cofactor.matexpr.NumericPlan.Step;
import cofactor.matrix.ShapeError;
import cofactor.matrix.SingularError;
import cofactor.numeric.Determinants;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Plans the evaluation of matrix expressions and their scalars in doubles at one set of sizes (a
 * {@link NumericPlan}): products in the cheaper order ({@link ProductOrder}), inv(A)*B as a solve with
 * A's LU factors, det and log det from those factors, tr(A*B) as a sum of entry products without
 * forming A*B, sums in one pass over their terms (A*X - B in A*X's own multiplication, unless the
 * plan wants A*X as a matrix too), transposes read in place. Each matrix,
 * factorization, inverse and kernel gets one slot, so log(det(X)) and the inv(X)' of its gradient
 * share one LU of X. Ask for what a call returns ({@link #matrix}, {@link #scalar}, {@link #factor}),
 * in the order it is wanted, then {@link #build}.
 */
final class NumericPlanner {
    private final Kernels kernels;
    private final Map<Sym, Integer> sizes;
    private final Map<Expr, ScalarProgram> programs;
    private final Routes routes;
    private final List<Step> steps = new ArrayList<>();
    private final List<Double> constants = new ArrayList<>();
    private int matrixSlots, factorSlots;
    private final Map<MatExpr, Integer> matrices = new HashMap<>();
    private final Map<MatExpr, Ref> refs = new HashMap<>();
    private final Map<MatExpr, Integer> factorizations = new HashMap<>(), inverses = new HashMap<>();
    private final Map<Object, Integer> scalars = new HashMap<>(); // by kernel, log det leaf or coefficient
    private final Set<MatExpr> kept; // products never computed inside a sum: the plan wants them as matrices too
    private final Set<MatExpr> absorbed = new HashSet<>(), wanted = new HashSet<>();

    /**
     * @param inputs the matrix symbols, whose values a call puts in the first slots in this order
     * @param kept   products a sum must not compute in its own pass: a previous plan {@link #wanted} them
     */
    NumericPlanner(Kernels kernels, List<MatExpr.Symbol> inputs, Map<Sym, Integer> sizes, Map<Expr, ScalarProgram> programs, Routes routes, Set<MatExpr> kept) {
        this.kernels = kernels;
        this.sizes = sizes;
        this.programs = programs;
        this.routes = routes;
        this.kept = kept;
        for (MatExpr.Symbol s : inputs) refs.put(s, new Ref(matrixSlots++, false));
    }

    /**
     * Products a sum computed in its own pass (A*X in A*X - B) that the plan then wanted on their own,
     * or weighed as a trace's side: a plan with these {@code kept} computes each once, as a matrix.
     */
    Set<MatExpr> wanted() { return wanted; }

    /** Whether m is computed already; asking for a product a sum has absorbed makes it {@link #wanted}. */
    private boolean computed(MatExpr m) {
        if (absorbed.contains(m)) wanted.add(m);
        return refs.containsKey(m);
    }

    NumericPlan build() {
        double[] c = new double[constants.size()];
        for (int k = 0; k < c.length; k++) c[k] = constants.get(k);
        return new NumericPlan(steps, matrixSlots, factorSlots, c);
    }

    /** A slot's matrix, or its transpose when {@code transposed}: products and traces take either without copying. */
    private record Ref(int slot, boolean transposed) {
        Ref flipped() { return new Ref(slot, !transposed); }
    }

    private int newMatrix() { return matrixSlots++; }

    private int newScalar() {
        constants.add(0.0);
        return constants.size() - 1;
    }

    private int constant(double v) {
        constants.add(v);
        return constants.size() - 1;
    }

    // ---- scalars
    /** The slot of a scalar program's value: its compiled function at these sizes applied to its leaves. */
    int scalar(ScalarProgram p) {
        ScalarProgram.AtSizes at = p.at(sizes);
        List<ScalarProgram.Leaf> leaves = at.leaves();
        int[] in = new int[leaves.size()];
        for (int k = 0; k < in.length; k++) {
            ScalarProgram.Leaf leaf = leaves.get(k);
            if (leaf instanceof ScalarProgram.Kernel kernel) in[k] = kernel(kernel.kernel());
            else if (leaf instanceof ScalarProgram.LogDet l) in[k] = logDet(l.arg());
            else in[k] = squaredNorm((ScalarProgram.SquaredNorm) leaf);
        }
        int out = newScalar();
        CompiledFunction function = at.function();
        steps.add(f -> {
            double[] values = new double[in.length];
            for (int k = 0; k < in.length; k++) values[k] = f.scalars[in[k]];
            f.scalars[out] = function.applyAsDouble(values);
        });
        return out;
    }

    private int kernel(ScalarKernel k) {
        Integer done = scalars.get(k);
        if (done != null) return done;
        int out = switch (k.kind()) {
            case DET -> {
                int lu = factor(k.arg()), s = newScalar();
                steps.add(f -> f.scalars[s] = f.factors[lu].det());
                yield s;
            }
            case TRACE -> trace(k.arg());
            case SUM -> { // sum(M') = sum(M)
                int m = lazy(k.arg()).slot, s = newScalar();
                steps.add(f -> f.scalars[s] = entrySum(f.matrices[m]));
                yield s;
            }
            case ENTRY -> {
                int m = lazy(k.arg()).slot, s = newScalar();
                steps.add(f -> f.scalars[s] = f.matrices[m].data()[0]);
                yield s;
            }
        };
        scalars.put(k, out);
        return out;
    }

    private int logDet(MatExpr m) {
        ScalarProgram.LogDet leaf = new ScalarProgram.LogDet(m);
        Integer done = scalars.get(leaf);
        if (done != null) return done;
        int lu = factor(m), out = newScalar();
        steps.add(f -> {
            Factorization factors = f.factors[lu];
            if (factors.sign() <= 0) {
                throw new MathError("log", "det(" + m + ") is " + (factors.sign() == 0 ? "0" : "negative") + " at this point, outside the domain of log");
            }
            f.scalars[out] = factors.logAbsDet();
        });
        scalars.put(leaf, out);
        return out;
    }

    /** Σ m_ij², over m as it is stored (transposed or not, the same sum). */
    private int squaredNorm(ScalarProgram.SquaredNorm leaf) {
        Integer done = scalars.get(leaf);
        if (done != null) return done;
        int m = lazy(leaf.arg()).slot, out = newScalar();
        steps.add(f -> f.scalars[out] = Dense.dot(f.matrices[m], f.matrices[m]));
        scalars.put(leaf, out);
        return out;
    }

    /** The slot of a coefficient: a number's, or its program's value. */
    private int coefficient(Expr c) {
        if (c instanceof Num n) return constant(n.doubleValue());
        Integer done = scalars.get(c);
        if (done == null) {
            done = scalar(programs.get(c));
            scalars.put(c, done);
        }
        return done;
    }

    /**
     * tr(L*R) as Σ L_ij R_ji over the rotation and split of the cyclic product that costs least, a
     * side already computed costing nothing: with the gradient evaluated first, tr(A'*A*X*X') is
     * ‖A*X‖² from the gradient's A*X. Or the diagonal of the whole product, when that is cheaper.
     */
    private int trace(MatExpr m) {
        int out = newScalar();
        if (!(m instanceof MatExpr.Product p) || p.factors().size() < 2) {
            int x = lazy(m).slot; // tr(M') = tr(M)
            steps.add(f -> f.scalars[out] = f.matrices[x].trace());
            return out;
        }
        Chain whole = new Chain(p.factors());
        double best = whole.order.cost(0, p.factors().size() - 1);
        Routes.Split at = null;
        for (Routes.Split split : routes.splits(p)) {
            double c = cost(split.left()) + cost(split.right())
                    + 2.0 * size(split.left().shape().rows()) * size(split.left().shape().cols());
            if (c < best) { best = c; at = split; }
        }
        int c = coefficient(p.coefficient());
        if (at == null) {
            int x = whole.evaluate(0, p.factors().size() - 1).slot;
            steps.add(f -> f.scalars[out] = f.scalars[c] * f.matrices[x].trace());
            return out;
        }
        Ref a = lazy(at.left()), b = lazy(at.right());
        steps.add(f -> f.scalars[out] = f.scalars[c] * traceOfProduct(f.matrices[a.slot], a.transposed, f.matrices[b.slot], b.transposed));
        return out;
    }

    /** Operations to compute m: none when it (or what it is reached through) is already computed. */
    private double cost(MatExpr m) {
        Routes.Route route = routes.of(m);
        if (computed(m) || route.via() != null && computed(route.via())) return 0;
        MatExpr inner = route.via() != null ? route.via() : m;
        if (inner instanceof MatExpr.Product q) return new Chain(q.factors()).order.cost(0, q.factors().size() - 1);
        if (inner instanceof MatExpr.Inverse i) return 2.0 * Math.pow(size(i.shape().rows()), 3);
        return 0; // a symbol, or a sum whose products every split shares
    }

    /** tr(op(a)*op(b)): with one side transposed it is the sum of the entrywise products. */
    private static double traceOfProduct(Dense a, boolean ta, Dense b, boolean tb) {
        if (ta != tb) return Dense.dot(a, b);
        return ta ? Dense.traceOfProduct(b, a) : Dense.traceOfProduct(a, b);
    }

    // ---- matrices
    /** The slot of m as it stands (a transpose copied once where m is only held transposed). */
    int matrix(MatExpr m) {
        Integer done = matrices.get(m);
        if (done != null) return done;
        Ref r = lazy(m);
        int out = r.transposed ? materialize(r) : r.slot;
        matrices.put(m, out);
        return out;
    }

    private int materialize(Ref r) {
        if (!r.transposed) return r.slot;
        int out = newMatrix();
        steps.add(f -> f.matrices[out] = f.matrices[r.slot].transpose());
        return out;
    }

    /** m, or m's transpose read transposed, computed once for both; see {@link Routes}. */
    private Ref lazy(MatExpr m) {
        if (computed(m)) return refs.get(m);
        Ref done;
        Routes.Route route = m instanceof MatExpr.Transpose ? null : routes.of(m);
        if (m instanceof MatExpr.Transpose t) { // read transposed, not copied
            done = lazy(t.arg()).flipped();
        } else if (route.factor() != null) {
            done = scaled(route.via(), route.factor().doubleValue());
        } else if (route.transposed() && route.via() instanceof MatExpr.Sum s && !refs.containsKey(s)) {
            // the sum's terms read transposed into m itself, which then stands for the sum transposed too
            done = new Ref(sum(s, true, 1), false);
            refs.put(s, done.flipped());
        } else if (route.transposed()) {
            done = lazy(route.via()).flipped();
        } else {
            done = new Ref(compute(m), false);
        }
        refs.put(m, done);
        return done;
    }

    /**
     * c·m: a product or sum not computed yet takes c in (into its last multiplication, or its terms'
     * numbers) rather than being scaled into a copy afterwards; else m scaled.
     */
    private Ref scaled(MatExpr m, double c) {
        if (!computed(m) && m instanceof MatExpr.Product p && p.coefficient() instanceof Num k) return product(p.factors(), constant(c * k.doubleValue()));
        if (!computed(m) && m instanceof MatExpr.Sum s) return new Ref(sum(s, false, c), false);
        Ref base = lazy(m);
        int out = newMatrix(), slot = constant(c);
        steps.add(f -> f.matrices[out] = f.matrices[base.slot].scale(f.scalars[slot]));
        return new Ref(out, base.transposed);
    }

    private int compute(MatExpr m) {
        if (m instanceof MatExpr.Identity i) {
            int n = size(i.n()), out = newMatrix();
            steps.add(f -> f.matrices[out] = Dense.identity(n));
            return out;
        }
        if (m instanceof MatExpr.Zero z) {
            int rows = size(z.shape().rows()), cols = size(z.shape().cols()), out = newMatrix();
            steps.add(f -> f.matrices[out] = Dense.zeros(rows, cols));
            return out;
        }
        if (m instanceof MatExpr.Inverse i) return inverse(i.arg());
        if (m instanceof MatExpr.Adjugate a) {
            // finite and right where the matrix is singular too (the project's cofactor solve; an inverse would not be)
            int x = matrix(a.arg()), out = newMatrix();
            steps.add(f -> f.matrices[out] = adjugate(f.matrices[x]));
            return out;
        }
        if (m instanceof MatExpr.Sum s) return sum(s, false, 1);
        if (m instanceof MatExpr.Product p) return materialize(product(p.factors(), p.coefficient().isOne() ? -1 : coefficient(p.coefficient())));
        return entryWise(m);
    }

    /**
     * The terms of s added in one pass (transposed when {@code transposed}), times {@code scale}: a
     * term that is a number times a matrix (-B) is read as that matrix with its number, never scaled
     * into a copy first.
     */
    private int sum(MatExpr.Sum s, boolean transposed, double scale) {
        List<MatExpr> terms = new ArrayList<>();
        List<Double> c = new ArrayList<>();
        for (MatExpr t : s.terms()) {
            Routes.Route route = routes.of(t);
            boolean scaled = !refs.containsKey(t) && route.factor() != null;
            terms.add(scaled ? route.via() : t);
            c.add(scale * (scaled ? route.factor().doubleValue() : 1));
        }
        int p = absorbable(terms);
        if (p < 0) return combination(terms, c, transposed);
        MatExpr.Product product = (MatExpr.Product) terms.remove(p);
        double alpha = c.remove(p) * ((Num) product.coefficient()).doubleValue();
        absorbed.add(product);
        Ref[] sides = new Chain(product.factors()).lastMultiplication();
        // (L*R)' = R'*L' when the sum is wanted transposed
        Ref a = transposed ? sides[1].flipped() : sides[0], b = transposed ? sides[0].flipped() : sides[1];
        double beta;
        int rest;
        Ref only = terms.size() == 1 ? lazy(terms.get(0)) : null;
        if (only != null && only.transposed == transposed) { // added as it is stored: dgemm's C itself
            beta = c.get(0);
            rest = only.slot;
        } else {
            beta = 1;
            rest = combination(terms, c, transposed);
        }
        int out = newMatrix();
        steps.add(f -> f.matrices[out] = kernels.multiplyAdd(alpha, f.matrices[a.slot], a.transposed, f.matrices[b.slot], b.transposed, beta, f.matrices[rest]));
        return out;
    }

    /**
     * Which term is a product to compute in the sum's own pass (dgemm's β·C adds the others): one
     * that nothing has computed yet, ends in a multiplication and has a number for its coefficient; -1
     * when there is none.
     */
    private int absorbable(List<MatExpr> terms) {
        for (int i = 0; i < terms.size(); i++) {
            if (terms.get(i) instanceof MatExpr.Product p && p.coefficient() instanceof Num && !kept.contains(p) && !computed(p)
                    && routes.of(p).via() == null && new Chain(p.factors()).endsInMultiplication()) {
                return i;
            }
        }
        return -1;
    }

    /** Σ c_i·terms_i, each term read as it is stored or transposed, in one pass. */
    private int combination(List<MatExpr> sumTerms, List<Double> c, boolean transposed) {
        int k = sumTerms.size();
        double[] coefficients = new double[k];
        Ref[] terms = new Ref[k];
        for (int i = 0; i < k; i++) {
            coefficients[i] = c.get(i);
            terms[i] = lazy(sumTerms.get(i));
        }
        int out = newMatrix();
        steps.add(f -> {
            Dense[] values = new Dense[k];
            boolean[] read = new boolean[k];
            for (int i = 0; i < k; i++) {
                values[i] = f.matrices[terms[i].slot];
                read[i] = terms[i].transposed != transposed;
            }
            f.matrices[out] = Dense.combination(coefficients, values, read);
        });
        return out;
    }

    /** The entry-wise nodes: ones, A.*B, A.^k, exp(A), diag(v), diag(X), kron(A, B). */
    private int entryWise(MatExpr m) {
        int out = newMatrix();
        if (m instanceof MatExpr.Ones o) {
            int rows = size(o.shape().rows()), cols = size(o.shape().cols());
            steps.add(f -> {
                Dense d = Dense.zeros(rows, cols);
                java.util.Arrays.fill(d.data(), 1);
                f.matrices[out] = d;
            });
        } else if (m instanceof MatExpr.Hadamard h) {
            int rows = size(m.shape().rows()), cols = size(m.shape().cols());
            int[] fs = h.factors().stream().mapToInt(this::matrix).toArray();
            steps.add(f -> {
                double[] acc = f.matrices[fs[0]].data().clone();
                for (int i = 1; i < fs.length; i++) {
                    double[] x = f.matrices[fs[i]].data();
                    for (int k = 0; k < acc.length; k++) acc[k] *= x[k];
                }
                f.matrices[out] = result(m, rows, cols, acc);
            });
        } else if (m instanceof MatExpr.EntryPower p) {
            int rows = size(m.shape().rows()), cols = size(m.shape().cols());
            int k = coefficient(p.exponent()), base = matrix(p.base());
            steps.add(f -> {
                double power = f.scalars[k];
                double[] x = f.matrices[base].data(), y = new double[x.length];
                for (int i = 0; i < x.length; i++) y[i] = Math.pow(x[i], power);
                f.matrices[out] = result(m, rows, cols, y);
            });
        } else if (m instanceof MatExpr.EntryFunction e) {
            int rows = size(m.shape().rows()), cols = size(m.shape().cols());
            int arg = matrix(e.arg());
            steps.add(f -> {
                double[] x = f.matrices[arg].data(), y = new double[x.length];
                for (int i = 0; i < x.length; i++) y[i] = e.fn().apply(x[i]);
                f.matrices[out] = result(m, rows, cols, y);
            });
        } else if (m instanceof MatExpr.DiagMatrix d) {
            int vector = matrix(d.vector());
            steps.add(f -> {
                double[] v = f.matrices[vector].data();
                Dense y = Dense.zeros(v.length, v.length);
                for (int i = 0; i < v.length; i++) y.data()[i * v.length + i] = v[i];
                f.matrices[out] = y;
            });
        } else if (m instanceof MatExpr.Diagonal d) {
            int matrix = matrix(d.matrix());
            steps.add(f -> {
                Dense x = f.matrices[matrix];
                double[] y = new double[x.rows()];
                for (int i = 0; i < y.length; i++) y[i] = x.get(i, i);
                f.matrices[out] = new Dense(y.length, 1, y);
            });
        } else if (m instanceof MatExpr.Kron k) {
            int[] fs = k.factors().stream().mapToInt(this::matrix).toArray();
            steps.add(f -> {
                Dense acc = f.matrices[fs[0]];
                for (int i = 1; i < fs.length; i++) acc = kron(acc, f.matrices[fs[i]]);
                f.matrices[out] = acc;
            });
        } else {
            throw new ShapeError("compile", m + " has no numeric evaluation yet");
        }
        return out;
    }

    /** An entry-wise result of m's shape; an entry that is not a real number (log of a negative entry) is an error. */
    private static Dense result(MatExpr m, int rows, int cols, double[] entries) {
        for (double v : entries) if (Double.isNaN(v)) throw new MathError("", m + " has an entry that is not a real number at this point");
        return new Dense(rows, cols, entries);
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
     * The explicit inverse: only where the inverse itself is the value wanted. The inverse of an
     * exactly symmetric matrix is made exactly symmetric (its upper triangle mirrored): LU's rounding
     * differs between a_ij and a_ji, and on a problem over symmetric matrices such as the Gaussian
     * likelihood, whose minimum is a saddle point among all matrices, a minimizer would follow that
     * asymmetry away from the minimum.
     */
    private int inverse(MatExpr a) {
        Integer done = inverses.get(a);
        if (done != null) return done;
        int lu = factor(a), x = matrix(a), out = newMatrix();
        steps.add(f -> {
            Dense inv = kernels.inverse(invertible(f.factors[lu], a));
            f.matrices[out] = f.matrices[x].isSymmetric() ? inv.upperMirrored() : inv;
        });
        inverses.put(a, out);
        return out;
    }

    /** The slot of m's LU factorization. */
    int factor(MatExpr m) {
        Integer done = factorizations.get(m);
        if (done != null) return done;
        int x = matrix(m), out = factorSlots++;
        steps.add(f -> f.factors[out] = kernels.factor(f.matrices[x]));
        factorizations.put(m, out);
        return out;
    }

    private static Factorization invertible(Factorization f, MatExpr m) {
        if (f.isSingular()) throw new SingularError("inv", m + " is singular at this point");
        return f;
    }

    private int size(Expr e) {
        if (e instanceof Num n) return n.numerator().intValueExact();
        if (e instanceof Sym s && sizes.containsKey(s)) return sizes.get(s);
        Map<Sym, Expr> values = new HashMap<>();
        sizes.forEach((s, v) -> values.put(s, Num.of(v)));
        if (Rewrite.subs(e, values) instanceof Num n && n.isInteger() && n.signum() >= 0) return n.numerator().intValueExact();
        throw new ShapeError("size", "the size " + e + " has no whole value from the arguments' sizes");
    }

    // ---- products
    /** The product of the factors times the scalar in slot {@code alpha} (none when −1), taken into the last multiplication where there is one. */
    private Ref product(List<MatExpr> factors, int alpha) {
        Chain chain = new Chain(factors);
        int last = factors.size() - 1;
        if (alpha < 0) return chain.evaluate(0, last);
        if (chain.endsInMultiplication()) return chain.multiply(0, chain.order.split(0, last), last, alpha);
        Ref r = chain.evaluate(0, last);
        int out = newMatrix();
        steps.add(f -> f.matrices[out] = Dense.combination(new double[] {f.scalars[alpha]}, new Dense[] {f.matrices[r.slot]}, new boolean[] {r.transposed}));
        return new Ref(out, false);
    }

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

        /** Whether the whole chain's last step is a multiplication (not a solve, and more than one factor). */
        boolean endsInMultiplication() {
            int j = operands.length - 1;
            if (j == 0) return false;
            int s = order.split(0, j);
            return !(s == 0 && order.isInverse(0)) && !(s + 1 == j && order.isInverse(j));
        }

        Ref evaluate(int i, int j) {
            if (i == j) {
                if (order.isInverse(i)) return new Ref(inverse(operands[i]), transposed[i]);
                Ref m = lazy(operands[i]);
                return transposed[i] ? m.flipped() : m;
            }
            int s = order.split(i, j);
            if (s == i && order.isInverse(i)) { // inv(A)*R: a solve
                int lu = factor(operands[i]), right = materialize(evaluate(s + 1, j)), out = newMatrix();
                boolean t = transposed[i];
                MatExpr a = operands[i];
                steps.add(f -> f.matrices[out] = kernels.solve(invertible(f.factors[lu], a), f.matrices[right], t));
                return new Ref(out, false);
            }
            if (s + 1 == j && order.isInverse(j)) { // L*inv(A) = (inv(A)'*L')'
                int left = materialize(evaluate(i, s).flipped()), lu = factor(operands[j]), out = newMatrix();
                boolean t = !transposed[j];
                MatExpr a = operands[j];
                steps.add(f -> f.matrices[out] = kernels.solve(invertible(f.factors[lu], a), f.matrices[left], t));
                return new Ref(out, true);
            }
            return multiply(i, s, j, -1);
        }

        /** The two sides of the whole chain's last multiplication (it must {@link #endsInMultiplication end in one}). */
        Ref[] lastMultiplication() {
            int j = operands.length - 1, s = order.split(0, j);
            return new Ref[] {evaluate(0, s), evaluate(s + 1, j)};
        }

        /** Factors i..s times factors s+1..j, times the scalar in slot {@code alpha} (none when −1). */
        Ref multiply(int i, int s, int j, int alpha) {
            Ref a = evaluate(i, s), b = evaluate(s + 1, j);
            int out = newMatrix();
            steps.add(f -> f.matrices[out] = kernels.multiply(alpha < 0 ? 1 : f.scalars[alpha], f.matrices[a.slot], a.transposed, f.matrices[b.slot], b.transposed));
            return new Ref(out, false);
        }
    }

    private static Dense adjugate(Dense x) {
        double[][] a = new double[x.rows()][x.cols()];
        for (int i = 0; i < x.rows(); i++) System.arraycopy(x.data(), i * x.cols(), a[i], 0, x.cols());
        double[][] adj = Determinants.adjugate(a);
        int n = adj.length, m = n == 0 ? 0 : adj[0].length;
        double[] out = new double[n * m];
        for (int i = 0; i < n; i++) System.arraycopy(adj[i], 0, out, i * m, m);
        return new Dense(n, m, out);
    }
}
