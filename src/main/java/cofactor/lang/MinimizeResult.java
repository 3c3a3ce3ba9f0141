package cofactor.lang;

import cofactor.expr.Expr;
import cofactor.matrix.Matrix;
import cofactor.optimize.Result;
import cofactor.plot.Series;
import java.util.Arrays;
import java.util.List;

/** The value {@code minimize} returns: shows the final point and why it stopped; parts x, loss, history, ... */
public final class MinimizeResult implements Value {
    private final Result r;
    private final Matrix shape; // the variables' matrix, when they were given as one

    MinimizeResult(Result r, Matrix shape) {
        this.r = r;
        this.shape = shape;
    }

    /** What the optimizer found, for Java callers. */
    public Result result() { return r; }

    Series lossSeries() {
        double[] steps = Arrays.stream(r.historySteps()).asDoubleStream().toArray();
        return new Series("loss of " + r.method().label() + " over " + r.steps() + " steps", "step", "loss", steps, r.history());
    }

    private Matrix point() {
        Expr[] e = Arrays.stream(r.x()).mapToObj(Expr::real).toArray(Expr[]::new);
        return shape == null ? Matrix.vector(List.of(e)) : Matrix.of(shape.rows(), shape.cols(), e);
    }

    /** {@code r.x}, {@code r.loss}, ... */
    Value part(String name) {
        return switch (name) {
            case "x" -> Value.of(point());
            case "loss" -> Value.of(Expr.real(r.loss()));
            case "history" -> Value.of(Matrix.vector(Arrays.stream(r.history()).mapToObj(Expr::real).toList()));
            case "steps" -> Value.of(Expr.num(r.steps()));
            case "gradnorm" -> Value.of(Expr.real(r.gradientNorm()));
            case "reason" -> new StringValue(r.reason());
            case "method" -> new StringValue(r.method().label());
            default -> throw new EvalError("." + name, "a minimize result has the parts x, loss, history, steps, gradnorm, reason, method");
        };
    }

    @Override public Kind kind() { return Kind.RESULT; }

    @Override public String show() {
        return "minimize (" + r.method().label() + "): stopped because " + r.reason() + "\n"
                + "  x        = " + point() + "\n"
                + "  loss     = " + Expr.real(r.loss()) + "\n"
                + "  gradnorm = " + Expr.real(r.gradientNorm()) + "\n"
                + "  steps    = " + r.steps();
    }

    @Override public String describe() { return "a minimize result"; }
}
