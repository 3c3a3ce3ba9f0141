package cofactor.bench;

import cofactor.guard.Limits;
import cofactor.calculus.Derivative;
import cofactor.calculus.Partials;
import cofactor.expr.Add;
import cofactor.expr.Expr;
import cofactor.expr.Fn;
import cofactor.expr.Sym;
import cofactor.matrix.Det;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Derivative and gradient of the expanded 5×5 trigonometric determinant, and the 10th
 * derivative of sin(sin(sin(sin x))), beside SymPy in the same run:
 * {@code java -cp bench/target/benchmarks.jar cofactor.bench.CalculusBench [runs]} from the
 * project directory (it starts {@code python3 bench/calculus_sympy.py}).
 */
public final class CalculusBench {
    public static void main(String[] args) throws Exception {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        Sym x = Matrices.X, y = Matrices.Y;
        Expr det = Det.of(Matrices.trig5(), Limits.DEFAULT);
        Expr nested = x;
        for (int i = 0; i < 4; i++) nested = Expr.call(Fn.SIN, nested);
        final Expr f = nested;

        Map<String, double[]> ours = new HashMap<>();
        ours.put("d_det5_dx", time(() -> Derivative.of(det, x, Limits.DEFAULT), 50));
        ours.put("grad_det5", time(() -> Partials.grad(det, List.of(x, y), Limits.DEFAULT), 50));
        ours.put("d10_sin4", time(() -> Derivative.of(f, x, 10, Limits.DEFAULT), 50));
        Map<String, Double> sympy = sympy(runs);

        System.out.printf(Locale.ROOT, "expanded det of trig5: %d terms here, %s in SymPy%n",
                det instanceof Add a ? a.size() : 1, sympy.containsKey("det5_terms") ? String.valueOf(sympy.get("det5_terms").intValue()) : "?");
        System.out.printf(Locale.ROOT, "%-38s %12s %12s %12s %8s%n", "median of runs", "Cofactor", "(its min)", "SymPy", "ratio");
        row("d/dx det(trig5)", ours.get("d_det5_dx"), sympy.get("d_det5_dx"));
        row("grad det(trig5), [x, y]", ours.get("grad_det5"), sympy.get("grad_det5"));
        row("10th derivative sin(sin(sin(sin x)))", ours.get("d10_sin4"), sympy.get("d10_sin4"));
        if (sympy.containsKey("det5")) System.out.printf(Locale.ROOT, "(SymPy's expanded det of trig5 itself: %s)%n", ms(sympy.get("det5")));
    }


    /** {median, min} seconds over the runs, after at least as many warm-up runs and 3 s (the JIT compiles the hot paths first). */
    static double[] time(Supplier<Object> work, int runs) {
        Object sink = null;
        long warm = System.nanoTime();
        for (int i = 0; i < runs || System.nanoTime() - warm < 3e9; i++) sink = work.get();
        double[] t = new double[runs];
        for (int i = 0; i < runs; i++) {
            long t0 = System.nanoTime();
            sink = work.get();
            t[i] = (System.nanoTime() - t0) / 1e9;
        }
        if (sink == null) throw new IllegalStateException();
        Arrays.sort(t);
        return new double[] {t[runs / 2], t[0]};
    }

    private static Map<String, Double> sympy(int runs) throws Exception {
        Process p = new ProcessBuilder("python3", "bench/calculus_sympy.py", String.valueOf(runs)).redirectErrorStream(true).start();
        Map<String, Double> out = new HashMap<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line; (line = r.readLine()) != null; ) {
                String[] f = line.trim().split("\\s+");
                if (f.length == 3) out.put(f[0], Double.parseDouble(f[1]));
                else System.out.println("sympy: " + line);
            }
        }
        if (p.waitFor() != 0) System.out.println("sympy script exited with " + p.exitValue());
        return out;
    }

    private static void row(String name, double[] ours, Double theirs) {
        String ratio = theirs != null ? String.format(Locale.ROOT, "%.0f×", theirs / ours[0]) : "—";
        System.out.printf(Locale.ROOT, "%-38s %12s %12s %12s %8s%n", name, ms(ours[0]), ms(ours[1]), ms(theirs), ratio);
    }

    private static String ms(Double s) { return s == null ? "—" : String.format(Locale.ROOT, "%.3f ms", s * 1e3); }
}
