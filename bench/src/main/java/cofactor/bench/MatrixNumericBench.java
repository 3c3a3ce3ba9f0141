package cofactor.bench;

import cofactor.Cofactor;
import cofactor.dense.Dense;
import cofactor.dense.Kernels;
import cofactor.expr.Expr;
import cofactor.lang.MatExprValue;
import cofactor.lang.ScalarValue;
import cofactor.matexpr.MatExpr;
import cofactor.matexpr.MatFunction;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/**
 * Value and gradient of matrix expressions of symbolic size at n = 50, 200, 1000, compiled by
 * Cofactor (the closed forms evaluated on dense doubles: OpenBLAS, and EJML in pure Java) beside
 * NumPy running the same formulas by hand (it starts {@code python3 bench/matrix_numpy.py}):
 * log(det(X)) - tr(S*X) with its gradient d(f, X) (inv(X)' - S'), and norm(A*X - B)^2 (as
 * tr((A*X - B)'*(A*X - B)), which the canonical form multiplies out) with d(f, X) (A'*(2*A*X - 2*B)).
 * Median milliseconds per call. Then the Gaussian likelihood minimize(-log(det(X)) + tr(S*X), X,
 * start = eye(100), S = ...) as a user types it, compile and all (median of 5 runs).
 * Run: {@code java -cp bench/target/benchmarks.jar cofactor.bench.MatrixNumericBench [50,200,1000] [pure]}
 */
public final class MatrixNumericBench {
    public static void main(String[] args) throws Exception {
        String sizes = args.length > 0 ? args[0] : "50,200,1000";
        boolean pure = args.length > 1 && args[1].equals("pure");
        Cofactor cf = new Cofactor();
        cf.eval("X = matrix(X, n, n); S = matrix(S, n, n); A = matrix(A, n, n); B = matrix(B, n, n)");
        Expr loglik = scalar(cf, "log(det(X)) - tr(S*X)"), leastSquares = scalar(cf, "tr((A*X - B)'*(A*X - B))");
        MatExpr loglikGradient = matexpr(cf, "d(log(det(X)) - tr(S*X), X)"), leastSquaresGradient = matexpr(cf, "d(tr((A*X - B)'*(A*X - B)), X)");
        List<MatExpr.Symbol> xs = symbols(cf, "X", "S"), xab = symbols(cf, "X", "A", "B");

        Map<Integer, double[]> numpy = numpy(sizes);
        System.out.printf(Locale.ROOT, "%-6s %-26s %12s %12s %8s | %12s %12s %8s%n", "n", "kernels", "loglik ms", "NumPy ms", "ratio",
                "lsq ms", "NumPy ms", "ratio");
        List<Kernels> kernels = pure ? List.of(Kernels.best(), Kernels.pureJava()) : List.of(Kernels.best());
        for (String s : sizes.split(",")) {
            int n = Integer.parseInt(s);
            Random r = new Random(1);
            Dense a = random(r, n), b = random(r, n), sm = random(r, n), x = random(r, n).plusScaled(3 * Math.sqrt(n), Dense.identity(n));
            for (Kernels k : kernels) {
                MatFunction f1 = MatFunction.compile(xs, List.of(loglik), List.of(loglikGradient), k);
                MatFunction f2 = MatFunction.compile(xab, List.of(leastSquares), List.of(leastSquaresGradient), k);
                double budget = n >= 1000 ? 6 : 2;
                double t1 = medianMs(() -> f1.evaluate(List.of(x, sm)), budget), t2 = medianMs(() -> f2.evaluate(List.of(x, a, b)), budget);
                double[] np = numpy.get(n);
                System.out.printf(Locale.ROOT, "%-6d %-26s %12.4f %12.4f %8.2f | %12.4f %12.4f %8.2f%n", n, k.name(), t1, np[0], t1 / np[0], t2, np[1], t2 / np[1]);
            }
        }
        System.out.println("NumPy's " + numpyBlas);
        gaussian(cf);
    }

    /** The whole minimize call at n = 100, S = Q*Q'/100 + I (symmetric to the last bit), from eye(100). */
    private static void gaussian(Cofactor cf) {
        int n = 100;
        Dense q = random(new Random(100), n);
        Dense s = Kernels.pureJava().multiply(1.0 / n, q, false, q, true).plusScaled(1, Dense.identity(n)).upperMirrored();
        cofactor.expr.Expr[] e = new cofactor.expr.Expr[n * n];
        for (int k = 0; k < e.length; k++) e[k] = cofactor.expr.Num.real(s.data()[k]);
        cf.session().bind("S0", new cofactor.lang.MatrixValue(cofactor.matrix.Matrix.of(n, n, e)));
        List<Double> times = new ArrayList<>();
        String reason = "";
        for (int round = 0; round < 7; round++) {
            long t = System.nanoTime();
            cofactor.lang.Value r = cf.eval("r = minimize(-log(det(X)) + tr(S*X), X, start = eye(100), S = S0)");
            times.add((System.nanoTime() - t) / 1e6);
            reason = r.show().lines().findFirst().orElse("");
        }
        List<Double> last = new ArrayList<>(times.subList(2, times.size()));
        Collections.sort(last);
        System.out.printf(Locale.ROOT, "Gaussian likelihood at n = 100: %.0f ms (median of runs 3-7; first run %.0f ms), %s%n", last.get(2), times.get(0), reason);
    }

    private static String numpyBlas = "";

    private static Map<Integer, double[]> numpy(String sizes) throws Exception {
        Process p = new ProcessBuilder("python3", "bench/matrix_numpy.py", sizes).redirectErrorStream(true).start();
        Map<Integer, double[]> out = new HashMap<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line; (line = in.readLine()) != null; ) {
                String[] w = line.split(" ");
                if (w[0].equals("blas")) numpyBlas = "BLAS: " + line.substring(5);
                else if (w[0].equals("numpy")) out.put(Integer.parseInt(w[1]), new double[] {Double.parseDouble(w[2]), Double.parseDouble(w[3])});
                else System.out.println("python: " + line);
            }
        }
        p.waitFor();
        return out;
    }

    private static double sink;

    /**
     * Calls for one second first (at least 3), so the JIT has compiled the calls' Java code before it is
     * timed (at n = 50 a few hundred calls still run it interpreted or at the first tier), then the
     * median of every call timed within the budget (at least 5; as in matrix_numpy.py): at n = 50 that
     * is tens of thousands, where the first 500 alone spanned 20 ms, which one busy moment of the
     * machine could fill.
     */
    private static double medianMs(java.util.function.Supplier<MatFunction.Values> f, double budgetSeconds) {
        long start = System.nanoTime();
        for (int i = 0; i < 3 || System.nanoTime() - start < 1e9; i++) sink += f.get().scalars()[0];
        List<Double> times = new ArrayList<>();
        start = System.nanoTime();
        while (times.size() < 5 || System.nanoTime() - start < budgetSeconds * 1e9) {
            long t = System.nanoTime();
            sink += f.get().scalars()[0];
            times.add((System.nanoTime() - t) / 1e6);
        }
        Collections.sort(times);
        return times.get(times.size() / 2);
    }

    private static Dense random(Random r, int n) {
        double[] d = new double[n * n];
        for (int k = 0; k < d.length; k++) d[k] = r.nextGaussian();
        return new Dense(n, n, d);
    }

    private static Expr scalar(Cofactor cf, String text) { return ((ScalarValue) cf.eval(text)).expr(); }

    private static MatExpr matexpr(Cofactor cf, String text) { return ((MatExprValue) cf.eval(text)).expr(); }

    private static List<MatExpr.Symbol> symbols(Cofactor cf, String... names) {
        List<MatExpr.Symbol> out = new ArrayList<>();
        for (String name : names) out.add((MatExpr.Symbol) matexpr(cf, name));
        return out;
    }
}
