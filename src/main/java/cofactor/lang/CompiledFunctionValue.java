package cofactor.lang;

import cofactor.compile.CompiledFunction;
import cofactor.expr.Expr;
import cofactor.expr.Num;
import cofactor.expr.Rewrite;
import cofactor.matrix.Matrix;
import java.util.List;

/**
 * What {@code compile} returns in the language: a {@link CompiledFunction} called as
 * {@code f(1, 2)} or {@code f([1, 2])}. The calling convention (arguments, errors,
 * numbers back as values) is the interpreter's, so it lives here, not in the backend.
 */
public record CompiledFunctionValue(CompiledFunction function) implements FunctionValue {

    /**
     * A number for a scalar function, a matrix of numbers otherwise; at a matrix whose rows are
     * points ({@link #isBatch}), a vector of the values (a matrix whose row i is the entries at point i).
     */
    @Override public Value call(Args args) {
        if (isBatch(args)) {
            Matrix points = ((MatrixValue) args.get(0)).matrix();
            return Value.of(function.isScalar() ? Points.vector(function.applyColumns(Points.columns(args, points, "the points")))
                    : Points.matrix(function.evaluateAll(Points.rows(args, points, "the points"))));
        }
        double[] x = arguments(args);
        if (function.isScalar()) return Value.of(Num.real(function.applyAsDouble(x)));
        double[] out = function.evaluate(x, null);
        Expr[] entries = new Expr[out.length];
        for (int k = 0; k < out.length; k++) entries[k] = Num.real(out[k]);
        return Value.of(Matrix.of(function.rows(), function.cols(), entries));
    }

    /**
     * One matrix argument whose rows are points: as many columns as the function has variables, and
     * for one variable more than one row (a single number [1.3] is one point, as a vector of n numbers
     * is for n variables).
     */
    private boolean isBatch(Args args) {
        if (args.size() != 1 || !(args.get(0) instanceof MatrixValue m)) return false;
        int n = function.arity();
        Matrix p = m.matrix();
        return p.cols() == n && (n > 1 || p.rows() > 1);
    }

    private double[] arguments(Args args) {
        int n = function.arity();
        List<Value> values = args.all();
        if (values.size() == 1 && n != 1 && values.get(0) instanceof MatrixValue m && m.matrix().isVector()) values = scalars(m.matrix().entries());
        if (values.size() == 1 && n == 1 && values.get(0) instanceof MatrixValue m && m.matrix().size() == 1) values = scalars(m.matrix().entries());
        if (values.size() != n) {
            throw args.error("takes " + n + " number" + (n == 1 ? "" : "s") + (n > 1 ? " or a vector of " + n + " numbers" : "")
                    + " (" + function.variableNames() + "), or a matrix of " + n + " column" + (n == 1 ? "" : "s") + " whose rows are points, got " + (args.size() == 1 && args.get(0) instanceof MatrixValue m ? m.describe()
                    : args.size() + " argument" + (args.size() == 1 ? "" : "s")));
        }
        double[] x = new double[n];
        for (int k = 0; k < n; k++) {
            Value v = values.get(k);
            // A number is read as it is: the rewrite is for closed forms such as pi/4, and costs more than the kernel
            if (!(v instanceof ScalarValue s && (s.expr() instanceof Num given ? given : Rewrite.numeric(s.expr())) instanceof Num num)) {
                throw args.error("the value for " + function.variables().get(k).name() + " must be a number, got " + v.describe());
            }
            x[k] = num.doubleValue();
        }
        return x;
    }

    private static List<Value> scalars(List<Expr> entries) { return entries.stream().<Value>map(Value::of).toList(); }

    /** {@code compiled function of (x, y): 37 operations}. */
    @Override public String show() { return function.toString(); }

    @Override public String describe() { return "a compiled function"; }
}
