package cofactor.bench;

import cofactor.Cofactor;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * fit beside SciPy's curve_fit on 10^5 noisy points of a*exp(-b*x) + c, in one run: the test's
 * generator ({@code src/test/resources/cofactor/fit/decay.py N FILE}, numpy seeded 17) writes the
 * data and prints curve_fit's estimates and time; then Cofactor loads the file and fits it from the
 * language, {@code fit(a*exp(-b*x) + c, [a, b, c], data)}: the first fit (compiling its kernel) and
 * the best of 5 after it, and the load.
 *
 * <p>Run: {@code java -cp bench/target/benchmarks.jar cofactor.bench.FitHarness [points]}
 */
public final class FitHarness {
    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        Path data = Files.createTempFile("decay", ".csv");
        try {
            Process python = new ProcessBuilder("python3", "decay.py", String.valueOf(n), data.toAbsolutePath().toString())
                    .directory(Path.of("src/test/resources/cofactor/fit").toFile()).redirectErrorStream(true).start();
            try (BufferedReader r = new BufferedReader(new InputStreamReader(python.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line = r.readLine(); line != null; line = r.readLine()) System.out.println(line);
            }
            if (python.waitFor() != 0) throw new IllegalStateException("decay.py failed");
            Cofactor cf = new Cofactor();
            long t0 = System.nanoTime();
            cf.eval("data = load(\"" + data.toAbsolutePath() + "\");");
            long t1 = System.nanoTime();
            cf.eval("r = fit(a*exp(-b*x) + c, [a, b, c], data);");
            long t2 = System.nanoTime();
            double best = Double.MAX_VALUE;
            for (int round = 0; round < 5; round++) {
                long s = System.nanoTime();
                cf.eval("r = fit(a*exp(-b*x) + c, [a, b, c], data);");
                best = Math.min(best, (System.nanoTime() - s) / 1e9);
            }
            System.out.printf("cofactor load %.3f s, first fit %.3f s, best of 5 fits %.3f s%n", (t1 - t0) / 1e9, (t2 - t1) / 1e9, best);
            System.out.println(cf.eval("r").show());
        } finally {
            Files.deleteIfExists(data);
        }
    }
}
