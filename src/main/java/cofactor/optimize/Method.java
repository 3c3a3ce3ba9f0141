package cofactor.optimize;

import java.util.Locale;

/** The minimization methods, by the names the language uses. */
public enum Method {
    GD, MOMENTUM, ADAM, NEWTON, LBFGS;

    public String label() { return name().toLowerCase(Locale.ROOT); }

    public static Method byName(String name) {
        for (Method m : values()) if (m.label().equals(name)) return m;
        return null;
    }

    /** Step-size methods follow a learning rate; the others choose their own steps. */
    public boolean usesRate() { return this == GD || this == MOMENTUM || this == ADAM; }

    Step newStep(Options o, int n) {
        return switch (this) {
            case GD -> new GradientDescent(o.rate());
            case MOMENTUM -> new Momentum(o.rate(), o.momentum(), n);
            case ADAM -> new Adam(o.rate(), n);
            case NEWTON -> new Newton(n);
            case LBFGS -> new Lbfgs(n);
        };
    }

    /** What one iteration of a method does: move x (in place) and return the new loss, with the new gradient in g. */
    interface Step {
        double step(Objective f, double[] x, double[] g, double loss);
    }

    /** The settings of one run. */
    public record Options(Method method, double rate, double momentum, long steps, double tol) {}
}
