package cofactor.lang;

import cofactor.dense.Dense;
import cofactor.dense.Kernels;
import cofactor.expr.Expr;
import cofactor.expr.MathError;
import cofactor.matexpr.MatCalculus;
import cofactor.matexpr.MatExpr;
import cofactor.matexpr.MatFunction;
import cofactor.matexpr.MatObjective;
import cofactor.matexpr.MatSymbols;
import cofactor.matrix.ShapeError;
import cofactor.matrix.SingularError;
import cofactor.optimize.Method;
import cofactor.optimize.Minimizer;
import cofactor.optimize.Minimum;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * minimize(f, X, start = S0) over a matrix symbol X: the closed-form gradient d(f, X) and f are
 * compiled together for dense numbers ({@link MatFunction}); the start gives the sizes, and the
 * loss's other matrix symbols are given as options (minimize(f, X, start = eye(100), S = S0)).
 */
final class MatrixMinimize {
    private static final Set<String> SETTINGS = Set.of("start", "method", "rate", "steps", "tol", "momentum");

    private MatrixMinimize() {}

    static Value run(Args a, Method.Options options) {
        Expr loss = a.expr(0);
        MatExpr.Symbol x = CompileBuiltins.matrixSymbol(a, 1);
        if (options.method() == Method.NEWTON) throw a.error("newton needs the Hessian, which minimize over a matrix symbol does not compute; use lbfgs");
        if (a.option("start") == null) throw a.error("over a matrix symbol, start = a matrix of numbers is needed (its size gives " + x.shape() + ")");
        List<MatExpr.Symbol> inputs = new ArrayList<>(List.of(x));
        List<Dense> values = new ArrayList<>(List.of(CompiledMatFunctionValue.numbers(a, a.option("start"), "start")));
        for (MatExpr.Symbol s : MatSymbols.of(loss)) {
            if (s.equals(x)) continue;
            Value v = a.option(s.name());
            if (v == null) throw a.error("the loss depends on " + s + " too: give its value as an option, " + s + " = [[...]]");
            inputs.add(s);
            values.add(CompiledMatFunctionValue.numbers(a, v, s.name()));
        }
        for (String o : a.optionNames()) {
            if (!SETTINGS.contains(o) && inputs.stream().noneMatch(s -> s.name().equals(o))) {
                throw a.error("unknown option '" + o + "' (options: method, momentum, rate, start, steps, tol, and the loss's matrix symbols other than " + x + ")");
            }
        }
        MatFunction f = MatFunction.compile(inputs, List.of(loss), List.of(MatCalculus.gradient(loss, x)), Kernels.best());
        MatObjective objective = new MatObjective(f, 0, values);
        Dense start = values.get(0);
        try {
            objective.evaluate(start.data(), new double[start.data().length]);
        } catch (SingularError e) {
            throw a.error("the loss is not defined at the start: " + e.operation() + ": " + e.getMessage());
        } catch (MathError e) {
            throw a.error("the loss is not defined at the start: " + e.function() + ": " + e.getMessage());
        } catch (ShapeError e) {
            throw a.error(e.getMessage().replaceFirst("^" + x.name() + " is", "start is for " + x.name() + ", which is"));
        }
        Minimum r = Minimizer.minimize(objective, start.data(), options);
        return new MinimizeResult(r, CompiledMatFunctionValue.matrix(start));
    }

}
