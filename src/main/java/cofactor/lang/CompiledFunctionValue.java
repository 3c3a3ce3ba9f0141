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

    /** A number for a scalar function, a matrix of numbers otherwise. */
    @Override public Object call(Args args) {
        double[] out = function.evaluate(arguments(args), null);
        if (function.isScalar()) return Num.real(out[0]);
        Expr[] entries = new Expr[out.length];
        for (int k = 0; k < out.length; k++) entries[k] = Num.real(out[k]);
        return Matrix.of(function.rows(), function.cols(), entries);
    }

    private double[] arguments(Args args) {
        int n = function.arity();
        List<Object> values = args.all();
        if (values.size() == 1 && n != 1 && values.get(0) instanceof Matrix m && m.isVector()) values = List.copyOf(m.entries());
        if (values.size() == 1 && n == 1 && values.get(0) instanceof Matrix m && m.size() == 1) values = List.of(m.get(0));
        if (values.size() != n) {
            throw args.error("takes " + n + " number" + (n == 1 ? "" : "s") + (n > 1 ? " or a vector of " + n + " numbers" : "")
                    + " (" + function.variableNames() + "), got " + (values.size() == 1 && args.all().get(0) instanceof Matrix ? Values.describe(args.all().get(0))
                    : values.size() + " argument" + (values.size() == 1 ? "" : "s")));
        }
        double[] x = new double[n];
        for (int k = 0; k < n; k++) {
            Object v = values.get(k);
            Expr e = v instanceof Expr ex ? Rewrite.numeric(ex) : null;
            if (!(e instanceof Num num)) {
                throw args.error("the value for " + function.variables().get(k).name() + " must be a number, got " + Values.describe(v));
            }
            x[k] = num.doubleValue();
        }
        return x;
    }

    /** {@code compiled function of (x, y): 37 operations}. */
    @Override public String show() { return function.toString(); }

    @Override public String kind() { return "compiled function"; }
}
