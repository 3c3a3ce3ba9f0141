package cofactor.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Statements stopped early in a fresh process, while classes are still being
 * initialised: the process must keep working and print no Java stack trace. Each
 * case runs the piped REPL in a JVM of its own, since only the first use of a
 * class runs its initialiser.
 */
class FreshProcessTest {
    private record Run(String out, String err) {}

    private static Run pipe(Path dir, String input) throws IOException, InterruptedException {
        Path in = Files.writeString(dir.resolve("in.cof"), input), out = dir.resolve("out"), err = dir.resolve("err");
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Main.class.getName())
                .redirectInput(in.toFile()).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        p.waitFor(); // the status is 1 after an error: the time limits stop statements
        return new Run(Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
    }

    private static Run run(Path dir, String... args) throws IOException, InterruptedException {
        Path out = dir.resolve("out"), err = dir.resolve("err");
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Main.class.getName()));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertEquals(0, p.waitFor(), () -> read(err));
        return new Run(read(out), read(err));
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static void assertNoJavaTrace(String err) {
        for (String s : new String[] {"Exception", "Error:", "\tat ", "FATAL", "StatusLogger"}) assertFalse(err.contains(s), err);
    }

    /**
     * Thread.stop after a time limit used to kill class initialisers: every later
     * x^2 printed "NoClassDefFoundError: Could not initialize class
     * cofactor.expr.Powers" (3 runs in 6 at 0.05 s).
     */
    @ParameterizedTest(name = "timeout {0} s")
    @ValueSource(strings = {"0.01", "0.05", "0.2"})
    void aTimeLimitDuringStartUpLeavesEveryClassWorking(String timeout, @TempDir Path dir) throws Exception {
        Run r = pipe(dir, "set(timeout = " + timeout + ")\nr = minimize((x-1)^2 + (y-2)^4, [x, y], method = \"newton\");\nset(timeout = 0);\nx^2\n");
        assertNoJavaTrace(r.err());
        assertEquals("x^2", r.out().strip().lines().reduce((a, b) -> b).orElse(""), r.out());
    }

    /**
     * Stopping the first simplify while Symja starts (Ctrl-C 0.3 s in, here the
     * statement's time limit, which interrupts the same way) printed Log4j's
     * "FATAL StatusLogger Interrupted before Log4j Providers could be loaded" and
     * a stack trace. Symja now starts on a thread nothing interrupts, and its start
     * does not count against simplify's own timeout.
     */
    @Test void stoppingTheFirstSimplifyPrintsNoTrace(@TempDir Path dir) throws Exception {
        Run r = pipe(dir, "set(timeout = 0.3)\nsimplify(sin(x)^2 + cos(x)^2)\nset(timeout = 0);\n"
                + "simplify(sin(x)^2 + cos(x)^2, timeout = 0.1)\nsimplify(sin(y)^2 + cos(y)^2)\n");
        assertNoJavaTrace(r.err());
        for (String line : r.err().lines().toList()) assertTrue(line.startsWith("error: ") || line.startsWith("warning: "), r.err());
        assertTrue(r.out().endsWith("\n1\n"), r.out()); // the last one has all the time it needs
    }

    /**
     * The first simplify of a process, with the default timeout of 5 s, on a machine
     * kept busy by twice as many spinning threads as it has cores: Symja's start
     * (several seconds under load) used to count against the timeout, and the result
     * came back unsimplified with a warning.
     */
    @Test void theFirstSimplifyOfAProcessSimplifiesOnABusyMachine(@TempDir Path dir) throws Exception {
        AtomicBoolean busy = new AtomicBoolean(true);
        List<Thread> load = new ArrayList<>();
        for (int i = 0; i < 2 * Runtime.getRuntime().availableProcessors(); i++) {
            Thread t = new Thread(() -> {
                double sink = 0;
                while (busy.get()) sink += Math.sqrt(sink + 1);
            });
            t.setDaemon(true);
            t.start();
            load.add(t);
        }
        Run r;
        try {
            r = run(dir, "-e", "simplify(sin(x)^2 + cos(x)^2)", "-e", "simplify(sec(x)^2 - tan(x)^2)");
        } finally {
            busy.set(false);
            for (Thread t : load) t.join();
        }
        assertEquals("1\n1\n", r.out());
        assertEquals("", r.err());
    }

    /**
     * The generated parser's tables are built on a thread of their own while the session is set
     * up, and the first parse may come before they are ready (it then waits for them) or after:
     * either way each of several fresh processes parses its statements whole. With the parser
     * initialised from the main thread or the other, a syntax error is still reported as one.
     */
    @Test void theFirstParseOfAProcessGetsTheParserTablesBuiltBesideIt(@TempDir Path dir) throws Exception {
        for (int i = 0; i < 4; i++) {
            // d/dx (x^3 + x*y) at x = 2, y = 5: 3*4 + 5
            Run r = run(dir, "-e", "f = x^3 + x*y; d(f, x) | x = 2, y = 5");
            assertEquals("17\n", r.out());
            assertEquals("", r.err());
        }
        Path out = dir.resolve("out"), err = dir.resolve("err");
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Main.class.getName(), "-e", "1 +* 2")
                .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertEquals(1, p.waitFor());
        assertTrue(read(err).startsWith("error: "), read(err));
        assertNoJavaTrace(read(err));
    }
}
