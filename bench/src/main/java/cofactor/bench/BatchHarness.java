package cofactor.bench;

import cofactor.calculus.Derivative;
import cofactor.compile.CompiledFunction;
import cofactor.compile.CompiledGradient;
import cofactor.compile.Compiler;
import cofactor.expr.Expr;
import cofactor.matrix.Det;
import cofactor.matrix.Matrix;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Compiled functions over 10^6 points beside NumPy-vectorized lambdify, in one run: first
 * {@code python3 bench/batch_numpy.py N} (the seed's derivative and the 5×5 trigonometric
 * determinant's value and gradient, lambdified with cse=True, over NumPy arrays), then the same
 * two functions on every core through the calls over columns ({@code CompiledFunction.applyColumns},
 * {@code CompiledGradient.valueAndGradientColumns}: one array per variable, as NumPy's), through
 * the calls over rows ({@code applyAll}, {@code valueAndGradientAll}: a {@code double[]} per
 * point), and on one thread (a loop over the kernel) for the record. Points uniform on [-2, 2];
 * each time is the best of 10 calls after a warm-up of 3, NumPy's too. Each Cofactor line ends with NumPy's
 * time over its own.
 *
 * <p>Run: {@code java -XX:+UseSerialGC -cp bench/target/benchmarks.jar cofactor.bench.BatchHarness [points]}
 */
public final class BatchHarness {
    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        System.out.println("cores: " + Runtime.getRuntime().availableProcessors() + ", collector: "
                + String.join(" + ", ManagementFactory.getGarbageCollectorMXBeans().stream().map(b -> b.getName()).toList()));
        Map<String, Double> numpy = new HashMap<>();
        Process python = new ProcessBuilder("python3", "bench/batch_numpy.py", String.valueOf(n)).redirectErrorStream(true).start();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(python.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                System.out.println(line);
                String[] parts = line.split(" {2,}");
                if (parts.length > 1 && parts[1].strip().endsWith(" s")) numpy.put(parts[0].strip(), Double.parseDouble(parts[1].strip().split(" ")[0]));
            }
        }
        python.waitFor();

        Matrix a = Matrix.of(List.of(List.of(Matrices.X, Expr.pow(Matrices.X, 2)), List.of(Expr.num(1), Expr.call(cofactor.expr.Fn.SIN, Matrices.X))));
        Expr seed = Derivative.of(Det.of(a, Matrices.UNLIMITED), Matrices.X, Matrices.UNLIMITED);
        CompiledFunction f = Compiler.compile(seed, List.of(Matrices.X));
        CompiledGradient g = Compiler.compileGradient(Det.of(Matrices.trig5(), Matrices.UNLIMITED), List.of(Matrices.X, Matrices.Y));
        Random random = new Random(17);
        double[][] p1 = new double[n][1], p2 = new double[n][2];
        double[] x1 = new double[n], x2 = new double[n], y2 = new double[n];
        for (int i = 0; i < n; i++) {
            x1[i] = p1[i][0] = 4 * random.nextDouble() - 2;
            x2[i] = p2[i][0] = 4 * random.nextDouble() - 2;
            y2[i] = p2[i][1] = 4 * random.nextDouble() - 2;
        }
        System.gc(); // settle the 2·10^6 small arrays of the rows before timing, as JMH does between iterations (under G1 their aftermath took a core)
        System.out.println("cofactor, " + n + " points (" + f.operations() + " and " + g.operations() + " operations); last column: NumPy's time over this one");
        double seedNumpy = numpy.getOrDefault("seed derivative", Double.NaN), trigNumpy = numpy.getOrDefault("trig5 value+gradient cse", Double.NaN);
        report("seed derivative, applyColumns", n, seedNumpy, () -> sum(f.applyColumns(x1)));
        report("seed derivative, applyAll (rows)", n, seedNumpy, () -> sum(f.applyAll(p1)));
        report("seed derivative, one thread", n, seedNumpy, () -> {
            double s = 0;
            double[] out = new double[1];
            for (double[] p : p1) s += f.evaluate(p, out)[0];
            return s;
        });
        report("trig5 value+gradient, columns", n, trigNumpy, () -> sum(g.valueAndGradientColumns(x2, y2)[0]));
        report("trig5 value+gradient, rows", n, trigNumpy, () -> {
            double s = 0;
            for (double[] row : g.valueAndGradientAll(p2)) s += row[0];
            return s;
        });
        report("trig5 value+gradient, one thread", n, trigNumpy, () -> {
            double s = 0;
            double[] grad = new double[2];
            for (double[] p : p2) {
                double[] row = new double[3]; // as valueAndGradientAll keeps a row per point
                row[0] = g.valueAndGradient(p, grad);
                System.arraycopy(grad, 0, row, 1, 2);
                s += row[0];
            }
            return s;
        });
    }

    private static double sum(double[] v) {
        double s = 0;
        for (double x : v) s += x;
        return s;
    }

    private static void report(String name, int n, double numpySeconds, java.util.function.DoubleSupplier run) {
        double best = Double.MAX_VALUE, check = 0;
        for (int round = 0; round < 13; round++) {
            long t0 = System.nanoTime();
            check = run.getAsDouble();
            double seconds = (System.nanoTime() - t0) / 1e9;
            if (round >= 3) best = Math.min(best, seconds);
        }
        System.out.printf("%-34s %10.4f s %8.1f ns/point  sum %.12g  %5.2fx%n", name, best, best / n * 1e9, check, numpySeconds / best);
    }
}
