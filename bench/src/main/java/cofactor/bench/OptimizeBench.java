package cofactor.bench;

import cofactor.Cofactor;
import cofactor.compile.CompiledGradient;
import cofactor.expr.Expr;
import cofactor.expr.Sym;
import cofactor.lang.MinimizeResult;
import cofactor.lang.ScalarValue;
import cofactor.lang.Value;
import cofactor.optimize.Method;
import cofactor.optimize.Minimizer;
import cofactor.optimize.Objective;
import cofactor.optimize.Minimum;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Optimizer speed, in one run: gradient-descent step throughput on the seed problem
 * (det([[sin x, 0], [0, cos y]])^2) through Cofactor's minimize against a hand-written
 * Java loop; then L-BFGS on Rosenbrock and on a determinant-based problem beside SciPy's
 * minimize (it starts {@code python3 bench/optimize_scipy.py}).
 * Run: {@code java -cp bench/target/benchmarks.jar cofactor.bench.OptimizeBench}
 */
public final class OptimizeBench {
    public static void main(String[] args) throws Exception {
        Cofactor cf = new Cofactor();
        Sym x = Cofactor.sym("x"), y = Cofactor.sym("y");
        Expr seed = ((ScalarValue) cf.eval("det([[sin x, 0], [0, cos y]])^2")).expr();
        CompiledGradient g = Cofactor.compileGradient(seed, x, y);
        Objective objective = new Objective() {
            @Override public int dimension() { return 2; }
            @Override public double valueAndGradient(double[] p, double[] grad) { return g.valueAndGradient(p, grad); }
        };
        long steps = 2_000_000;
        Method.Options gd = new Method.Options(Method.GD, 1e-6, 0.9, steps, 0);
        double ours = Double.MAX_VALUE, hand = Double.MAX_VALUE, sink = 0;
        for (int round = 0; round < 7; round++) {
            long t0 = System.nanoTime();
            Minimum r = Minimizer.minimize(objective, new double[] {1, 1}, gd);
            long t1 = System.nanoTime();
            sink += r.x()[0] + handLoop(steps)[0];
            long t2 = System.nanoTime();
            if (round >= 2) { ours = Math.min(ours, (t1 - t0) / (double) steps); hand = Math.min(hand, (t2 - t1) / (double) steps); }
        }
        System.out.printf(Locale.ROOT, "gd step on the seed problem: minimize %.1f ns/step, hand-written loop %.1f ns/step, ratio %.2f%n",
                ours, hand, ours / hand);

        System.out.printf(Locale.ROOT, "%-28s %8s %10s %12s | %8s %10s %12s%n", "L-BFGS", "iters", "loss", "time", "SciPy it", "loss", "time");
        String[][] problems = {
            {"rosenbrock", "(1 - x)^2 + 100 (y - x^2)^2", "[x, y]", "[-1.2, 1]"},
            {"det-fit", "(det([[a, b, c], [d, e, f], [g, h, k]]) - 1)^2 + (a - 2)^2/100 + (e - 3)^2/100 + (k + 1)^2/100", "[a, b, c, d, e, f, g, h, k]", "[1, 0.5, 0.2, 0.3, 1, 0.4, 0.1, 0.6, 1]"},
        };
        java.util.Map<String, String[]> scipy = scipy();
        for (String[] p : problems) {
            cf.eval("loss = " + p[1]);
            long best = Long.MAX_VALUE;
            Value r = null;
            for (int i = 0; i < 20; i++) {
                long t0 = System.nanoTime();
                r = cf.eval("minimize(loss, " + p[2] + ", start = " + p[3] + ", method = \"lbfgs\", tol = 1e-8, steps = 1000)");
                best = Math.min(best, System.nanoTime() - t0);
            }
            Minimum found = ((MinimizeResult) r).minimum();
            String[] s = scipy.getOrDefault(p[0], new String[] {"?", "?", "?"});
            System.out.printf(Locale.ROOT, "%-28s %8s %10.3g %10.2f ms | %8s %10s %10s ms%n", p[0],
                    found.steps(), found.loss(), best / 1e6, s[0], s[1], s[2]);
        }
        if (sink == 42) System.out.println();
    }

    /** What a programmer would write: the gradient of (sin x cos y)^2 by hand, x ← x − rate·∇f. */
    static double[] handLoop(long steps) {
        double x = 1, y = 1, rate = 1e-6;
        for (long k = 0; k < steps; k++) {
            double sx = Math.sin(x), cx = Math.cos(x), sy = Math.sin(y), cy = Math.cos(y);
            double d = sx * cy;
            double gx = 2 * d * cx * cy, gy = -2 * d * sx * sy;
            if (!Double.isFinite(d * d)) break;
            x -= rate * gx;
            y -= rate * gy;
        }
        return new double[] {x, y};
    }

    /** Iterations, final loss and milliseconds from SciPy, keyed by problem. */
    private static java.util.Map<String, String[]> scipy() throws Exception {
        java.util.Map<String, String[]> out = new java.util.HashMap<>();
        Process p = new ProcessBuilder("python3", "bench/optimize_scipy.py").redirectErrorStream(true).start();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line; (line = r.readLine()) != null; ) {
                String[] f = line.trim().split("\\s+");
                if (f.length == 4) out.put(f[0], new String[] {f[1], f[2], f[3]});
                else System.out.println("scipy: " + line);
            }
        }
        p.waitFor();
        return out;
    }
}
