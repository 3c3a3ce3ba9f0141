package cofactor.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cofactor.lang.Session;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * A long session with random time limits (including huge and refused ones) and
 * Ctrl-Cs sent from another thread at random moments, statement by statement as
 * the piped REPL runs them. It must never print a Java stack trace or
 * NoClassDefFoundError (on its streams or the process's), never let an exception
 * escape a thread, never lose or change a binding it had, and never let a
 * statement reported as failed bind its name later.
 *
 * <p>{@code -Dstress.count=100000} runs a longer session, {@code -Dstress.seed=N}
 * another one, {@code -Dstress.show} prints the statements that failed and why.
 */
class SessionStressTest {
    private static final String[] TIMEOUTS = {"0", "0", "0.001", "0.003", "0.01", "0.03", "0.1", "1", "1e10", "1e16", "1e400", "-1"};
    private static final String[] METHODS = {"gd", "momentum", "adam", "newton", "lbfgs"};

    @Test void randomTimeLimitsAndInterruptsLoseNothing() throws InterruptedException {
        int count = Integer.getInteger("stress.count", 1500);
        long seed = Long.getLong("stress.seed", 11);
        Random random = new Random(seed);
        String context = "seed " + seed + " (-Dstress.seed=" + seed + ")";

        Map<String, Object> bound = new HashMap<>();      // names bound by statements that succeeded
        Map<String, Object> afterFailure = new HashMap<>(); // names of failed statements, as they were when reported
        Map<Character, List<String>> names = new HashMap<>(); // by their first letter: v values, g functions, f compiled, r results
        List<Throwable> escaped = Collections.synchronizedList(new ArrayList<>());
        int[] outcomes = new int[4]; // ok, interrupted, over the time limit, other errors
        List<String> givenUp = new ArrayList<>(); // statements that did not stop within the grace period

        ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream(), processErr = new ByteArrayOutputStream();
        PrintStream systemErr = System.err;
        Thread.UncaughtExceptionHandler handler = Thread.getDefaultUncaughtExceptionHandler();
        System.setErr(new PrintStream(processErr, true, StandardCharsets.UTF_8));
        Thread.setDefaultUncaughtExceptionHandler((t, e) -> escaped.add(e));
        Session session = new Session();
        Thread interrupter = null;
        try (Evaluator ev = new Evaluator()) {
            Runner runner = new Runner(session, ev, new PrintStream(out, true, StandardCharsets.UTF_8),
                    new PrintStream(err, true, StandardCharsets.UTF_8), Grid::show, true);
            interrupter = interrupter(ev, new Random(seed + 1));
            for (int i = 0; i < count; i++) {
                String[] named = new String[1];
                String statement = statement(random, i, named, names);
                int abandoned = ev.abandoned();
                boolean ok = runner.run(statement, "input", i + 1, true);
                if (ev.abandoned() > abandoned) givenUp.add(statement);
                String e = err.toString(StandardCharsets.UTF_8), o = out.toString(StandardCharsets.UTF_8);
                assertNoJavaTrace(e + o, context + ", statement " + i + ": " + statement);
                outcomes[ok ? 0 : e.contains("interrupted") ? 1 : e.contains("time limit") ? 2 : 3]++;
                out.reset();
                err.reset();
                if (named[0] != null) {
                    if (ok) {
                        bound.put(named[0], session.lookup(named[0]));
                        names.computeIfAbsent(named[0].charAt(0), k -> new ArrayList<>()).add(named[0]);
                    } else {
                        afterFailure.put(named[0], session.lookup(named[0]));
                    }
                }
                if (i % 100 == 99 || i == count - 1) assertNothingLost(session, bound, afterFailure, context + ", after statement " + i);
                if (System.getProperty("stress.show") != null && !ok) systemErr.println(statement + " -> " + e.strip());
            }
        } finally {
            if (interrupter != null) {
                interrupter.interrupt();
                interrupter.join();
            }
            System.setErr(systemErr);
            Thread.setDefaultUncaughtExceptionHandler(handler);
        }
        assertEquals(List.of(), escaped, context);
        assertNoJavaTrace(processErr.toString(StandardCharsets.UTF_8), context + ", the process's error stream");
        assertTrue(outcomes[0] > count / 4 && outcomes[1] + outcomes[2] > 0, context + ": " + java.util.Arrays.toString(outcomes));
        System.out.printf("%d statements (seed %d): %d ran, %d interrupted, %d over their time limit, %d other errors; %d bindings kept; given up on: %s%n",
                count, seed, outcomes[0], outcomes[1], outcomes[2], outcomes[3], bound.size(), givenUp);
    }

    /** Sends Ctrl-C every few milliseconds (between statements too, where it must reach none). */
    private static Thread interrupter(Evaluator ev, Random random) {
        Thread t = new Thread(() -> {
            try {
                while (true) {
                    Thread.sleep(random.nextInt(40));
                    ev.interrupt();
                }
            } catch (InterruptedException e) {
                // the session is over
            }
        }, "stress-interrupter");
        t.setDaemon(true);
        t.start();
        return t;
    }

    private static void assertNoJavaTrace(String text, String context) {
        for (String s : new String[] {"Exception", "Error:", "\tat ", "NoClassDefFoundError", "internal error", "FATAL"}) {
            assertTrue(!text.contains(s), context + " printed " + text);
        }
    }

    private static void assertNothingLost(Session session, Map<String, Object> bound, Map<String, Object> afterFailure, String context) {
        bound.forEach((name, value) -> assertSame(value, session.lookup(name), context + ": " + name + " changed or was lost"));
        afterFailure.forEach((name, value) -> assertSame(value, session.lookup(name), context + ": the failed statement binding " + name + " changed it later"));
    }

    private static String square(int n) { return "matrix(a, " + n + ", " + n + ")"; }

    /** One random statement; names[0] is set to the name it binds, if it binds one (each such name is new). */
    private static String statement(Random r, int i, String[] named, Map<Character, List<String>> names) {
        Function<Character, String> any = kind -> {
            List<String> list = names.get(kind);
            return list == null ? null : list.get(r.nextInt(list.size()));
        };
        int n = r.nextInt(100);
        if (n < 10) return "set(timeout = " + TIMEOUTS[r.nextInt(TIMEOUTS.length)] + ")";
        if (n < 22) {
            named[0] = "v" + i;
            return named[0] + " = " + (1 + r.nextInt(9)) + "*x^2 + " + i + (r.nextBoolean() ? ";" : "");
        }
        if (n < 27) {
            named[0] = "g" + i;
            return named[0] + "(t) = t^" + (1 + r.nextInt(5)) + " + " + i;
        }
        if (n < 31 && any.apply('v') != null) return any.apply('v') + " + 1";
        if (n < 33 && any.apply('g') != null) return any.apply('g') + "(" + r.nextInt(10) + ")";
        if (n < 35 && any.apply('f') != null) return any.apply('f') + "(0.1, 0.2)";
        if (n < 37 && any.apply('r') != null) return any.apply('r') + ".x";
        if (n < 42) {
            named[0] = "f" + i;
            return named[0] + " = compile(expand((1 + x + y)^" + (5 + r.nextInt(60)) + "), [x, y])";
        }
        if (n < 47) {
            named[0] = "r" + i;
            return named[0] + " = minimize((x-1)^2 + (y-2)^4, [x, y], method = \"" + METHODS[r.nextInt(METHODS.length)] + "\");";
        }
        return switch (n % 16) {
            case 0 -> "nterms(expand((1 + x + y + z)^" + (5 + r.nextInt(40)) + "))";
            case 1 -> "det(" + square(2 + r.nextInt(8)) + ")";
            case 2 -> "adj(" + square(2 + r.nextInt(6)) + ")";
            case 3 -> "nterms(d(sin(x)^" + (1 + r.nextInt(6)) + " * exp(2*x), x, " + (1 + r.nextInt(12)) + "))";
            case 4 -> "nterms(N(expand((1 + x + y + z)^" + (5 + r.nextInt(30)) + ")))";
            case 5 -> r.nextInt(4) == 0 ? "simplify(sin(x)^2 + cos(x)^2, timeout = " + (0.01 + r.nextInt(5)) + ")" : "factor(x^" + (2 + r.nextInt(20)) + " - 1)";
            case 6 -> "plot(x^" + (1 + r.nextInt(5)) + " * sin(x), x, 0, 1)";
            case 7 -> "latex(expand((x + y)^" + (1 + r.nextInt(30)) + "))";
            case 8 -> "nterms(expand((1 + x + y)^" + (5 + r.nextInt(40)) + ") | x = y + 1)";
            case 9 -> "eye(" + (1 + r.nextInt(120)) + ")^2";
            case 10 -> "inv(" + square(1 + r.nextInt(4)) + ")";
            case 11 -> "1/0";
            case 12 -> "undefined_function(x)";
            case 13 -> "1 +* 2";
            case 14 -> "hessian(expand((1 + x + y + z)^" + (2 + r.nextInt(12)) + "), [x, y, z])";
            default -> "jacobi(" + square(2 + r.nextInt(4)) + ", a11)";
        };
    }
}
