package cofactor.optimize;

import cofactor.guard.Progress;

/** The iteration every method shares: stopping rules, the best point, the history, progress (steps of the limit), Ctrl-C. */
public final class Minimizer {
    private Minimizer() {}

    public static Minimum minimize(Objective f, double[] start, Method.Options o) {
        int n = f.dimension();
        if (start.length != n) throw new IllegalArgumentException("start has " + start.length + " coordinates, expected " + n);
        double[] x = start.clone(), g = new double[n], before = new double[n];
        double[] best = x.clone();
        double bestLoss = Double.POSITIVE_INFINITY;
        Method.Step method = o.method().newStep(o, n);
        History history = new History();
        Progress meter = Progress.current();
        if (meter != null) meter.start(o.method().label() + ": steps of " + o.steps(), o.steps());

        double loss = f.valueAndGradient(x, g);
        for (long k = 0; ; k++) {
            history.record(k, loss);
            double gn = norm(g);
            boolean pointFine = Double.isFinite(loss) && allFinite(x);
            // a point with a finite loss counts even where its gradient does not exist (sqrt(y) at y = 0)
            if (pointFine && loss < bestLoss) { bestLoss = loss; System.arraycopy(x, 0, best, 0, n); }
            String problem = !Double.isFinite(loss) ? "the loss became " + shown(loss, 3)
                    : !allFinite(x) ? "the point became non-finite" : !allFinite(g) ? "the gradient became non-finite" : null;
            if (problem != null) {
                String why = problem + " at step " + k + (k > 0 && o.method().usesRate() ? " (the rate " + o.rate() + " is too large?)" : "");
                return abnormal(o, best, bestLoss, f, k, why + (pointFine ? "; the result is the best point so far" : "; the result is the best point before it"), history);
            }
            if (gn <= o.tol()) return new Minimum(o.method(), x, loss, gn, k, "the gradient norm " + shown(gn, 3) + " is within tol = " + shown(o.tol(), 3) + notMinimum(o, f, x), true, history.losses(), history.steps());
            if (k == o.steps()) return new Minimum(o.method(), x, loss, gn, k, "it reached the step limit (steps = " + o.steps() + ")", true, history.losses(), history.steps());
            if (Thread.interrupted()) return abnormal(o, best, bestLoss, f, k, "interrupted at step " + k + "; the result is the best point so far", history);
            if (meter != null) meter.advance(1);
            System.arraycopy(x, 0, before, 0, n);
            double previous = loss;
            loss = method.step(f, x, g, loss);
            if (!o.method().usesRate() && loss >= previous && java.util.Arrays.equals(x, before)) {
                return new Minimum(o.method(), x, loss, norm(g), k, "no further progress at step " + k + " (the line search found no lower point)", true, history.losses(), history.steps());
            }
        }
    }

    private static Minimum abnormal(Method.Options o, double[] best, double bestLoss, Objective f, long k, String why, History h) {
        double[] g = new double[best.length];
        double loss = Double.isFinite(bestLoss) ? f.valueAndGradient(best, g) : bestLoss;
        return new Minimum(o.method(), best, loss, norm(g), k, why, false, h.losses(), h.steps());
    }

    /**
     * Newton's method computes the Hessian anyway, so where it stops at a stationary point that is
     * not a minimum (it started on a saddle, where the gradient is already 0), it says so.
     */
    private static String notMinimum(Method.Options o, Objective f, double[] x) {
        if (o.method() != Method.NEWTON) return "";
        double[][] h = new double[x.length][x.length];
        f.hessian(x, h);
        return switch (Curvature.of(h)) {
            case MINIMUM -> "";
            case SADDLE -> "; this point is a saddle, not a minimum (the Hessian has a negative eigenvalue): start elsewhere";
            case MAXIMUM -> "; this point is a maximum, not a minimum (the Hessian is negative definite): start elsewhere";
            case DEGENERATE -> "; the Hessian is singular here, so this may not be a minimum";
        };
    }

    static double norm(double[] v) { return Math.sqrt(LineSearch.dot(v, v)); }

    private static boolean allFinite(double[] v) {
        for (double d : v) if (!Double.isFinite(d)) return false;
        return true;
    }

    /** A number in a report (a loss, a gradient norm): to this many digits in the style values print in, or in words when it is no number. */
    public static String shown(double v, int digits) {
        if (!Double.isFinite(v)) return notFinite(v);
        return cofactor.expr.Num.roundedText(v, digits);
    }

    /** A double that is no number, in words: inf and NaN would read back as symbols, and no Cofactor number is infinite. */
    public static String notFinite(double v) {
        return Double.isNaN(v) ? "undefined" : v > 0 ? "infinite" : "infinite and negative";
    }
}
