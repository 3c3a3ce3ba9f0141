package cofactor.bench;

import cofactor.expr.Add;
import cofactor.expr.Expr;
import cofactor.matrix.Det;
import cofactor.matrix.Inverse;
import cofactor.matrix.Matrix;
import cofactor.poly.Expand;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import org.matheclipse.core.basic.Config;
import org.matheclipse.core.eval.ExprEvaluator;

/**
 * Expanded determinants side by side in one run: Cofactor in-process (warm JVM,
 * median of repeats), SymPy's laplace and berkowitz (bench/det_sympy.py in a
 * subprocess, first, so it does not compete for the CPU; time-boxed) and Symja's
 * Det (in-process, last, each under a timeout). Then det and inv of the 3×3 matrix of
 * reciprocals {@link Matrices#cauchy} (a matrix with denominators) and expand((1+x+y+z)^100).
 * Run from the repository root:
 * {@code java -cp bench/target/benchmarks.jar cofactor.bench.DetBench [maxN] [sympyTimeout] [symjaTimeout]}
 * (a timeout of 0 leaves that system out).
 */
public final class DetBench {
    record Row(String name, Supplier<Expr> cofactor, String symjaInput) {}

    public static void main(String[] args) throws Exception {
        int maxN = args.length > 0 ? Integer.parseInt(args[0]) : 9;
        double sympyTimeout = args.length > 1 ? Double.parseDouble(args[1]) : 30;
        long symjaTimeout = args.length > 2 ? Long.parseLong(args[2]) : 10;

        List<Row> rows = new ArrayList<>();
        for (int n = 4; n <= maxN; n++) {
            Matrix m = Matrices.generic(n);
            rows.add(new Row("generic" + n, () -> Det.of(m, Matrices.UNLIMITED), "Det(" + Matrices.symja(m) + ")"));
        }
        Matrix t5 = Matrices.trig5();
        rows.add(new Row("trig5", () -> Det.of(t5, Matrices.UNLIMITED), "Det(" + Matrices.symja(t5) + ")"));
        Matrix c3 = Matrices.cauchy(3);
        rows.add(new Row("cauchy3", () -> Det.of(c3, Matrices.UNLIMITED), "Det(" + Matrices.symja(c3) + ")"));
        rows.add(new Row("invcauchy3", () -> Inverse.of(c3, Matrices.UNLIMITED).get(0, 0), "Inverse(" + Matrices.symja(c3) + ")"));
        Expr big = Expr.pow(Expr.add(List.of(Expr.num(1), Matrices.X, Matrices.Y, Expr.sym("z"))), 100);
        rows.add(new Row("expand100", () -> Expand.of(big, Matrices.UNLIMITED), "Expand((1+x+y+z)^100)"));

        System.out.println("SymPy (subprocess, time box " + sympyTimeout + " s) ...");
        Map<String, String[]> sympy = sympyTimeout > 0 ? runSympy(maxN, sympyTimeout) : Map.of();

        System.out.println("Cofactor (in-process) ...");
        Map<String, double[]> ours = new LinkedHashMap<>();
        for (Row r : rows) ours.put(r.name, timeCofactor(r.cofactor));

        System.out.println("Symja (in-process, timeout " + symjaTimeout + " s) ...");
        Map<String, Double> symja = new LinkedHashMap<>();
        Config.THREAD_FACTORY = run -> { Thread t = new Thread(run); t.setDaemon(true); return t; };
        ExprEvaluator eval = new ExprEvaluator(false, (short) 100);
        ExecutorService pool = Executors.newSingleThreadExecutor(run -> { Thread t = new Thread(run); t.setDaemon(true); return t; });
        eval.getEvalEngine().setQuietMode(true);
        eval.eval("1+1");
        boolean symjaGaveUp = false;
        for (Row r : rows) {
            if (symjaTimeout == 0 || symjaGaveUp && r.name.startsWith("generic")) { symja.put(r.name, Double.NaN); continue; }
            long t0 = System.nanoTime();
            Future<?> f = pool.submit(() -> eval.eval(r.symjaInput));
            try {
                f.get(symjaTimeout, TimeUnit.SECONDS);
                symja.put(r.name, (System.nanoTime() - t0) / 1e9);
            } catch (TimeoutException e) {
                f.cancel(true);
                symja.put(r.name, Double.POSITIVE_INFINITY);
                if (r.name.startsWith("generic")) symjaGaveUp = true;
                pool = Executors.newSingleThreadExecutor(run -> { Thread t = new Thread(run); t.setDaemon(true); return t; });
            }
        }

        System.out.println();
        System.out.printf("%-10s %9s %10s %12s %12s %10s %12s %12s%n",
                "case", "terms", "Cofactor", "SymPy lapl.", "SymPy berk.", "Symja", "vs SymPy", "vs Symja");
        for (Row r : rows) {
            double[] c = ours.get(r.name);
            String[] lap = sympy.get(r.name + " laplace"), ber = sympy.get(r.name + " berkowitz");
            if (r.name.equals("expand100")) { lap = sympy.get("expand100 expand"); ber = null; }
            double best = ber == null || Double.isNaN(seconds(ber)) ? seconds(lap) : Math.min(seconds(lap), seconds(ber));
            double sj = symja.getOrDefault(r.name, Double.NaN);
            System.out.printf("%-10s %9d %10s %12s %12s %10s %12s %12s%n", r.name, (long) c[1], fmt(c[0]),
                    show(lap, sympyTimeout), show(ber, sympyTimeout), sj == Double.POSITIVE_INFINITY ? "> " + symjaTimeout + " s" : fmt(sj),
                    ratio(best, c[0], sympyTimeout), ratio(sj, c[0], symjaTimeout));
        }
        System.exit(0); // Symja may leave a computation running past its timeout
    }

    /** Median seconds over repeats after warm-up, and the number of terms. */
    static double[] timeCofactor(Supplier<Expr> f) {
        long t0 = System.nanoTime();
        Expr e = f.get();
        double first = (System.nanoTime() - t0) / 1e9;
        int reps = first > 1 ? 3 : first > 0.05 ? 7 : 25;
        for (int i = 0; i < Math.min(reps, 5); i++) f.get(); // warm-up
        double[] t = new double[reps];
        for (int i = 0; i < reps; i++) {
            long s = System.nanoTime();
            f.get();
            t[i] = (System.nanoTime() - s) / 1e9;
        }
        Arrays.sort(t);
        long terms = e instanceof Add a ? a.size() + (a.constant().isZero() ? 0 : 1) : e.isZero() ? 0 : 1;
        return new double[] {t[reps / 2], terms};
    }

    static Map<String, String[]> runSympy(int maxN, double timeout) throws Exception {
        Map<String, String[]> out = new LinkedHashMap<>();
        Process p = new ProcessBuilder("python3", "bench/det_sympy.py", "--timeout", String.valueOf(timeout), "--max-n", String.valueOf(maxN))
                .redirectErrorStream(true).start();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream()))) {
            for (String line; (line = r.readLine()) != null; ) {
                System.out.println("  " + line);
                String[] w = line.trim().split("\\s+");
                if (w.length == 4) out.put(w[0] + " " + w[1], w);
            }
        }
        p.waitFor();
        return out;
    }

    static double seconds(String[] w) {
        if (w == null) return Double.NaN;
        return w[2].equals("timeout") ? Double.POSITIVE_INFINITY : w[2].equals("skipped") ? Double.NaN : Double.parseDouble(w[2]);
    }

    static String show(String[] w, double timeout) {
        if (w == null) return "-";
        double s = seconds(w);
        return s == Double.POSITIVE_INFINITY ? "> " + (long) timeout + " s" : Double.isNaN(s) ? "-" : fmt(s);
    }

    static String fmt(double s) {
        if (Double.isNaN(s)) return "-";
        return s < 1 ? String.format("%.2f ms", s * 1e3) : String.format("%.2f s", s);
    }

    static String ratio(double theirs, double ours, double timeout) {
        if (Double.isNaN(theirs)) return "-";
        if (theirs == Double.POSITIVE_INFINITY) return String.format("> %.0f×", timeout / ours);
        return String.format("%.0f×", theirs / ours);
    }
}
