package cofactor.compile;

import cofactor.expr.Sym;
import java.util.List;
import java.util.function.Supplier;

/**
 * A scalar function compiled together with its gradient, for optimizers: one call
 * computes the value and every partial derivative, sharing subexpressions
 * (reverse accumulation over the expression's DAG, emitted as bytecode). The
 * generated class extends this one. Calls keep no state and may run in parallel.
 */
public abstract class CompiledGradient {
    private final Info info;
    private volatile Supplier<CompiledFunction> hessianSource;
    private volatile CompiledFunction hessian;

    CompiledGradient(Info info) { this.info = info; }

    void setHessianSource(Supplier<CompiledFunction> source) { this.hessianSource = source; }

    public List<Sym> variables() { return info.variables(); }

    public int arity() { return info.variables().size(); }

    /** Operations of one {@link #valueAndGradient} call. */
    public int operations() { return info.operations(); }

    /** f(x), and ∂f/∂x_i into {@code gradOut[i]} (length {@link #arity()}). */
    public abstract double valueAndGradient(double[] x, double[] gradOut);

    /** f(x) alone (only the value's operations run). */
    public abstract double value(double[] x);

    /**
     * At each of {@code points} (each of length {@link #arity()}), the value followed by the
     * gradient: {@code [f, ∂f/∂x_1, …]}; a large batch uses every core. The points are copied a
     * slice at a time into columns for the loop of {@link #valueAndGradientColumns}.
     */
    public double[][] valueAndGradientAll(double[][] points) {
        Batch.checkPoints(points, arity());
        int n = arity();
        double[][] rows = new double[points.length][];
        Batch.overRows(points, n, n + 1, this::evaluateColumns, (first, outs, count) -> {
            for (int i = 0; i < count; i++) {
                double[] row = new double[n + 1];
                for (int k = 0; k <= n; k++) row[k] = outs[k][i];
                rows[first + i] = row;
            }
        });
        return rows;
    }

    /**
     * At points given as columns ({@code columns[k][i]} is variable k at point i), the columns of
     * the value and of each partial derivative: {@code [f, ∂f/∂x_1, …]}, each as long as the
     * columns. The inner loop is the kernel itself; a large batch uses every core.
     */
    public double[][] valueAndGradientColumns(double[]... columns) {
        int points = Batch.checkColumns(columns, arity());
        double[][] outs = new double[arity() + 1][points];
        Batch.run(points, (from, to) -> evaluateColumns(columns, outs, from, to));
        return outs;
    }

    /**
     * For each point i in [from, to), the value into {@code outs[0][i]} and ∂f/∂x_k into
     * {@code outs[k + 1][i]}. Generated as one loop for every function that fits one method;
     * this point-by-point loop serves the larger ones.
     */
    void evaluateColumns(double[][] columns, double[][] outs, int from, int to) {
        int n = arity();
        double[] x = new double[n], g = new double[n];
        for (int i = from; i < to; i++) {
            for (int k = 0; k < n; k++) x[k] = columns[k][i];
            outs[0][i] = valueAndGradient(x, g);
            for (int k = 0; k < n; k++) outs[k + 1][i] = g[k];
        }
    }

    /** The gradient at x in a new array. */
    public double[] gradient(double[] x) {
        double[] g = new double[arity()];
        valueAndGradient(x, g);
        return g;
    }

    /**
     * The Hessian ∂²f/∂x_i∂x_j at x into {@code out} (n×n). Compiled on first use,
     * by reverse accumulation over the gradient's code (exactly symmetric: the
     * upper triangle is computed and mirrored).
     */
    public void hessian(double[] x, double[][] out) {
        CompiledFunction h = hessianFunction();
        int n = arity();
        double[] flat = h.evaluate(x, new double[n * n]);
        for (int i = 0; i < n; i++) System.arraycopy(flat, i * n, out[i], 0, n);
    }

    /** The Hessian as a compiled n×n matrix function. */
    public CompiledFunction hessianFunction() {
        CompiledFunction h = hessian;
        if (h == null) {
            synchronized (this) {
                h = hessian;
                if (h == null) hessian = h = hessianSource.get();
            }
        }
        return h;
    }

    @Override public String toString() {
        return "compiled value and gradient of (" + String.join(", ", info.variables().stream().map(Sym::name).toList()) + "): "
                + info.operations() + " operations";
    }
}
