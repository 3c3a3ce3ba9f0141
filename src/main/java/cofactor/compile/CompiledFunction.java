package cofactor.compile;

import cofactor.expr.Sym;
import java.util.List;
import java.util.function.DoubleUnaryOperator;
import java.util.function.ToDoubleFunction;
import java.util.stream.Collectors;

/**
 * An expression or matrix compiled to JVM bytecode (see {@link Compiler}). The
 * generated class extends this one and implements {@link #evaluate}, and for a
 * scalar result {@link #applyAsDouble(double[])} (and {@link #applyAsDouble(double)}
 * with one variable) and the loop over points of {@link #applyColumns} directly, so a
 * call runs straight-line code with no interpretation. Arguments are given in the order of {@link #variables()}.
 * The generated methods keep no state: a compiled function may be called from
 * several threads at once.
 */
public abstract class CompiledFunction implements ToDoubleFunction<double[]>, DoubleUnaryOperator {
    private final Info info;

    CompiledFunction(Info info) { this.info = info; }

    public List<Sym> variables() { return info.variables(); }

    /** The number of variables (the length of the argument array). */
    public int arity() { return info.variables().size(); }

    /** True for a scalar result, false for a vector or matrix. */
    public boolean isScalar() { return !info.matrix(); }

    public int rows() { return info.rows(); }
    public int cols() { return info.cols(); }

    /** The number of arithmetic operations and function calls in one evaluation, after common subexpressions are shared. */
    public int operations() { return info.operations(); }

    /**
     * The fast entry: evaluates at {@code x} (length {@link #arity()}) into {@code out}
     * (length rows·cols, row-major; a new array when null) and returns {@code out}.
     */
    public abstract double[] evaluate(double[] x, double[] out);

    /**
     * The scalar function at each of {@code points} (each of length {@link #arity()}), as
     * {@code applyAsDouble} gives it point by point; a large batch uses every core. The points are
     * copied a slice at a time into columns for the loop of {@link #applyColumns}.
     */
    public double[] applyAll(double[][] points) {
        requireScalar();
        Batch.checkPoints(points, arity());
        double[] values = new double[points.length];
        Batch.overRows(points, arity(), 1, this::evaluateColumns, (first, outs, count) -> System.arraycopy(outs[0], 0, values, first, count));
        return values;
    }

    /**
     * The scalar function at points given as columns: {@code columns[k][i]} is variable k at
     * point i (so one array of x for a function of x), as NumPy-style code holds its data; the
     * values as {@code applyAsDouble} gives them point by point. The inner loop is the kernel
     * itself over contiguous doubles, and a large batch uses every core.
     */
    public double[] applyColumns(double[]... columns) {
        requireScalar();
        double[] values = new double[Batch.checkColumns(columns, arity())];
        double[][] outs = {values};
        Batch.run(values.length, (from, to) -> evaluateColumns(columns, outs, from, to));
        return values;
    }

    /**
     * For each point i in [from, to) (variable k in {@code columns[k][i]}), the scalar value into
     * {@code outs[0][i]}. Generated as one loop for every function that fits one method; this
     * point-by-point loop serves the larger ones.
     */
    void evaluateColumns(double[][] columns, double[][] outs, int from, int to) {
        double[] x = new double[arity()], out = new double[1];
        for (int i = from; i < to; i++) {
            for (int k = 0; k < x.length; k++) x[k] = columns[k][i];
            outs[0][i] = evaluate(x, out)[0];
        }
    }

    /**
     * The entries (rows·cols, row-major) at each of {@code points}, one array per point, as
     * {@link #evaluate} fills them; a large batch uses every core.
     */
    public double[][] evaluateAll(double[][] points) {
        Batch.checkPoints(points, arity());
        int size = info.rows() * info.cols();
        double[][] values = new double[points.length][];
        Batch.run(points.length, (from, to) -> {
            for (int i = from; i < to; i++) values[i] = evaluate(points[i], new double[size]);
        });
        return values;
    }

    /** The value of a scalar function at {@code x} (generated directly, except for functions too large for one method). */
    @Override public double applyAsDouble(double[] x) {
        requireScalar();
        return evaluate(x, new double[1])[0];
    }

    /** The value of a scalar function of one variable. */
    @Override public double applyAsDouble(double x) {
        requireScalar();
        if (arity() != 1) throw new IllegalStateException("this compiled function takes " + arity() + " arguments, not one");
        return evaluate(new double[] {x}, new double[1])[0];
    }

    private void requireScalar() {
        if (!isScalar()) throw new IllegalStateException("this compiled function gives a " + info.rows() + "×" + info.cols() + " matrix; use evaluate(x, out)");
    }

    /** The variables' names in order: {@code x, y}. */
    public String variableNames() { return info.variables().stream().map(Sym::name).collect(Collectors.joining(", ")); }

    /** {@code compiled function of (x, y): 37 operations}. */
    @Override public String toString() {
        String shape = info.matrix() ? " to " + (info.cols() == 1 ? "vectors of length " + info.rows() : info.rows() + "×" + info.cols() + " matrices") : "";
        int ops = info.operations();
        return "compiled function of (" + variableNames() + ")" + shape + ": " + ops + " operation" + (ops == 1 ? "" : "s");
    }
}
