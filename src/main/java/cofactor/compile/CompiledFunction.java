package cofactor.compile;

import cofactor.expr.Expr;
import cofactor.expr.Num;
import cofactor.expr.Rewrite;
import cofactor.expr.Sym;
import cofactor.lang.Args;
import cofactor.lang.Callable;
import cofactor.lang.Values;
import cofactor.matrix.Matrix;
import java.util.List;
import java.util.function.DoubleUnaryOperator;
import java.util.function.ToDoubleFunction;
import java.util.stream.Collectors;

/**
 * An expression or matrix compiled to JVM bytecode (see {@link Compiler}). The
 * generated class extends this one and implements {@link #evaluate}, and for a
 * scalar result {@link #applyAsDouble(double[])} (and {@link #applyAsDouble(double)}
 * with one variable) directly, so a call runs straight-line code with no
 * interpretation. Arguments are given in the order of {@link #variables()}.
 * The generated methods keep no state: a compiled function may be called from
 * several threads at once.
 */
public abstract class CompiledFunction implements Callable, ToDoubleFunction<double[]>, DoubleUnaryOperator {
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

    /** {@code f(1, 2)} or {@code f([1, 2])} in the language: a number for a scalar, a matrix of numbers otherwise. */
    @Override public Object call(Args args) {
        double[] x = arguments(args);
        double[] out = evaluate(x, null);
        if (isScalar()) return Num.real(out[0]);
        Expr[] entries = new Expr[out.length];
        for (int k = 0; k < out.length; k++) entries[k] = Num.real(out[k]);
        return Matrix.of(info.rows(), info.cols(), entries);
    }

    private double[] arguments(Args args) {
        int n = arity();
        List<Object> values = args.all();
        if (values.size() == 1 && n != 1 && values.get(0) instanceof Matrix m && m.isVector()) values = List.copyOf(m.entries());
        if (values.size() == 1 && n == 1 && values.get(0) instanceof Matrix m && m.size() == 1) values = List.of(m.get(0));
        if (values.size() != n) {
            throw args.error("takes " + n + " number" + (n == 1 ? "" : "s") + (n > 1 ? " or a vector of " + n + " numbers" : "")
                    + " (" + names() + "), got " + (values.size() == 1 && args.all().get(0) instanceof Matrix ? Values.describe(args.all().get(0))
                    : values.size() + " argument" + (values.size() == 1 ? "" : "s")));
        }
        double[] x = new double[n];
        for (int k = 0; k < n; k++) {
            Object v = values.get(k);
            Expr e = v instanceof Expr ex ? Rewrite.numeric(ex) : null;
            if (!(e instanceof Num num)) {
                throw args.error("the value for " + info.variables().get(k).name() + " must be a number, got " + Values.describe(v));
            }
            x[k] = num.doubleValue();
        }
        return x;
    }

    private String names() { return info.variables().stream().map(Sym::name).collect(Collectors.joining(", ")); }

    /** {@code compiled function of (x, y): 37 operations}. */
    @Override public String show() {
        String shape = info.matrix() ? " to " + (info.cols() == 1 ? "vectors of length " + info.rows() : info.rows() + "×" + info.cols() + " matrices") : "";
        int ops = info.operations();
        return "compiled function of (" + names() + ")" + shape + ": " + ops + " operation" + (ops == 1 ? "" : "s");
    }

    @Override public String kind() { return "compiled function"; }

    @Override public String toString() { return show(); }
}
