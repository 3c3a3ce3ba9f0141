package cofactor.optimize;

import cofactor.guard.Interrupted;
import cofactor.guard.Interrupts;
import java.util.stream.IntStream;

/**
 * Nonlinear least squares by Levenberg–Marquardt (Marquardt's scaling: the damping is λ times the
 * diagonal of JᵀJ, so it does not depend on the parameters' units; Nocedal & Wright, §10.3): the
 * parameters p minimizing Σ (f(p; x_i) - y_i)², with covariance (JᵀJ)⁻¹·s², s² = RSS/(n - k), the
 * estimate SciPy's {@code curve_fit} reports by default. Each step accumulates JᵀJ, Jᵀr and the sum
 * of squares over the points in fixed blocks, on every core, and adds the blocks' sums in order, so
 * the result does not depend on how many threads ran.
 */
public final class LeastSquares {
    private LeastSquares() {}

    /** The model and its derivatives in the parameters: into out, [f, ∂f/∂p_1, …, ∂f/∂p_k] at args = (p_1, …, p_k, x_1, …, x_m). */
    @FunctionalInterface
    public interface Model {
        double[] evaluate(double[] args, double[] out);
    }

    /** The estimate, its standard errors and covariance, the residual sum of squares, and how the iteration ended. */
    public record Fit(double[] estimate, double[] standardErrors, double[][] covariance, double rss, int points, int steps, boolean converged, String reason) {}

    /** Points per block of the sums: large enough that handing a block to a thread costs little. */
    static final int BLOCK = 4096;
    private static final double STEP_TOL = 1e-12, RSS_TOL = 1e-15, MAX_DAMPING = 1e20;

    /**
     * @param k the number of parameters
     * @param xs the points, each of m coordinates
     * @param ys the observed value at each point
     */
    public static Fit levenbergMarquardt(Model model, int k, double[][] xs, double[] ys, double[] start, int maxSteps) {
        int n = ys.length;
        if (n <= k) throw new IllegalArgumentException("needs more points than parameters: " + n + " points for " + k + " parameters");
        double[] p = start.clone();
        Sums at = Sums.of(model, k, xs, ys, p);
        if (!Double.isFinite(at.rss)) throw new IllegalArgumentException("the model has no finite value at every point at the start " + java.util.Arrays.toString(p));
        for (int j = 0; j < k; j++) {
            if (at.jtj[j][j] == 0) throw new IllegalArgumentException("the model does not change with parameter " + (j + 1) + " at the start, at any of the points");
        }
        double lambda = 1e-3;
        int steps = 0;
        String reason;
        boolean converged = false;
        while (true) {
            if (steps == maxSteps) { reason = "the step limit (" + maxSteps + ") was reached"; break; }
            Interrupts.check();
            double[][] damped = new double[k][k];
            for (int i = 0; i < k; i++) {
                damped[i] = at.jtj[i].clone();
                damped[i][i] *= 1 + lambda;
            }
            double[] step = Cholesky.solve(damped, negated(at.jtr));
            steps++;
            double[] trial = new double[k];
            for (int j = 0; j < k; j++) trial[j] = p[j] + (step == null ? 0 : step[j]);
            Sums next = step == null ? null : Sums.of(model, k, xs, ys, trial);
            if (next != null && next.rss <= at.rss) { // NaN compares false: a step to where the model is undefined is refused
                double decrease = (at.rss - next.rss) / Math.max(at.rss, Double.MIN_NORMAL);
                boolean small = true;
                for (int j = 0; j < k; j++) small &= Math.abs(step[j]) <= STEP_TOL * (Math.abs(trial[j]) + STEP_TOL);
                p = trial;
                at = next;
                lambda = Math.max(lambda / 10, 1e-12);
                if (small || decrease <= RSS_TOL) {
                    converged = true;
                    reason = small ? "the step is below 1e-12 of the parameters" : "the sum of squares changes by less than 1e-15 of itself";
                    break;
                }
            } else {
                lambda *= 10;
                if (lambda > MAX_DAMPING) { reason = "no step lowers the sum of squares"; break; }
            }
        }
        double[][] inverse = Cholesky.inverse(at.jtj);
        double s2 = at.rss / (n - k);
        double[][] cov = new double[k][k];
        double[] errors = new double[k];
        for (int i = 0; i < k; i++) {
            for (int j = 0; j < k; j++) cov[i][j] = inverse == null ? Double.NaN : inverse[i][j] * s2;
            errors[i] = Math.sqrt(cov[i][i]);
        }
        return new Fit(p, errors, cov, at.rss, n, steps, converged, reason);
    }

    private static double[] negated(double[] v) {
        double[] out = new double[v.length];
        for (int i = 0; i < v.length; i++) out[i] = -v[i];
        return out;
    }

    /** JᵀJ, Jᵀr and Σ r² at parameters p, r_i = f(p; x_i) - y_i. */
    private record Sums(double[][] jtj, double[] jtr, double rss) {
        static Sums of(Model model, int k, double[][] xs, double[] ys, double[] p) {
            int n = ys.length, blocks = (n + BLOCK - 1) / BLOCK;
            double[][] partial = new double[blocks][];
            Thread caller = Thread.currentThread(); // Ctrl-C interrupts the caller, not the pool's threads
            IntStream.range(0, blocks).parallel().forEach(b -> {
                if (caller.isInterrupted()) throw new Interrupted();
                partial[b] = block(model, k, xs, ys, p, b * BLOCK, Math.min(n, (b + 1) * BLOCK));
            });
            double[][] jtj = new double[k][k];
            double[] jtr = new double[k];
            double rss = 0;
            for (double[] s : partial) { // in block order, whichever thread summed each
                for (int i = 0; i < k; i++) {
                    for (int j = i; j < k; j++) jtj[i][j] += s[i * k + j];
                    jtr[i] += s[k * k + i];
                }
                rss += s[k * k + k];
            }
            for (int i = 0; i < k; i++) for (int j = 0; j < i; j++) jtj[i][j] = jtj[j][i];
            return new Sums(jtj, jtr, rss);
        }

        /** One block's sums: the upper triangle of JᵀJ row by row (k·k slots), then Jᵀr, then Σ r². */
        private static double[] block(Model model, int k, double[][] xs, double[] ys, double[] p, int from, int to) {
            int m = xs[from].length;
            double[] args = new double[k + m], out = new double[k + 1], s = new double[k * k + k + 1];
            System.arraycopy(p, 0, args, 0, k);
            for (int i = from; i < to; i++) {
                System.arraycopy(xs[i], 0, args, k, m);
                model.evaluate(args, out);
                double r = out[0] - ys[i];
                for (int a = 0; a < k; a++) {
                    double ja = out[1 + a];
                    for (int b = a; b < k; b++) s[a * k + b] += ja * out[1 + b];
                    s[k * k + a] += ja * r;
                }
                s[k * k + k] += r * r;
            }
            return s;
        }
    }
}
