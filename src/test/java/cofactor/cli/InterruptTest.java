package cofactor.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cofactor.guard.Limits;
import cofactor.lang.Session;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Ctrl-C (the Evaluator's interrupt) during each kind of long computation: the statement
 * stops cooperatively (its loops call Interrupts.check, well inside the one-second grace after
 * which runaway work is abandoned), and the session keeps its bindings.
 */
class InterruptTest {
    private static final long INTERRUPT_AFTER_MS = 300;

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "det(matrix(a, 11, 11))",
        "expand((1 + x + y + z + w + v)^60)",
        "nterms(d(x^x^x^x^x, x, 40))",
        "eye(1000) * eye(1000)",
        "simplify(expand((x + y + z + sin(x))^25))",
        "adj(matrix(b, 10, 10))",
        "f = compile(expand((1 + x + y + z)^60), [x, y, z])",
    })
    void stopsPromptlyAndKeepsTheSession(String statement) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();
        Session session = new Session();
        session.setLimits(session.limits().withMaxTerms(Long.MAX_VALUE));
        try (Evaluator ev = new Evaluator()) {
            Runner runner = new Runner(session, ev, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8), cofactor.lang.Value::show, false);
            assertTrue(runner.run("keep = [[1, 2], [3, 4]]; g(t) = t^2", "input", 1, false));
            long stoppedIn = interruptAfter(ev, () -> runner.run(statement, "input", 1, false));
            String e = err.toString(StandardCharsets.UTF_8);
            assertTrue(e.equals("error: interrupted\n") || e.isEmpty() || e.startsWith("warning:"), statement + " printed " + e);
            assertTrue(stoppedIn < 900, statement + " took " + stoppedIn + " ms to stop: it does not check for cancellation");
            out.reset();
            assertTrue(runner.run("det(keep) + g(3)", "input", 1, false));
            assertEquals("7\n", out.toString(StandardCharsets.UTF_8).lines().reduce((a, b) -> b).orElse("") + "\n");
        }
    }

    /** A long gd run interrupted returns its best point so far, bound to r. */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"gd", "momentum", "adam"})
    void minimizeReturnsItsBestPointSoFar(String method) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();
        Session session = new Session();
        try (Evaluator ev = new Evaluator()) {
            Runner runner = new Runner(session, ev, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8), cofactor.lang.Value::show, false);
            long stoppedIn = interruptAfter(ev, () -> runner.run("r = minimize(x^2 + y^2, [x, y], start = [1, 1], method = \"" + method
                    + "\", rate = 1e-9, steps = 10^9);", "input", 1, false));
            assertTrue(stoppedIn < 900, "took " + stoppedIn + " ms");
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
        }
    }

    /** Runs work, interrupts it after a while, and returns how long it took to stop after the interrupt. */
    private static long interruptAfter(Evaluator ev, Runnable work) {
        ScheduledExecutorService s = Executors.newSingleThreadScheduledExecutor();
        long[] at = new long[1];
        s.schedule(() -> { at[0] = System.nanoTime(); ev.interrupt(); }, INTERRUPT_AFTER_MS, TimeUnit.MILLISECONDS);
        work.run();
        long end = System.nanoTime();
        s.shutdownNow();
        assertTrue(at[0] != 0, "the work ended before the interrupt: make it longer");
        return (end - at[0]) / 1_000_000;
    }
}
