package cofactor.lang;

import cofactor.compile.CompiledFunction;
import cofactor.compile.CompiledGradient;
import cofactor.compile.Compiler;
import cofactor.expr.Expr;
import cofactor.expr.Sym;
import cofactor.files.AtomicFile;
import cofactor.guard.Interrupts;
import cofactor.matrix.Matrix;
import cofactor.optimize.Method;
import cofactor.optimize.Minimizer;
import cofactor.optimize.Objective;
import cofactor.optimize.Minimum;
import cofactor.plot.ChartFile;
import cofactor.plot.Series;
import cofactor.plot.TerminalChart;
import java.util.ArrayList;
import java.util.List;

/** minimize and plot: optimizers on exact compiled gradients, and charts of their losses or of expressions. */
final class OptimizeBuiltins {
    static final long DEFAULT_STEPS = 1000;
    static final double DEFAULT_RATE = 0.001, DEFAULT_TOL = 1e-10, DEFAULT_MOMENTUM = 0.9;
    /** minimize's options; "*": over a matrix symbol, the loss's other matrix symbols are given as options (S = S0). */
    // An array: withOptions takes one as it is, where a list's toArray made every start-up set up reflection (0.5-1 ms)
    private static final String[] OPTIONS = {"start", "method", "rate", "steps", "tol", "momentum", "*"};

    private OptimizeBuiltins() {}

    static void register(Builtins b) {
        b.add(Builtin.of("minimize", 2, 2,
                "minimize(loss, [x, y], start = [1, 1], method = \"lbfgs\", rate = 0.001, steps = 1000, tol = 1e-10)",
                "minimizes loss over the variables with exact compiled gradients; methods gd, momentum, adam, newton, lbfgs",
                OptimizeBuiltins::minimize).withOptions(OPTIONS));
        b.add(Builtin.of("plot", 1, 4, "plot(r) | plot(r, file = \"loss.png\") | plot(e, x, a, b)",
                "draws a minimize result's loss history, or e over a ≤ x ≤ b, in the terminal or to a .png/.svg file",
                OptimizeBuiltins::plot).withOptions("file").notPrefix());
    }

    // ---- minimize
    private static Value minimize(Args a) {
        Method.Options options = options(a);
        if (a.get(1) instanceof MatExprValue) return MatrixMinimize.run(a, options);
        for (String o : a.optionNames()) {
            if (!List.of(OPTIONS).contains(o)) throw a.error("unknown option '" + o + "' (options: " + String.join(", ", new java.util.TreeSet<>(List.of(OPTIONS).subList(0, OPTIONS.length - 1))) + ")");
        }
        Expr loss = a.expr(0);
        List<Sym> vars = variables(a, 1);
        double[] start = startPoint(a, vars.size());
        CompiledGradient kernel = Compiler.compileGradient(loss, vars);
        Objective objective = new Objective() {
            @Override public int dimension() { return vars.size(); }
            @Override public double valueAndGradient(double[] x, double[] g) { return kernel.valueAndGradient(x, g); }
            @Override public void hessian(double[] x, double[][] out) { kernel.hessian(x, out); }
        };
        Minimum r = Minimizer.minimize(objective, start, options);
        return new MinimizeResult(r, a.get(1) instanceof MatrixValue m && !m.matrix().isVector() ? m.matrix() : null);
    }

    /** The method and its settings from the options. */
    private static Method.Options options(Args a) {
        String name = a.stringOption("method", "lbfgs");
        Method method = Method.byName(name);
        if (method == null) throw a.error("unknown method \"" + name + "\" (methods: gd, momentum, adam, newton, lbfgs)");
        long steps = a.integerOption("steps", DEFAULT_STEPS);
        if (steps < 0) throw a.error("steps must be 0 or more, got " + steps);
        double rate = a.realOption("rate", DEFAULT_RATE), tol = a.realOption("tol", DEFAULT_TOL);
        double momentum = a.realOption("momentum", DEFAULT_MOMENTUM);
        if (!(rate > 0) || !Double.isFinite(rate)) throw a.error("rate must be a positive number, got " + rate);
        if (!(tol >= 0)) throw a.error("tol must be 0 or more, got " + tol);
        return new Method.Options(method, rate, momentum, steps, tol);
    }

    /** A vector of distinct symbols, or a matrix of distinct symbols (taken row by row). */
    private static List<Sym> variables(Args a, int i) {
        if (a.get(i) instanceof MatrixValue mv && !mv.matrix().isVector()) {
            Matrix m = mv.matrix();
            List<Sym> out = new ArrayList<>();
            for (Expr e : m.entries()) {
                if (!(e instanceof Sym s) || s.isConstant() || out.contains(s)) throw a.error("the variables must be distinct symbols, got " + m);
                out.add(s);
            }
            return out;
        }
        return a.symbols(i);
    }

    /** The start option: numbers (exact ones and pi are evaluated), as a vector or shaped like the variables. */
    static double[] startPoint(Args a, int n) {
        Value v = a.option("start");
        if (v == null) return new double[n];
        List<Expr> entries = v instanceof MatrixValue m ? m.matrix().entries() : v instanceof ScalarValue e ? List.of(e.expr()) : null;
        if (entries == null) throw a.error("start must be a vector of numbers like [1, 1], got " + v.describe());
        double[] start = new double[entries.size()];
        for (int k = 0; k < start.length; k++) {
            if (!(cofactor.expr.Rewrite.numeric(entries.get(k)) instanceof cofactor.expr.Num num)) {
                throw a.error("start must be numbers, got " + entries.get(k));
            }
            start[k] = num.doubleValue();
        }
        if (start.length != n) throw a.error("start has " + start.length + " coordinates but there are " + n + " variables");
        return start;
    }

    // ---- plot
    private static Value plot(Args a) {
        Series series;
        if (a.get(0) instanceof MinimizeResult r) {
            if (a.size() != 1) throw a.error("plot(r) takes only the result (and file = ...)");
            series = r.lossSeries();
            if (!series.hasFinitePoint()) throw a.error("the loss has no finite value to draw");
        } else {
            if (a.size() != 4) throw a.error("plot an expression as plot(e, x, a, b)");
            series = expressionSeries(a);
        }
        String file = a.stringOption("file", null);
        if (file == null) return new Report(TerminalChart.render(series), series);
        try {
            ChartFile.write(series, file);
        } catch (IllegalArgumentException e) {
            throw a.error(e.getMessage() + ", got \"" + file + "\"");
        } catch (AtomicFile.WriteError e) {
            throw a.error(e.getMessage());
        }
        return new Report("wrote " + file + " (" + series.title() + ")");
    }

    private static Series expressionSeries(Args a) {
        Expr e = a.expr(0);
        Sym x = a.symbol(1);
        double lo = a.real(2), hi = a.real(3);
        if (!(lo < hi) || !Double.isFinite(lo) || !Double.isFinite(hi)) throw a.error("the range needs a < b, got " + lo + " and " + hi);
        CompiledFunction f = Compiler.compile(e, List.of(x));
        int n = 400;
        double[] xs = new double[n], ys = new double[n];
        for (int i = 0; i < n; i++) {
            Interrupts.check(); // a compiled function of a large expression takes a while per point
            xs[i] = lo + (hi - lo) * i / (n - 1);
            ys[i] = f.applyAsDouble(xs[i]);
        }
        String text = e.toString();
        Series series = new Series(text.length() > 60 ? text.substring(0, 57) + "..." : text, x.name(), "value", xs, ys, false);
        if (!series.hasFinitePoint()) {
            throw a.error(e + " has no real value on [" + a.get(2).show() + ", " + a.get(3).show() + "]");
        }
        return series;
    }
}
