package cofactor.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cofactor.lang.Builtins;
import cofactor.lang.Interpreter;
import cofactor.lang.Parser;
import cofactor.lang.Session;
import cofactor.lang.Value;
import cofactor.testing.Allocation;
import cofactor.testing.CommandLineRun;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Work that would be too large or too long is refused or stopped with a clear line; nothing is lost. */
class ResourceGuardTest {

    /** The estimate's refusal (ExpandTest shows it comes before any building) reaches the user as one line. */
    @Test void hugeExpansionIsRefusedAtOnce() {
        CommandLineRun r = CommandLineRun.of("-e", "expand((a+b+c+d+e+f+g+h)^40)");
        assertEquals("error: expand: the result would have about 6.3e7 terms, over the limit of 1e7; raise it with set(maxterms = ...)\n", r.err());
        assertEquals(1, r.status());
        // C(47, 7) = 62 891 499 terms: raising the limit is what the message says to do
        assertTrue(CommandLineRun.of("--max-terms", "100", "-e", "expand((a+b)^200)").err().contains("over the limit of 100"));
    }

    @Test void derivativeSwellIsRefusedNotOutOfMemory() {
        CommandLineRun r = CommandLineRun.of("--max-terms", "100000", "-e", "d(x^x^x^x^x, x, 30)");
        assertEquals("error: d: the derivatives have grown past 100000 terms (nested functions swell with each derivative); "
                + "raise the limit with set(maxterms = ...)\n", r.err());
        assertEquals(1, r.status());
        // below the limit the same computation goes through: the 10th derivative of sin(sin(sin(sin x)))
        assertEquals("744", CommandLineRun.eval("nterms(d(sin(sin(sin(sin(x)))), x, 10))"));
    }

    @Test void hessianSwellIsRefusedToo() {
        CommandLineRun r = CommandLineRun.of("--max-terms", "50", "-e", "hessian(x^x^x^x^x, [x, y])");
        assertEquals("error: hessian: the derivatives have grown past 50 terms (nested functions swell with each derivative); "
                + "raise the limit with set(maxterms = ...)\n", r.err());
        assertEquals(1, r.status());
        assertEquals("[[0, 1], [1, 0]]", CommandLineRun.eval("hessian(x*y, [x, y])"));
    }

    @Test void theTimeLimitStopsAStatementAndRaisingItIsDocumented() {
        CommandLineRun r = CommandLineRun.of("--timeout", "0.5", "-e", "a = 1", "-e", "eye(1000)^3");
        assertEquals("1\n", r.out());
        assertEquals("error: stopped after the time limit of 0.5 s (raise it with set(timeout = ...))\n", r.err());
        assertEquals(1, r.status());
        CommandLineRun s = CommandLineRun.of("-e", "set(timeout = 0.5); eye(1000)^3");
        assertEquals("error: stopped after the time limit of 0.5 s (raise it with set(timeout = ...))\n", s.err());
        assertEquals("maxterms = 10000000, maxentries = 1000000, timeout = 0.5 s", CommandLineRun.eval("set(timeout = 0.5)"));
    }

    @Test void matrixEntryLimitCanBeRaised() {
        assertEquals("4000000", CommandLineRun.eval("set(maxentries = 4e6); A = zeros(2000, 2000); rows(A) cols(A)"));
        assertEquals(1, CommandLineRun.of("-e", "matrix(a, 3000, 3000)").status());
        // each factor is small, the product is not: refused before it is built
        assertEquals("error: *: a 10000×10000 matrix would have 100000000 entries, over the limit of 1000000; raise it with set(maxentries = ...)\n",
                CommandLineRun.of("-e", "u = zeros(10000, 1); u * u'").err());
    }

    /** 100 000 operands in a row: a left-deep tree as deep as the chain, evaluated without recursion and in linear time. */
    @Test void longOperatorChains() {
        int n = 100_000;
        assertEquals(String.valueOf(n), CommandLineRun.eval(String.join("+", java.util.Collections.nCopies(n, "1"))));
        assertEquals("x^" + n, CommandLineRun.eval(String.join("*", java.util.Collections.nCopies(n, "x"))));
        assertEquals("-" + (n - 2) + "*x", CommandLineRun.eval(String.join("-", java.util.Collections.nCopies(n, "x"))));
        // n distinct terms, in linear work: a chain rebuilt at each step would do four times the work for twice the length
        Value[] terms = new Value[1];
        long half = Allocation.of(() -> evaluate("nterms(" + sumOf(n / 2) + ")")), whole = Allocation.of(() -> terms[0] = evaluate("nterms(" + sumOf(n) + ")"));
        assertEquals(String.valueOf(n), terms[0].show());
        assertTrue(whole < 2.5 * half, "x0 + … + x" + (n - 1) + " allocated " + whole + " bytes, half as many terms " + half);
        // division and matrices in a chain keep their order and meaning
        assertEquals("1/6", CommandLineRun.eval("1/2/3"));
        assertEquals("[[7, 10], [15, 22]]", CommandLineRun.eval("A = [[1, 2], [3, 4]]; 1 * A * A * 1"));
        assertEquals("[[3, 4], [5, 6]]", CommandLineRun.eval("[[1, 2], [3, 4]] + 1 * [[1, 1], [1, 1]] + [[1, 1], [1, 1]]"));
    }

    private static String sumOf(int n) { return IntStream.range(0, n).mapToObj(i -> "x" + i).collect(Collectors.joining(" + ")); }

    private static Value evaluate(String source) {
        return new Interpreter(new Session()).execute(Parser.parse(source, "test", 1, Builtins.standard().prefixNames()).get(0));
    }

    /** The REPL fed 300 lines of random tokens: no stack trace, and the earlier bindings still answer. */
    @Test void randomLinesIntoTheReplLeaveItAnswering() {
        Random random = new Random(300);
        String[] pieces = {"x", "A", "(", ")", "[", "]", "+", "*", "^", "/", "=", ",", "det", "inv", "sin", "2", "0", "'", ";", "|", "\"", "#", ":", "."};
        StringBuilder input = new StringBuilder("keep = 41\n");
        for (int line = 0; line < 300; line++) {
            for (int k = random.nextInt(12); k > 0; k--) input.append(pieces[random.nextInt(pieces.length)]).append(' ');
            input.append(")]\n"); // close whatever opened, so each line is one statement
        }
        input.append("keep + 1\n");
        ByteArrayOutputStream o = new ByteArrayOutputStream(), e = new ByteArrayOutputStream();
        try (Evaluator ev = new Evaluator()) {
            new Repl(new Session()).runPiped(ev, new ByteArrayInputStream(input.toString().getBytes(StandardCharsets.UTF_8)),
                    new PrintStream(o, true, StandardCharsets.UTF_8), new PrintStream(e, true, StandardCharsets.UTF_8));
        }
        String out = o.toString(StandardCharsets.UTF_8), err = e.toString(StandardCharsets.UTF_8);
        assertTrue(out.endsWith("42\n"), out);
        assertFalse((out + err).contains("Exception") || (out + err).contains("\tat "), err);
        assertTrue(err.lines().allMatch(l -> l.startsWith("error: ") || l.startsWith("  ")), err);
    }

    @Test void saveToAnUnwritablePlaceIsACleanError(@TempDir Path dir) {
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        try (Evaluator ev = new Evaluator()) {
            new Repl(new Session()).runPiped(ev, new ByteArrayInputStream(("a = 1\n:save /nonexistent-dir/s.cof\n:save " + dir + "\n").getBytes(StandardCharsets.UTF_8)),
                    new PrintStream(o, true, StandardCharsets.UTF_8), new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
        }
        String[] lines = o.toString(StandardCharsets.UTF_8).split("\n");
        assertEquals("1", lines[0]);
        assertTrue(lines[1].startsWith("error: :save: cannot write /nonexistent-dir/s.cof"), lines[1]);
        assertTrue(lines[2].startsWith("error: :save: cannot write " + dir), lines[2]);
        assertEquals(3, lines.length);
        assertTrue(Files.isDirectory(dir));
    }

    /** Running every sample writes nothing: only files the user names are ever written. */
    @Test void samplesWriteNoFiles() throws Exception {
        Set<String> before = listing(Path.of(".")), tmpBefore = listing(Path.of(System.getProperty("java.io.tmpdir")));
        try (Stream<Path> samples = Files.list(Path.of("samples"))) {
            for (Path s : samples.filter(p -> p.toString().endsWith(".cof")).toList()) assertEquals(0, CommandLineRun.of(s.toString()).status(), s.toString());
        }
        assertEquals(before, listing(Path.of(".")));
        Set<String> tmpAfter = listing(Path.of(System.getProperty("java.io.tmpdir")));
        tmpAfter.removeAll(tmpBefore);
        assertTrue(tmpAfter.stream().noneMatch(f -> f.contains("cofactor")), tmpAfter.toString());
    }

    private static Set<String> listing(Path dir) throws java.io.IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(Path::toString).collect(Collectors.toCollection(TreeSet::new));
        }
    }
}
