package cofactor.bench;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.DoubleSupplier;

/**
 * The CompileBench functions side by side in one process, each timed as the
 * best of many short rounds after a long warm-up (large generated methods take
 * the JIT a while). On a shared, loaded machine the minimum is the stable
 * figure; JMH's averages there carry wide error bars.
 *
 * <p>Run: {@code java -cp bench/target/benchmarks.jar cofactor.bench.CompileHarness}; with the
 * argument {@code family}, value+gradient against value for the poly6 pattern at n = 3 … 6.
 */
public final class CompileHarness {
    public static void main(String[] args) {
        if (args.length > 0 && args[0].equals("family")) { family(); return; }
        CompileBench b = new CompileBench();
        b.setup();
        Map<String, DoubleSupplier> cases = new LinkedHashMap<>();
        cases.put("det2Compiled", b::det2Compiled);
        cases.put("det2Hand", b::det2Hand);
        cases.put("det2TreeWalk", b::det2TreeWalk);
        cases.put("trig5Compiled", b::trig5Compiled);
        cases.put("trig5HandLU", b::trig5HandLU);
        cases.put("trig5EntriesOnly", b::trig5EntriesOnly);
        cases.put("trig5TreeWalk", b::trig5TreeWalk);
        cases.put("trig5ValueAndGradient", b::trig5ValueAndGradient);
        cases.put("shared5Compiled", b::shared5Compiled);
        cases.put("shared5ValueAndGradient", b::shared5ValueAndGradient);
        cases.put("poly6Compiled", b::poly6Compiled);
        cases.put("poly6HandLU", b::poly6HandLU);
        cases.put("poly6TreeWalk", b::poly6TreeWalk);
        cases.put("poly6ValueAndGradient", b::poly6ValueAndGradient);
        cases.put("poly6ExpandedCompiled", b::poly6ExpandedCompiled);
        cases.put("poly6ExpandedValueAndGradient", b::poly6ExpandedValueAndGradient);
        double sink = 0;
        Map<String, Double> best = new LinkedHashMap<>();
        for (String name : cases.keySet()) best.put(name, Double.MAX_VALUE);
        for (int round = 0; round < 300; round++) {
            for (Map.Entry<String, DoubleSupplier> c : cases.entrySet()) {
                DoubleSupplier f = c.getValue();
                int calls = c.getKey().endsWith("TreeWalk") ? 20 : 2000;
                long t0 = System.nanoTime();
                for (int i = 0; i < calls; i++) sink += f.getAsDouble();
                double ns = (System.nanoTime() - t0) / (double) calls;
                if (round >= 100) best.merge(c.getKey(), ns, Math::min);
            }
        }
        for (Map.Entry<String, Double> e : best.entrySet()) System.out.printf("%-30s %12.1f ns%n", e.getKey(), e.getValue());
        System.out.printf("compiled / hand-written (det2): %.2f%n", best.get("det2Compiled") / best.get("det2Hand"));
        System.out.printf("value+gradient / value: trig5 %.2f, shared5 %.2f, poly6 %.2f, poly6 expanded %.2f%n",
                best.get("trig5ValueAndGradient") / best.get("trig5Compiled"), best.get("shared5ValueAndGradient") / best.get("shared5Compiled"),
                best.get("poly6ValueAndGradient") / best.get("poly6Compiled"),
                best.get("poly6ExpandedValueAndGradient") / best.get("poly6ExpandedCompiled"));
        if (sink == 42) System.out.println();
    }

    private static void family() {
        double[] v = {0.3, -0.2, 0.5, 0.9, -0.7, 0.1, 0.4, -0.6, 0.8, 0.2}, g = new double[10];
        for (int n = 3; n <= 6; n++) {
            cofactor.expr.Expr det = Matrices.leibniz(Matrices.poly(n));
            cofactor.compile.CompiledFunction f = cofactor.compile.Compiler.compile(det, Matrices.vars10());
            cofactor.compile.CompiledGradient fg = cofactor.compile.Compiler.compileGradient(det, Matrices.vars10());
            double value = Double.MAX_VALUE, both = Double.MAX_VALUE, sink = 0;
            for (int round = 0; round < 400; round++) {
                long t0 = System.nanoTime();
                for (int i = 0; i < 2000; i++) { v[0] += 1e-12; sink += f.applyAsDouble(v); }
                long t1 = System.nanoTime();
                for (int i = 0; i < 2000; i++) { v[0] += 1e-12; sink += fg.valueAndGradient(v, g); }
                long t2 = System.nanoTime();
                if (round >= 200) { value = Math.min(value, (t1 - t0) / 2000.0); both = Math.min(both, (t2 - t1) / 2000.0); }
            }
            System.out.printf("n = %d: %5d / %5d operations, value %8.1f ns, value+gradient %8.1f ns, ratio %.2f%s%n",
                    n, f.operations(), fg.operations(), value, both, both / value, sink == 42 ? " " : "");
        }
    }
}
