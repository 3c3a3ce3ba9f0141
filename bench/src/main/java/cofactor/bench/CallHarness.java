package cofactor.bench;

import cofactor.compile.CompiledFunction;
import cofactor.lang.CompiledFunctionValue;
import cofactor.lang.Interpreter;
import cofactor.lang.Parser;
import cofactor.lang.Session;
import cofactor.lang.ast.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.DoubleSupplier;

/**
 * What a call of a compiled function costs from the language, beside the kernel itself:
 * {@code f = compile(sin(x)*x^2 + exp(-x), [x])}, then the statement {@code f(1.3)} (and
 * {@code f(t)} with t bound) parsed once and executed many times by the interpreter, as a
 * user function's body or a sweep's statement is. Also, for the record, the same statement
 * parsed from its text each time. Each case's best round after a warm-up.
 *
 * <p>Run: {@code java -cp bench/target/benchmarks.jar cofactor.bench.CallHarness}
 */
public final class CallHarness {
    public static void main(String[] args) {
        Session session = new Session();
        Interpreter interpreter = new Interpreter(session);
        run(interpreter, "f = compile(sin(x)*x^2 + exp(-x), [x]); t = 1.3; g(s) = f(s) + 1");
        CompiledFunction f = ((CompiledFunctionValue) session.lookup("f")).function();
        Statement literal = parse(session, "f(1.3)"), bound = parse(session, "f(t)"), user = parse(session, "g(1.3)");
        Map<String, DoubleSupplier> cases = new LinkedHashMap<>();
        double[] x = {1.3};
        cases.put("kernel f.applyAsDouble(1.3)", () -> f.applyAsDouble(x[0] += 1e-15));
        cases.put("statement f(1.3), parsed once", () -> number(interpreter.execute(literal)));
        cases.put("statement f(t), t = 1.3", () -> number(interpreter.execute(bound)));
        cases.put("statement g(1.3), g(s) = f(s) + 1", () -> number(interpreter.execute(user)));
        cases.put("text \"f(1.3)\" parsed and run", () -> number(interpreter.execute(parse(session, "f(1.3)"))));
        Map<String, Double> best = new LinkedHashMap<>();
        double sink = 0;
        for (int round = 0; round < 200; round++) {
            for (Map.Entry<String, DoubleSupplier> c : cases.entrySet()) {
                int calls = c.getKey().startsWith("text") ? 200 : 20_000;
                long t0 = System.nanoTime();
                for (int i = 0; i < calls; i++) sink += c.getValue().getAsDouble();
                double ns = (System.nanoTime() - t0) / (double) calls;
                if (round >= 50) best.merge(c.getKey(), ns, Math::min);
            }
        }
        double kernel = best.get("kernel f.applyAsDouble(1.3)");
        for (Map.Entry<String, Double> e : best.entrySet()) {
            System.out.printf("%-38s %10.1f ns   beyond the kernel %10.1f ns%n", e.getKey(), e.getValue(), e.getValue() - kernel);
        }
        if (sink == 42) System.out.println();
    }

    private static double number(cofactor.lang.Value v) { return ((cofactor.lang.ScalarValue) v).expr().hashCode(); }

    private static Statement parse(Session session, String text) {
        return Parser.parse(text, "bench", 1, session.builtins().prefixNames()).get(0);
    }

    private static void run(Interpreter interpreter, String text) {
        List<Statement> statements = Parser.parse(text, "bench", 1, interpreter.session().builtins().prefixNames());
        for (Statement s : statements) interpreter.execute(s);
    }
}
