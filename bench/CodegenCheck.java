import cofactor.Cofactor;
import cofactor.calculus.Derivative;
import cofactor.codegen.CodeGenerator;
import cofactor.codegen.Language;
import cofactor.compile.CompiledGradient;
import cofactor.compile.Compiler;
import cofactor.expr.Add;
import cofactor.expr.DoubleAtPoints;
import cofactor.expr.Expr;
import cofactor.expr.Sym;
import cofactor.guard.Limits;
import cofactor.lang.ScalarValue;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;

/**
 * Checks the C and Python code that code() writes against compile: the seed's
 * derivative d/dx det [[x, x^2], [1, sin x]] and the 5×5 trigonometric
 * determinant's value and gradient (trig5, as in Matrices.java and matrices.py),
 * at seeded random points in [-2, 2]^2. The C is compiled with gcc (without
 * contraction into fused multiply-adds, which would round differently from the
 * JVM); Python runs with the math module and, with all points as one array,
 * with NumPy and with JAX (in 64-bit mode). Where JAX is not installed, its code
 * runs with NumPy standing in for jax.numpy: that checks the text and the
 * arithmetic, not JAX's tracing. A language whose tool is missing is skipped
 * (Julia's always, for now: no driver is written for it). Exit status 1 when a
 * value differs from compile's by more than 1e-14 relative to the size of its terms
 * ({@link #termSize}: a sum whose terms cancel moves by an ulp of its terms, not of
 * the sum, when the languages' sines differ in the last bit, as C's and compile's do).
 *
 * Run by bench/codegen_check.sh: java -cp target/cofactor.jar bench/CodegenCheck.java
 */
public class CodegenCheck {
    static final double TOLERANCE = 1e-14;
    static final int POINTS = 200;
    static final Sym X = Sym.of("x"), Y = Sym.of("y");
    static final String TRIG5 = "[[cos(x), -sin(x), 0, x, 1], [sin(x), cos(x), exp(y), 0, y], [0, exp(-y), cos(y), -sin(y), x*y],"
            + " [x, 0, sin(y), cos(y), exp(x)], [1, y, x*y, exp(-x), cos(x + y)]]";

    public static void main(String[] args) throws Exception {
        Cofactor session = new Cofactor();
        Expr ddet = ((ScalarValue) session.eval("d(det([[x, x^2], [1, sin x]]), x)")).expr();
        Expr trig5 = ((ScalarValue) session.eval("det(" + TRIG5 + ")")).expr();

        Random random = new Random(2026);
        double[][] points = new double[POINTS][];
        for (int k = 0; k < POINTS; k++) points[k] = new double[] {4 * random.nextDouble() - 2, 4 * random.nextDouble() - 2};

        // compile's values: d det at x; trig5's value and gradient at (x, y), alone and beside the gradient
        var f = Compiler.compile(ddet, List.of(X));
        var v = Compiler.compile(trig5, List.of(X, Y));
        CompiledGradient g = Compiler.compileGradient(trig5, List.of(X, Y));
        double[][] expected = new double[POINTS][], sizes = new double[POINTS][];
        List<Expr> compared = List.of(ddet, trig5, trig5, Derivative.of(trig5, X, Limits.DEFAULT), Derivative.of(trig5, Y, Limits.DEFAULT));
        for (int k = 0; k < POINTS; k++) {
            double[] grad = new double[2];
            double both = g.valueAndGradient(points[k], grad);
            expected[k] = new double[] {f.applyAsDouble(points[k][0]), v.applyAsDouble(points[k]), both, grad[0], grad[1]};
            sizes[k] = new double[compared.size()];
            for (int j = 0; j < compared.size(); j++) sizes[k][j] = termSize(compared.get(j), points[k]);
        }

        Path dir = Files.createTempDirectory("codegen-check");
        boolean ok = true;
        int checked = 0;
        for (Language lang : List.of(Language.C, Language.PYTHON, Language.NUMPY, Language.JAX)) {
            String text = CodeGenerator.generate(CodeGenerator.Request.scalar(ddet, List.of(X), lang, "ddet", false))
                    + "\n" + CodeGenerator.generate(CodeGenerator.Request.scalar(trig5, List.of(X, Y), lang, "trig5", true));
            List<String> lines = run(lang, text, points, dir);
            if (lines == null) continue;
            checked++;
            ok &= compare(lang.label() + (lang == Language.JAX && standIn ? " (NumPy standing in for jax.numpy)" : ""), lines, expected, sizes, points);
        }
        try (var files = Files.walk(dir)) {
            for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) Files.delete(p);
        }
        System.out.println(checked == 0 ? "nothing checked: neither gcc nor python3 is here" : ok ? "all agree" : "DISAGREE");
        System.exit(ok ? 0 : 1);
    }

    /** Whether the JAX code ran with NumPy standing in, JAX not being installed. */
    static boolean standIn;

    /** The program's output, one line of five numbers per point; null when its tool is missing. */
    static List<String> run(Language lang, String code, double[][] points, Path dir) throws IOException, InterruptedException {
        StringBuilder input = new StringBuilder();
        for (double[] p : points) input.append(p[0]).append(' ').append(p[1]).append('\n');
        Files.writeString(dir.resolve("points.txt"), input);
        if (lang == Language.C) {
            if (!onPath("gcc")) { System.out.println("skip c: gcc not found"); return null; }
            // includes appear twice when the two functions' files are joined: harmless in C
            Files.writeString(dir.resolve("generated.c"), code);
            Files.writeString(dir.resolve("driver.c"), """
                    #include <stdio.h>
                    #include "generated.c"
                    int main(void) {
                        double x, y, g[2];
                        while (scanf("%lf %lf", &x, &y) == 2) {
                            double both = trig5_grad(x, y, g);
                            printf("%.17g %.17g %.17g %.17g %.17g\\n", ddet(x), trig5(x, y), both, g[0], g[1]);
                        }
                        return 0;
                    }
                    """);
            exec(dir, null, "gcc", "-O2", "-ffp-contract=off", "-std=c99", "-o", "driver", "driver.c", "-lm");
            return exec(dir, "points.txt", "./driver");
        }
        if (!onPath("python3")) { System.out.println("skip " + lang.label() + ": python3 not found"); return null; }
        String module = "generated_" + lang.label();
        Files.writeString(dir.resolve(module + ".py"), code);
        if (lang == Language.NUMPY || lang == Language.JAX) {
            if (!succeeds(dir, "python3", "-c", "import numpy")) { System.out.println("skip " + lang.label() + ": python3 has no numpy"); return null; }
            String setup = "";
            if (lang == Language.JAX) {
                standIn = !succeeds(dir, "python3", "-c", "import jax");
                if (standIn) {
                    Files.createDirectories(dir.resolve("jax"));
                    Files.writeString(dir.resolve("jax/__init__.py"), "");
                    Files.writeString(dir.resolve("jax/numpy.py"), "from numpy import *\n");
                } else {
                    setup = "import jax\njax.config.update(\"jax_enable_x64\", True)\n";
                }
            }
            // every point at once, as arrays: the generated functions must broadcast
            Files.writeString(dir.resolve("driver.py"), setup + """
                    import numpy as np
                    from %s import ddet, trig5, trig5_grad
                    p = np.loadtxt("points.txt", ndmin=2)
                    x, y = p[:, 0], p[:, 1]
                    both, g = trig5_grad(x, y)
                    for row in zip(ddet(x), trig5(x, y), both, g[0], g[1]):
                        print(" ".join(repr(float(v)) for v in row))
                    """.formatted(module));
        } else {
            Files.writeString(dir.resolve("driver.py"), """
                    from %s import ddet, trig5, trig5_grad
                    for line in open("points.txt"):
                        x, y = map(float, line.split())
                        both, g = trig5_grad(x, y)
                        print(" ".join(repr(v) for v in (ddet(x), trig5(x, y), both, g[0], g[1])))
                    """.formatted(module));
        }
        return exec(dir, null, "python3", "driver.py");
    }

    /**
     * The sum of its terms' magnitudes at the point (its magnitude if it is no sum): the scale of
     * the rounding error its value carries, the error that differs between two programs whose sines
     * differ in the last bit (trig5 is -0.038 at a point where its 46 terms add up to 12.8 in size).
     */
    static double termSize(Expr e, double[] point) {
        DoubleAtPoints at = new DoubleAtPoints(List.of(Map.of(X, point[0], Y, point[1])));
        if (!(e instanceof Add sum)) return Math.abs(at.values(e)[0]);
        double size = Math.abs(at.values(sum.constant())[0]);
        for (int i = 0; i < sum.size(); i++) size += Math.abs(at.values(sum.coef(i))[0] * at.values(sum.term(i))[0]);
        return size;
    }

    static boolean compare(String lang, List<String> lines, double[][] expected, double[][] sizes, double[][] points) {
        String[] what = {"d/dx det(seed)", "trig5", "trig5 beside its gradient", "d trig5/dx", "d trig5/dy"};
        if (lines.size() != expected.length) {
            System.out.println(lang + ": " + lines.size() + " lines for " + expected.length + " points");
            return false;
        }
        double[] worst = new double[what.length], worstPlain = new double[what.length];
        boolean ok = true;
        for (int k = 0; k < expected.length; k++) {
            String[] got = lines.get(k).trim().split("\\s+");
            for (int j = 0; j < what.length; j++) {
                double a = expected[k][j], b = Double.parseDouble(got[j]);
                double rel = a == b ? 0 : Math.abs(a - b) / Math.max(sizes[k][j], Math.max(Math.abs(a), Math.abs(b)));
                worst[j] = Math.max(worst[j], rel);
                worstPlain[j] = Math.max(worstPlain[j], a == b ? 0 : Math.abs(a - b) / Math.max(Math.abs(a), Math.abs(b)));
                if (!(rel <= TOLERANCE)) {
                    ok = false;
                    System.out.printf(Locale.ROOT, "%s: %s at (%s, %s): compile %s, generated %s (%.3g relative to its terms' size %.3g)%n",
                            lang, what[j], points[k][0], points[k][1], a, b, rel, sizes[k][j]);
                }
            }
        }
        StringBuilder sb = new StringBuilder(lang + ": " + expected.length + " points, largest difference from compile relative to the size of the terms:");
        for (int j = 0; j < what.length; j++) sb.append(String.format(Locale.ROOT, " %s %.2g;", what[j], worst[j]));
        System.out.println(sb.substring(0, sb.length() - 1));
        // the plain relative difference too: where it passes 1e-14, the terms cancel (see termSize)
        StringBuilder plain = new StringBuilder("  relative to the value itself:");
        for (int j = 0; j < what.length; j++) plain.append(String.format(Locale.ROOT, " %s %.2g;", what[j], worstPlain[j]));
        System.out.println(plain.substring(0, plain.length() - 1));
        return ok;
    }

    static boolean onPath(String tool) {
        for (String d : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            if (Files.isExecutable(Path.of(d, tool))) return true;
        }
        return false;
    }

    /** Whether a command runs without error in dir; its output is dropped (a probe for a module). */
    static boolean succeeds(Path dir, String... command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectErrorStream(true).start();
        return p.waitFor(120, TimeUnit.SECONDS) && p.exitValue() == 0;
    }

    /** Runs a command in dir (stdin from a file there, or none); its output lines, or null when it failed (its errors printed). */
    static List<String> exec(Path dir, String stdin, String... command) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true);
        if (stdin != null) pb.redirectInput(dir.resolve(stdin).toFile());
        Process p = pb.start();
        List<String> lines = new ArrayList<>(new String(p.getInputStream().readAllBytes()).lines().toList());
        if (!p.waitFor(120, TimeUnit.SECONDS) || p.exitValue() != 0) {
            System.out.println(String.join(" ", command) + " failed:\n" + String.join("\n", lines));
            return null;
        }
        return lines;
    }
}
