package cofactor.bench;

import cofactor.Cofactor;
import cofactor.expr.Expr;
import cofactor.expr.Rewrite;
import cofactor.lang.ScalarValue;
import cofactor.numeric.NumericValue;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * N on ordinary inputs: the correctly rounded value (ball arithmetic, {@link NumericValue})
 * beside what N computed before, the same expression folded in doubles ({@link Rewrite#numeric}),
 * in one run and in thread CPU time, so a busy machine slows both alike:
 * {@code java -cp bench/target/benchmarks.jar cofactor.bench.NumericBench}. "numeric" times the
 * numeric step on a parsed expression; "statement" the whole statement as the REPL runs it
 * (parsing, building, N, printing), the old one as the expression's statement and a fold.
 */
public final class NumericBench {
    private static final List<String> INPUTS = List.of(
            "sin(1) + sqrt(2)*exp(3)/7",
            "pi",
            "1/3",
            "log(2)*E",
            "atan(1/2) + cos(2/3)",
            "x^2 + pi*x + 1/3",
            "(x^2 + sin x) | x = 0.7",
            "exp(-1/2)*cosh(1/3)/(1 + tan(1/5)^2)");

    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

    public static void main(String[] args) {
        Cofactor cf = new Cofactor();
        System.out.printf(Locale.ROOT, "%-40s %12s %12s %7s %14s %14s %7s%n", "input", "old numeric", "new numeric", "ratio", "old statement", "new statement", "ratio");
        double[] sums = new double[4];
        for (String input : INPUTS) {
            Expr e = ((ScalarValue) cf.eval(input)).expr();
            double oldNumeric = time(() -> Rewrite.numeric(e));
            double newNumeric = time(() -> NumericValue.of(e));
            double oldStatement = time(() -> Rewrite.numeric(((ScalarValue) cf.eval(input)).expr()).toString());
            double newStatement = time(() -> cf.eval("N(" + input + ")").toString());
            System.out.printf(Locale.ROOT, "%-40s %9.2f µs %9.2f µs %6.1f× %11.2f µs %11.2f µs %6.1f×%n", input,
                    oldNumeric, newNumeric, newNumeric / oldNumeric, oldStatement, newStatement, newStatement / oldStatement);
            sums[0] += oldNumeric; sums[1] += newNumeric; sums[2] += oldStatement; sums[3] += newStatement;
        }
        System.out.printf(Locale.ROOT, "%-40s %9.2f µs %9.2f µs %6.1f× %11.2f µs %11.2f µs %6.1f×%n", "all",
                sums[0], sums[1], sums[1] / sums[0], sums[2], sums[3], sums[3] / sums[2]);
    }

    /** Median thread CPU time of a call in µs, after a second of warm-up. */
    private static double time(Supplier<Object> work) {
        Object sink = null;
        long warm = CPU.getCurrentThreadCpuTime();
        while (CPU.getCurrentThreadCpuTime() - warm < 1e9) sink = work.get();
        double[] t = new double[31];
        for (int i = 0; i < t.length; i++) {
            long t0 = CPU.getCurrentThreadCpuTime();
            for (int k = 0; k < 100; k++) sink = work.get();
            t[i] = (CPU.getCurrentThreadCpuTime() - t0) / 100e3;
        }
        if (sink == null) throw new IllegalStateException();
        Arrays.sort(t);
        return t[t.length / 2];
    }
}
