package cofactor.bench;

import cofactor.expr.Add;
import cofactor.expr.Expr;
import cofactor.expr.Num;
import cofactor.matrix.Det;
import cofactor.matrix.Matrix;
import cofactor.poly.Converter;
import cofactor.poly.Expand;
import cofactor.poly.Poly;
import cofactor.poly.Ring;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Polynomial multiplication side by side in one run (issue 14): Fateman's benchmark
 * f·(f + 1) for f = (1+x+y+z+t)^20 and ^30, expand((1+x+y+z)^100), the 10×10 generic
 * determinant and a 6×6 determinant of random dense cubics in x, y, z.
 * Giac (one thread: its polynomial product on symb2poly polynomials, and expand/normal
 * on expressions), SymPy's ring and Maxima's rat run first, each case in its own
 * time-boxed subprocess so that they do not compete for the CPU; Cofactor runs last,
 * in process (warm JVM: untimed runs first; median of repeats, wall clock: a large product uses both cores; and the
 * process's CPU seconds, comparable with Giac's on a busy machine).
 * Run from the repository root:
 * {@code java -cp bench/target/benchmarks.jar cofactor.bench.FatemanBench [timeoutSeconds] [repeats]}
 */
public final class FatemanBench {
    /** A row: Cofactor's computation (returning its result's term count) and the other systems' scripts (null: not run). */
    record Case(String name, Supplier<Long> cofactor, int warmUps, int repeats, String giacSetup, String giacTimed,
                String giacPolySetup, String giacPolyTimed, String sympySetup, String sympyTimed,
                String maximaSetup, String maximaTimed) {}

    /**
     * Untimed runs before the timed ones of a short case: the compiler settles the kernels and
     * the code around them (the sort, the nodes) only after a few runs; one warm-up left the
     * Fateman product's timed runs at 0.93, 0.56, 0.53 s of CPU where later ones take 0.38 s.
     */
    static final int WARM_UPS = 5;

    public static void main(String[] args) throws Exception {
        double timeout = args.length > 0 ? Double.parseDouble(args[0]) : 60;
        int repeats = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        System.out.println("load average before: " + loadAverage());

        Expr f20 = Expand.of(Expr.pow(sum("1", "x", "y", "z", "t"), 20), Matrices.UNLIMITED);
        Expr f30 = Expand.of(Expr.pow(sum("1", "x", "y", "z", "t"), 30), Matrices.UNLIMITED);
        Expr p100 = Expr.pow(sum("1", "x", "y", "z"), 100);
        Matrix g10 = Matrices.generic(10);
        Matrix cubic6 = cubics(6, new Random(6));
        String cubicGiac = giacMatrix(cubic6);

        String fx = "(1+x+y+z+t)";
        List<Case> cases = List.of(
            new Case("fateman20", () -> terms(Expand.of(Expr.mul(f20, Expr.add(f20, Num.ONE)), Matrices.UNLIMITED)), WARM_UPS, repeats,
                "f:=expand(" + fx + "^20):;", "normal(f*(f+1))",
                "p:=symb2poly(expand(" + fx + "^20),[x,y,z,t]):;", "p*(p+1)",
                "R, x, y, z, t = ring('x,y,z,t', ZZ); f = (1+x+y+z+t)**20", "f*(f+1)",
                "f: rat((1+x+y+z+t)^20)$", "f*(f+1)$"),
            new Case("fateman30", () -> terms(Expand.of(Expr.mul(f30, Expr.add(f30, Num.ONE)), Matrices.UNLIMITED)), 0, 1,
                null, null,
                "p:=symb2poly(expand(" + fx + "^30),[x,y,z,t]):;", "p*(p+1)",
                null, null, null, null),
            new Case("expand100", () -> terms(Expand.of(p100, Matrices.UNLIMITED)), WARM_UPS, repeats,
                "", "expand((1+x+y+z)^100)",
                "p:=symb2poly(1+x+y+z,[x,y,z]):;", "p^100",
                "R, x, y, z = ring('x,y,z', ZZ)", "(1+x+y+z)**100",
                "", "rat((1+x+y+z)^100)$"),
            new Case("det10", () -> terms(Det.of(g10, Matrices.UNLIMITED)), 1, Math.max(2, repeats / 2),
                null, null, null, null, null, null, null, null),
            new Case("det6cubic", () -> terms(Det.of(cubic6, Matrices.UNLIMITED)), WARM_UPS, repeats,
                "M:=" + cubicGiac + ":;", "det(M)",
                null, null, null, null, null, null));

        Map<String, String> giac = new LinkedHashMap<>(), giacPoly = new LinkedHashMap<>(), sympy = new LinkedHashMap<>(), maxima = new LinkedHashMap<>();
        for (Case c : cases) {
            if (c.giacTimed != null) giac.put(c.name, runGiac(c.giacSetup, c.giacTimed, timeout));
            if (c.giacPolyTimed != null) giacPoly.put(c.name, runGiac(c.giacPolySetup, c.giacPolyTimed, timeout));
            if (c.sympyTimed != null) sympy.put(c.name, runSympy(c.sympySetup, c.sympyTimed, timeout));
            if (c.maximaTimed != null) maxima.put(c.name, runMaxima(c.maximaSetup, c.maximaTimed, timeout));
        }
        System.out.println("load average after the others: " + loadAverage());

        Map<String, double[]> ours = new LinkedHashMap<>(), oursCpu = new LinkedHashMap<>();
        Map<String, Long> sizes = new LinkedHashMap<>();
        for (Case c : cases) {
            for (int w = 0; w < c.warmUps; w++) c.cofactor.get();
            double[] t = new double[c.repeats], cpu = new double[c.repeats];
            for (int r = 0; r < c.repeats; r++) {
                long c0 = processCpu(), t0 = System.nanoTime();
                sizes.put(c.name, c.cofactor.get());
                t[r] = (System.nanoTime() - t0) / 1e9;
                cpu[r] = (processCpu() - c0) / 1e9;
            }
            ours.put(c.name, t);
            oursCpu.put(c.name, cpu);
        }
        System.out.println("load average after Cofactor: " + loadAverage());

        System.out.printf("%n%-10s %9s %10s %12s %12s %12s %10s %10s %12s%n", "case", "terms", "Cofactor", "Giac poly", "Giac expr", "Giac/ours",
                "SymPy", "Maxima", "(s, median)");
        for (Case c : cases) {
            double m = median(ours.get(c.name));
            String gp = giacPoly.getOrDefault(c.name, "-"), ge = giac.getOrDefault(c.name, "-");
            String ratio = seconds(gp) > 0 ? String.format("%.2f", seconds(gp) / m) : seconds(ge) > 0 ? String.format("%.2f (expr)", seconds(ge) / m) : "-";
            System.out.printf("%-10s %9d %10.3f %12s %12s %12s %10s %10s   runs %s, CPU of the process [%.3f] %s%n", c.name, sizes.get(c.name), m, gp, ge,
                    ratio, sympy.getOrDefault(c.name, "-"), maxima.getOrDefault(c.name, "-"), Arrays.toString(round(ours.get(c.name))),
                    median(oursCpu.get(c.name)), Arrays.toString(round(oursCpu.get(c.name))));
        }
        System.out.println("Giac: wall seconds of time(...) with threads:=1 (CPU seconds in brackets); SymPy: ring arithmetic; Maxima: rat, elapsed.");

        // The products alone, on polynomials made beforehand: what Giac's time(p*(p+1)) on symb2poly polynomials measures.
        Map<String, Supplier<Long>> internal = new LinkedHashMap<>();
        internal.put("fateman20", product(f20, Expr.add(f20, Num.ONE)));
        internal.put("fateman30", product(f30, Expr.add(f30, Num.ONE)));
        internal.put("expand100", power(sum("1", "x", "y", "z"), 100));
        System.out.printf("%n%-10s %14s %12s %10s   (polynomials to polynomial, s, median; load average %s)%n", "case", "Cofactor poly", "Giac poly", "Giac/ours", loadAverage());
        for (Map.Entry<String, Supplier<Long>> e : internal.entrySet()) {
            boolean once = e.getKey().equals("fateman30");
            for (int w = 0; w < (once ? 0 : WARM_UPS); w++) e.getValue().get();
            double[] t = new double[once ? 1 : repeats];
            for (int r = 0; r < t.length; r++) {
                long t0 = System.nanoTime();
                e.getValue().get();
                t[r] = (System.nanoTime() - t0) / 1e9;
            }
            double m = median(t);
            String gp = giacPoly.getOrDefault(e.getKey(), "-");
            System.out.printf("%-10s %14.3f %12s %10s   runs %s%n", e.getKey(), m, gp, seconds(gp) > 0 ? String.format("%.2f", seconds(gp) / m) : "-",
                    Arrays.toString(round(t)));
        }
    }

    /** f·g on polynomials converted once (the ring holds the product's exponents); returns the product's term count. */
    static Supplier<Long> product(Expr f, Expr g) {
        Converter c = new Converter(Matrices.UNLIMITED);
        Converter.Plan pf = c.plan(f), pg = c.plan(g);
        Ring ring = c.ring(pf.kernelIds(), doubled(pf, pf.kernelIds()));
        Poly a = c.toPoly(pf, ring, false), b = c.toPoly(pg, ring, false);
        return () -> (long) a.times(b).size();
    }

    /** base^n on a polynomial converted once; returns the power's term count. */
    static Supplier<Long> power(Expr base, int n) {
        Converter c = new Converter(Matrices.UNLIMITED);
        Converter.Plan p = c.plan(base);
        int[] ids = p.kernelIds(), degs = new int[ids.length];
        for (int i = 0; i < ids.length; i++) degs[i] = n * p.degree(ids[i]);
        Poly a = c.toPoly(p, c.ring(ids, degs), false);
        return () -> (long) a.pow(n).size();
    }

    private static int[] doubled(Converter.Plan p, int[] ids) {
        int[] d = new int[ids.length];
        for (int i = 0; i < ids.length; i++) d[i] = 2 * p.degree(ids[i]);
        return d;
    }

    static Expr sum(String... names) {
        List<Expr> t = new ArrayList<>();
        for (String n : names) t.add(n.equals("1") ? Num.ONE : Expr.sym(n));
        return Expr.add(t);
    }

    static long terms(Expr e) { return e instanceof Add a ? a.size() + (a.constant().isZero() ? 0 : 1) : 1; }

    /** An n×n matrix of random dense polynomials of degree 3 in x, y, z: every monomial, coefficients in ±1..99. */
    static Matrix cubics(int n, Random r) {
        Expr[] e = new Expr[n * n];
        Expr[] xyz = {Expr.sym("x"), Expr.sym("y"), Expr.sym("z")};
        for (int k = 0; k < e.length; k++) {
            List<Expr> terms = new ArrayList<>();
            for (int a = 0; a <= 3; a++) for (int b = 0; a + b <= 3; b++) for (int c = 0; a + b + c <= 3; c++) {
                int coef = (r.nextInt(99) + 1) * (r.nextBoolean() ? 1 : -1);
                terms.add(Expr.mul(List.of(Num.of(coef), Expr.pow(xyz[0], a), Expr.pow(xyz[1], b), Expr.pow(xyz[2], c))));
            }
            e[k] = Expr.add(terms);
        }
        return Matrix.of(n, n, e);
    }

    static String giacMatrix(Matrix m) {
        StringBuilder s = new StringBuilder("[");
        for (int i = 0; i < m.rows(); i++) {
            s.append(i > 0 ? ",[" : "[");
            for (int j = 0; j < m.cols(); j++) s.append(j > 0 ? "," : "").append(m.get(i, j).toString());
            s.append("]");
        }
        return s.append("]").toString();
    }

    // ---- the other systems, each case in its own process
    private static final Pattern GIAC_TIME = Pattern.compile("^\\[([0-9.e+-]+),([0-9.e+-]+)\\]\\s*$", Pattern.MULTILINE);
    private static final Pattern MAXIMA_TIME = Pattern.compile("Evaluation took ([0-9.]+) seconds \\(([0-9.]+) elapsed\\)");
    private static final Pattern SYMPY_TIME = Pattern.compile("^seconds ([0-9.e+-]+)$", Pattern.MULTILINE);

    /** "wall [cpu]" of Giac's time(...), which gives [CPU, real] seconds. */
    static String runGiac(String setup, String timed, double timeout) throws Exception {
        String script = "threads:=1;\n" + setup + "\ntime(r2:=" + timed + ");\n";
        String out = run(List.of("giac"), script, timeout);
        if (out == null) return String.format("> %.0f", timeout);
        Matcher m = GIAC_TIME.matcher(out);
        String last = null;
        while (m.find()) last = String.format("%.3f [%.2f]", Double.parseDouble(m.group(2)), Double.parseDouble(m.group(1)));
        return last == null ? "failed" : last;
    }

    static String runSympy(String setup, String timed, double timeout) throws Exception {
        String script = "import time\nfrom sympy import ring, ZZ\n" + setup + "\nt0 = time.perf_counter()\n_r = " + timed
                + "\nprint('seconds', time.perf_counter() - t0)\n";
        String out = run(List.of("python3", "-c", script), "", timeout);
        if (out == null) return String.format("> %.0f", timeout);
        Matcher m = SYMPY_TIME.matcher(out);
        return m.find() ? String.format("%.3f", Double.parseDouble(m.group(1))) : "failed";
    }

    static String runMaxima(String setup, String timed, double timeout) throws Exception {
        String script = setup + "\nshowtime:true$\n" + timed + "\nshowtime:false$\n";
        String out = run(List.of("maxima", "--very-quiet"), script, timeout);
        if (out == null) return String.format("> %.0f", timeout);
        Matcher m = MAXIMA_TIME.matcher(out);
        List<String> elapsed = new ArrayList<>();
        while (m.find()) elapsed.add(m.group(2));
        // the first line times showtime:true itself, the second the statement
        return elapsed.size() >= 2 ? String.format("%.3f", Double.parseDouble(elapsed.get(1))) : "failed";
    }

    /** The output of a command fed the input, or null when it ran past the timeout (then it is killed). */
    static String run(List<String> command, String input, double timeout) throws Exception {
        Path out = Files.createTempFile("fateman", ".out");
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(out.toFile()).start();
            p.getOutputStream().write(input.getBytes(StandardCharsets.UTF_8));
            p.getOutputStream().close();
            if (!p.waitFor((long) (timeout * 1000), TimeUnit.MILLISECONDS)) {
                p.descendants().forEach(ProcessHandle::destroyForcibly);
                p.destroyForcibly();
                p.waitFor();
                return null;
            }
            return Files.readString(out, StandardCharsets.UTF_8);
        } finally {
            Files.deleteIfExists(out);
        }
    }

    static double seconds(String shown) {
        try {
            return Double.parseDouble(shown.split(" ")[0]);
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /** CPU nanoseconds of this process, all threads (both cores' work, the collector's and the compiler's): what a busy machine does not inflate as it does wall time. */
    static long processCpu() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).trim();
        } catch (IOException e) {
            return "unknown";
        }
    }

    static double median(double[] t) {
        double[] s = t.clone();
        Arrays.sort(s);
        return s[s.length / 2];
    }

    static double[] round(double[] t) {
        double[] r = new double[t.length];
        for (int i = 0; i < t.length; i++) r[i] = Math.round(t[i] * 1000) / 1000.0;
        return r;
    }
}
