package cofactor.lang;

import cofactor.calculus.Derivative;
import cofactor.compile.CompiledFunction;
import cofactor.compile.Compiler;
import cofactor.expr.Expr;
import cofactor.expr.Sym;
import cofactor.matrix.Matrix;
import cofactor.optimize.LeastSquares;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * {@code fit(model, [a, b, c], data)}: the parameters minimizing the sum of squares of
 * model - y over the data's rows, by Levenberg–Marquardt on the model and its exact partial
 * derivatives in the parameters, compiled together into one kernel. The data's columns are the
 * model's variables (its other symbols by name, or {@code vars = [x, t]}) and then y.
 */
final class Fit {
    private Fit() {}

    static final long DEFAULT_STEPS = 200;

    static Value of(Args a) {
        Expr model = a.expr(0);
        List<Sym> params = a.symbols(1);
        List<Sym> vars = variables(a, model, params);
        Matrix data = a.matrix(2);
        if (data.cols() != vars.size() + 1) {
            throw a.error("the data needs " + (vars.size() + 1) + " columns (" + String.join(", ", vars.stream().map(Sym::name).toList())
                    + (vars.isEmpty() ? "" : ", ") + "then the observed value), got " + data.cols());
        }
        double[][] rows = Points.rows(a, data, "the data");
        double[][] xs = new double[rows.length][];
        double[] ys = new double[rows.length];
        for (int i = 0; i < rows.length; i++) {
            xs[i] = Arrays.copyOf(rows[i], vars.size());
            ys[i] = rows[i][vars.size()];
        }
        double[] start = a.hasOption("start") ? OptimizeBuiltins.startPoint(a, params.size()) : ones(params.size());
        long steps = a.integerOption("steps", DEFAULT_STEPS);
        if (steps < 1 || steps > Integer.MAX_VALUE) throw a.error("steps must be a positive whole number, got " + steps);
        CompiledFunction kernel = kernel(a, model, params, vars);
        try {
            return new FitResult(params, LeastSquares.levenbergMarquardt(kernel::evaluate, params.size(), xs, ys, start, (int) steps));
        } catch (IllegalArgumentException e) {
            throw a.error(e.getMessage());
        }
    }

    /** The vars option, or the model's symbols that are not parameters, by name. */
    private static List<Sym> variables(Args a, Expr model, List<Sym> params) {
        List<Sym> vars;
        if (a.hasOption("vars")) {
            Args option = new Args(a.fn(), List.of(a.option("vars")), java.util.Map.of(), a.session());
            vars = option.symbols(0);
        } else {
            vars = new ArrayList<>(CoreBuiltins.freeSymbols(List.of(model)));
            vars.removeAll(params);
        }
        for (Sym v : vars) if (params.contains(v)) throw a.error(v.name() + " is both a parameter and a variable");
        return vars;
    }

    /** [model, ∂model/∂p_1, …] as one compiled function of the parameters, then the variables. */
    private static CompiledFunction kernel(Args a, Expr model, List<Sym> params, List<Sym> vars) {
        List<Expr> entries = new ArrayList<>();
        entries.add(model);
        for (Sym p : params) entries.add(Derivative.of(model, p, a.session().limits()));
        List<Sym> all = new ArrayList<>(params);
        all.addAll(vars);
        return Compiler.compile(Matrix.vector(entries), all);
    }

    private static double[] ones(int k) {
        double[] v = new double[k];
        Arrays.fill(v, 1);
        return v;
    }
}
