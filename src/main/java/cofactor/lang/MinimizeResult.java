package cofactor.lang;

import cofactor.expr.Expr;
import cofactor.matrix.Matrix;
import cofactor.optimize.Minimizer;
import cofactor.optimize.Minimum;
import cofactor.plot.Series;
import java.util.Arrays;
import java.util.List;

/** The value {@code minimize} returns: shows the final point and why it stopped; parts x, loss, history, ... */
public final class MinimizeResult implements Value {
    private final Minimum m;
    private final Matrix shape; // the variables' matrix, when they were given as one

    MinimizeResult(Minimum m, Matrix shape) {
        this.m = m;
        this.shape = shape;
    }

    /** What the optimizer found, for Java callers. */
    public Minimum minimum() { return m; }

    Series lossSeries() {
        double[] steps = Arrays.stream(m.historySteps()).asDoubleStream().toArray();
        return new Series("loss of " + m.method().label() + " over " + m.steps() + " steps", "step", "loss", steps, m.history(), true);
    }

    private Matrix point() {
        Expr[] e = Arrays.stream(m.x()).mapToObj(Expr::real).toArray(Expr[]::new);
        return shape == null ? Matrix.vector(List.of(e)) : Matrix.of(shape.rows(), shape.cols(), e);
    }

    private static final List<String> PARTS = List.of("x", "loss", "history", "steps", "gradnorm", "reason", "method");

    @Override public List<String> parts() { return PARTS; }

    /** {@code m.x}, {@code m.loss}, ... */
    Value part(String name) {
        return switch (name) {
            case "x" -> Value.of(point());
            case "loss" -> Value.of(finite(m.loss(), name));
            // a diverged run's last loss is not finite, and no number is: the history holds the finite ones
            case "history" -> Value.of(Matrix.vector(Arrays.stream(m.history()).filter(Double::isFinite).mapToObj(Expr::real).toList()));
            case "steps" -> Value.of(Expr.num(m.steps()));
            case "gradnorm" -> Value.of(finite(m.gradientNorm(), name));
            case "reason" -> new StringValue(m.reason());
            case "method" -> new StringValue(m.method().label());
            default -> throw new EvalError("." + name, "a minimize result has the parts " + String.join(", ", PARTS));
        };
    }

    private Expr finite(double v, String part) {
        if (!Double.isFinite(v)) throw new EvalError("." + part, "the " + part + " is " + shown(v) + ", not a number (" + m.reason() + ")");
        return Expr.real(v);
    }

    /** A double as the report shows it: a number, or in words for a run that diverged. */
    private static String shown(double v) {
        return Double.isFinite(v) ? Expr.real(v).toString() : Minimizer.notFinite(v);
    }

    @Override public Kind kind() { return Kind.RESULT; }

    @Override public String show() {
        return "minimize (" + m.method().label() + "): stopped because " + m.reason() + "\n"
                + "  x        = " + point() + "\n"
                + "  loss     = " + shown(m.loss()) + "\n"
                + "  gradnorm = " + shown(m.gradientNorm()) + "\n"
                + "  steps    = " + m.steps();
    }

    @Override public String describe() { return "a minimize result"; }
}
