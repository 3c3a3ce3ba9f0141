package cofactor.lang;

import cofactor.expr.Expr;
import cofactor.expr.Num;
import cofactor.expr.Sym;
import cofactor.matrix.Matrix;
import cofactor.optimize.LeastSquares;
import java.util.Arrays;
import java.util.List;

/** The value {@code fit} returns: shows each parameter with its standard error; parts params, errors, cov, rss, steps, reason. */
public final class FitResult implements Value {
    private final List<Sym> params;
    private final LeastSquares.Fit fit;

    FitResult(List<Sym> params, LeastSquares.Fit fit) {
        this.params = List.copyOf(params);
        this.fit = fit;
    }

    /** What the least squares found, for Java callers. */
    public LeastSquares.Fit fit() { return fit; }

    private static final List<String> PARTS = List.of("params", "errors", "cov", "rss", "steps", "reason");

    @Override public List<String> parts() { return PARTS; }

    /** {@code r.params}, {@code r.errors}, ... */
    Value part(String name) {
        return switch (name) {
            case "params" -> Value.of(vector(fit.estimate(), name));
            case "errors" -> Value.of(vector(fit.standardErrors(), name));
            case "cov" -> {
                Expr[] e = Arrays.stream(fit.covariance()).flatMapToDouble(Arrays::stream).mapToObj(v -> number(v, name)).toArray(Expr[]::new);
                yield Value.of(Matrix.of(params.size(), params.size(), e));
            }
            case "rss" -> Value.of(number(fit.rss(), name));
            case "steps" -> Value.of(Expr.num(fit.steps()));
            case "reason" -> new StringValue(fit.reason());
            default -> throw new EvalError("." + name, "a fit result has the parts " + String.join(", ", PARTS));
        };
    }

    private Matrix vector(double[] v, String part) { return Matrix.vector(Arrays.stream(v).mapToObj(x -> number(x, part)).toList()); }

    /** The covariance is not finite where JᵀJ is singular: the parameters are not determined by the data. */
    private static Expr number(double v, String part) {
        if (!Double.isFinite(v)) throw new EvalError("." + part, "not a number: the data do not determine the parameters (JᵀJ is singular)");
        return Num.real(v);
    }

    @Override public Kind kind() { return Kind.RESULT; }

    @Override public String show() {
        StringBuilder s = new StringBuilder("fit (Levenberg–Marquardt, " + fit.points() + " points): "
                + (fit.converged() ? "converged after " : "stopped after ") + fit.steps() + " step" + (fit.steps() == 1 ? "" : "s")
                + ", " + fit.reason() + "\n");
        int width = params.stream().mapToInt(p -> p.name().length()).max().orElse(1);
        for (int j = 0; j < params.size(); j++) {
            s.append("  ").append(String.format("%-" + width + "s", params.get(j).name())).append(" = ").append(shown(fit.estimate()[j]))
                    .append(" ± ").append(shown(fit.standardErrors()[j])).append('\n');
        }
        s.append("  rss = ").append(shown(fit.rss())).append(", s = ").append(shown(Math.sqrt(fit.rss() / (fit.points() - params.size()))));
        return s.toString();
    }

    private static String shown(double v) { return Double.isFinite(v) ? Num.real(v).toString() : "undetermined"; }

    @Override public String describe() { return "a fit result"; }
}
