package cofactor.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cofactor.lang.Session;
import cofactor.lang.Value;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Ctrl-C (the Evaluator's interrupt) in each kind of long loop: the interrupt is
 * sent once the statement's worker is seen inside that loop, and the statement
 * must then stop by itself, through an Interrupts.check in the loop, with
 * "interrupted" — the grace period never ends, so nothing is abandoned — and the
 * session keeps its bindings. No clock is read: what is asserted is what the
 * code did.
 */
class InterruptTest {
    /** A grace period that never ends: a statement that stops has stopped by itself. */
    private static final long PATIENT = Long.MAX_VALUE;

    private static final String BIG = "p = expand((1 + x + y + z)^60);";

    @ParameterizedTest(name = "{1} in {2}")
    @CsvSource(delimiter = '|', value = {
        "                                        | det(matrix(a, 11, 11))                      | matrix.PolyMatrix.laplaceDet",
        "                                        | adj(matrix(b, 10, 10))                      | matrix.PolyMatrix.laplaceMinorsOfRow",
        "                                        | expand((1 + x + y + z + w + v)^60)          | poly.Poly.multinomial",
        "f = expand((1 + x + y + z + t)^20);      | expand(f*(f + 1))                           | poly.BlockProduct.range",
        "                                        | nterms(d(x^x^x^x^x, x, 40))                 | calculus.Derivative.apply",
        "                                        | eye(1000) * eye(1000)                       | matrix.Matrix.times",
        "                                        | simplify(expand((x + y + z + sin(x))^25))   | symja.SymjaBridge.run",
        BIG + "                                  | f = compile(p, [x, y, z])                   | compile.Lowering.lower",
        BIG + "                                  | f = compile(p, [x, y, z])                   | compile.Horner.scheme",
        BIG + "                                  | f = compile(p, [x, y, z])                   | compile.Emitter.emitChunked",
        BIG + "                                  | r = minimize(p, [x, y, z])                  | compile.Reverse.gradient",
        "p = expand((1 + x + y + z + w)^30);      | N(p)                                        | numeric.BottomUp.fold",
        "p = expand((1 + x + y + z + w + v)^25); | p                                           | expr.Printer.displayOrder",
        "A = adj(matrix(a, 7, 7));                | A                                           | expr.Printer.displayOrder",
    })
    void stopsByItselfAndKeepsTheSession(String setup, String statement, String loop) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();
        Session session = new Session();
        session.setLimits(session.limits().withMaxTerms(Long.MAX_VALUE));
        try (Evaluator ev = new Evaluator(PATIENT)) {
            Runner runner = new Runner(session, ev, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8), Value::show, false);
            assertTrue(runner.run("keep = [[1, 2], [3, 4]]; g(t) = t^2;" + (setup == null ? "" : setup), "input", 1, false));
            Object before = session.lookup("keep");
            boolean ok = interruptInside(ev, "cofactor." + loop, 1, () -> runner.run(statement, "input", 1, false));
            assertEquals("error: interrupted\n", err.toString(StandardCharsets.UTF_8), statement + " in " + loop);
            assertTrue(!ok && ev.abandoned() == 0);
            assertTrue(before == session.lookup("keep"));
            out.reset();
            assertTrue(runner.run("det(keep) + g(3)", "input", 1, false));
            assertEquals("7\n", out.toString(StandardCharsets.UTF_8));
        }
    }

    /** A long run interrupted in its iterations returns its best point so far, bound to r. */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"gd", "momentum", "adam"})
    void minimizeReturnsItsBestPointSoFar(String method) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();
        Session session = new Session();
        try (Evaluator ev = new Evaluator(PATIENT)) {
            Runner runner = new Runner(session, ev, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8), Value::show, false);
            // seen inside the method's step three times, a millisecond or more apart: an interrupt
            // there is noticed after that step, so at least one step is taken however slow the machine
            String step = "cofactor.optimize." + Map.of("gd", "GradientDescent", "momentum", "Momentum", "adam", "Adam").get(method) + ".step";
            interruptInside(ev, step, 3, () -> runner.run("r = minimize(x^2 + y^2, [x, y], start = [1, 1], method = \""
                    + method + "\", rate = 1e-9, steps = 10^9);", "input", 1, false));
            assertEquals("", err.toString(StandardCharsets.UTF_8));
            assertTrue(runner.run("r.steps\nr.x", "input", 1, false));
            String[] shown = out.toString(StandardCharsets.UTF_8).strip().split("\n");
            long steps = Long.parseLong(shown[0]);
            assertTrue(steps > 0 && steps < 1_000_000_000L, "steps " + steps);
            String[] x = shown[1].replaceAll("[\\[\\] ]", "").split(",");
            double x0 = Double.parseDouble(x[0]);
            assertEquals(x[0], x[1]); // symmetric problem, symmetric path
            assertTrue(x0 > 0 && x0 < 1, shown[1]);
            // gd on x^2 + y^2: each step multiplies x by (1 - 2 rate), so the point shown is the one after r.steps steps
            if (method.equals("gd")) assertEquals(Math.pow(1 - 2e-9, steps), x0, 1e-9);
            assertEquals(0, ev.abandoned());
        }
    }

    /**
     * Runs the statement and sends Ctrl-C once its worker has been seen inside the
     * method (class name and method name) that many times; returns what the
     * statement returned.
     */
    static boolean interruptInside(Evaluator ev, String method, int sightings, java.util.function.BooleanSupplier statement) {
        boolean[] seen = new boolean[1];
        Thread watcher = new Thread(() -> {
            int count = 0;
            while (!Thread.currentThread().isInterrupted()) {
                if (inside(method) && ++count == sightings) {
                    seen[0] = true;
                    ev.interrupt();
                    return;
                }
                try {
                    Thread.sleep(1); // each look stops every thread for a moment: let the worker run between them
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "interrupt-watcher");
        watcher.setDaemon(true);
        watcher.start();
        boolean ok = statement.getAsBoolean();
        watcher.interrupt();
        try {
            watcher.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        assertTrue(seen[0], "the statement ended before it was seen in " + method + ": make it longer");
        return ok;
    }

    /** Whether an evaluator's worker is running the method now. */
    private static boolean inside(String method) {
        for (Map.Entry<Thread, StackTraceElement[]> t : Thread.getAllStackTraces().entrySet()) {
            if (!t.getKey().getName().equals("cofactor-eval")) continue;
            for (StackTraceElement f : t.getValue()) if (method.equals(f.getClassName() + "." + f.getMethodName())) return true;
        }
        return false;
    }
}
