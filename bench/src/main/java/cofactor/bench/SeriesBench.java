package cofactor.bench;

import cofactor.expr.Expr;
import cofactor.expr.Fn;
import cofactor.expr.Sym;
import cofactor.guard.Limits;
import cofactor.series.Point;
import cofactor.series.SeriesAt;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * series(exp(sin(x)), x, 0, n) for n = 10, 30, 100 side by side in one run (issue 15):
 * SymPy's {@code series} (cache cleared before each repeat, median) and Maxima's
 * {@code taylor}, each n in its own time-boxed subprocess, then Cofactor in process
 * (warm JVM, median of repeats, wall clock). Run from the repository root:
 * {@code java -cp bench/target/benchmarks.jar cofactor.bench.SeriesBench [timeoutSeconds] [repeats]}
 */
public final class SeriesBench {
    private static final int[] ORDERS = {10, 30, 100};
    private static final Pattern SYMPY_TIME = Pattern.compile("^seconds ([0-9.e+-]+)$", Pattern.MULTILINE);

    public static void main(String[] args) throws Exception {
        double timeout = args.length > 0 ? Double.parseDouble(args[0]) : 120;
        int repeats = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        System.out.println("load average before: " + FatemanBench.loadAverage());
        String[] sympy = new String[ORDERS.length], maxima = new String[ORDERS.length];
        for (int i = 0; i < ORDERS.length; i++) {
            sympy[i] = runSympy(ORDERS[i], Math.min(repeats, 3), timeout);
            maxima[i] = FatemanBench.runMaxima("", "taylor(exp(sin(x)), x, 0, " + ORDERS[i] + ")$", timeout);
        }
        System.out.println("load average after the others: " + FatemanBench.loadAverage());

        Sym x = Sym.of("x");
        Expr e = Expr.call(Fn.EXP, Expr.call(Fn.SIN, x));
        double[] ours = new double[ORDERS.length];
        String[] last = new String[ORDERS.length];
        for (int i = 0; i < ORDERS.length; i++) {
            int n = ORDERS[i];
            SeriesAt.of(e, x, Point.at(Expr.num(0)), n, Limits.DEFAULT); // warm-up
            double[] t = new double[repeats];
            for (int r = 0; r < repeats; r++) {
                long t0 = System.nanoTime();
                SeriesAt s = SeriesAt.of(e, x, Point.at(Expr.num(0)), n, Limits.DEFAULT);
                t[r] = (System.nanoTime() - t0) / 1e9;
                last[i] = s.coefficient(n).toString();
            }
            ours[i] = FatemanBench.median(t);
        }
        System.out.println("load average after Cofactor: " + FatemanBench.loadAverage());

        System.out.printf("%n%5s %12s %12s %12s %12s %12s   %s%n", "n", "Cofactor", "SymPy", "SymPy/ours", "Maxima", "Maxima/ours", "coefficient of x^n");
        for (int i = 0; i < ORDERS.length; i++) {
            System.out.printf("%5d %12.5f %12s %12s %12s %12s   %s%n", ORDERS[i], ours[i], sympy[i], ratio(sympy[i], ours[i]),
                    maxima[i], ratio(maxima[i], ours[i]), last[i].length() > 60 ? last[i].substring(0, 57) + "..." : last[i]);
        }
        System.out.println("seconds: Cofactor wall clock in process (median of " + repeats + "); SymPy series() with clear_cache() before each of "
                + Math.min(repeats, 3) + " repeats (median); Maxima taylor(), elapsed, one run.");
    }

    private static String ratio(String theirs, double ours) {
        double s = FatemanBench.seconds(theirs);
        return s > 0 ? String.format("%.1f", s / ours) : "-";
    }

    private static String runSympy(int n, int repeats, double timeout) throws Exception {
        String script = "import time\nfrom sympy import series, exp, sin, symbols\nfrom sympy.core.cache import clear_cache\nx = symbols('x')\nts = []\n"
                + "for _ in range(" + repeats + "):\n    clear_cache()\n    t0 = time.perf_counter()\n    _r = series(exp(sin(x)), x, 0, " + (n + 1) + ")\n"
                + "    ts.append(time.perf_counter() - t0)\nprint('seconds', sorted(ts)[len(ts) // 2])\n";
        String out = FatemanBench.run(List.of("python3", "-c", script), "", timeout);
        if (out == null) return String.format("> %.0f", timeout);
        Matcher m = SYMPY_TIME.matcher(out);
        return m.find() ? String.format("%.3f", Double.parseDouble(m.group(1))) : "failed";
    }
}
