package cofactor.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cofactor.testing.CommandLineRun;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Files and standard input run statement by statement: true lines in errors, bounded memory, - for stdin. */
class FileInputTest {
    @TempDir Path dir;

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test void dashReadsStandardInput() {
        CommandLineRun r = CommandLineRun.withInput(utf8("x = 2\nA = [[x, 1],\n     [1, x]]\ndet(A)\n"), "-", "-e", "x + 1");
        assertEquals("2\n[[2, 1], [1, 2]]\n3\n3\n", r.out());
        assertEquals("", r.err());
        assertEquals(0, r.status());
    }

    /** Standard input cannot be read twice, so it runs up to its first error (a regular file is checked first). */
    @Test void standardInputStopsAtItsFirstErrorWithItsLine() {
        CommandLineRun r = CommandLineRun.withInput(utf8("a = 1\nb = 1 +\nc = 3\n"), "-");
        assertEquals("1\n", r.out());
        assertEquals("error: stdin:2:8: unexpected end of line, expected an expression\n  b = 1 +\n         ^\n", r.err());
        assertEquals(1, r.status());
        r = CommandLineRun.withInput(utf8("a = 1\n\nb = det(a)\n"), "-");
        assertEquals("error: stdin:3: det: argument 1 must be a matrix, got 1\n", r.err());
    }

    @Test void pipedIntoTheReplErrorsMakeTheStatusOne() {
        CommandLineRun r = CommandLineRun.withInput(utf8("a = 1\nb = 2\nc = 1 +* 2\nw = 4\n"));
        assertEquals("1\n2\n4\n", r.out());
        assertEquals("error: input:3:8: unexpected '*', expected an expression\n  c = 1 +* 2\n         ^\n", r.err());
        assertEquals(1, r.status());
        assertEquals(0, CommandLineRun.withInput(utf8("a = 1\n")).status());
    }

    @Test void errorsInAFileNameTheirTrueLine() throws IOException {
        Path f = dir.resolve("lines.cof");
        Files.writeString(f, "# header\nA = [[1, 2],\n     [3, 4]]\n\nB = A^2; C = det(B)\nD = inv([[1, 2], [2, 4]])\n");
        CommandLineRun r = CommandLineRun.of(f.toString());
        assertEquals("[[1, 2], [3, 4]]\n4\n", r.out());
        assertEquals("error: " + f + ":6: inv: the matrix is singular (its determinant is 0)\n", r.err());
        Files.writeString(f, "x = 1\n".repeat(999) + "y = [1, 2,\n  3 4 +]\n");
        r = CommandLineRun.of(f.toString());
        assertEquals("", r.out(), "a syntax error in a file runs nothing");
        assertEquals("error: " + f + ":1001:8: unexpected ']', expected an expression\n    3 4 +]\n         ^\n", r.err());
    }

    @Test void aFileThatIsNotUtf8RunsNothingAndSaysWhere() throws IOException {
        Path f = dir.resolve("latin1.cof");
        Files.write(f, "y = 1\nz = \"caf\u00e9\"\n".getBytes(StandardCharsets.ISO_8859_1));
        CommandLineRun r = CommandLineRun.of(f.toString());
        assertEquals("", r.out());
        assertEquals("error: " + f + ":2:9: not UTF-8 text (byte 0xE9); save the file as UTF-8\n", r.err());
        assertEquals(1, r.status());
    }

    @Test void anEndlessDeviceIsOneTooLongStatement() {
        CommandLineRun r = CommandLineRun.of("/dev/zero");
        assertEquals("error: /dev/zero:1: statement too long: over 1 MB from this line on; split it into smaller statements\n", r.err());
        assertEquals(1, r.status());
    }

    @Test void aLineOverTheLimitIsAnErrorWithItsLine() throws IOException {
        Path f = dir.resolve("long.cof");
        Files.writeString(f, "a = 1\n\nb = " + "x+".repeat(StatementReader.MAX_STATEMENT_BYTES / 2) + "x\nc = 3\n");
        CommandLineRun r = CommandLineRun.of(f.toString());
        assertEquals("", r.out());
        assertEquals("error: " + f + ":3: statement too long: over 1 MB from this line on; split it into smaller statements\n", r.err());
        assertEquals(1, r.status());
    }

    /**
     * Forty statements of 30 KB each, 1.2 MB in all, run in a JVM with a 48 MB heap: one
     * statement's parse fits, the whole file's (about 300 MB) does not, and reading the whole
     * file first ended in an OutOfMemoryError here. Each prints its number of terms, checked
     * against the count written.
     */
    @Test void aLargeFileRunsInBoundedMemory() throws Exception {
        Path f = dir.resolve("large.cof");
        List<String> expected = new ArrayList<>();
        try (Writer w = Files.newBufferedWriter(f)) {
            for (int s = 0; s < 40; s++) {
                int terms = 4_000 + s;
                w.write("nterms(");
                for (int i = 0; i < terms; i++) w.write((i == 0 ? "" : " + ") + "x" + i);
                w.write(")\n");
                expected.add(Integer.toString(terms));
            }
        }
        assertTrue(Files.size(f) > 1_200_000, "size " + Files.size(f));
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx48m", "-XX:+UseSerialGC",
                "-cp", System.getProperty("java.class.path"), Main.class.getName(), f.toString())
                .redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(10, TimeUnit.MINUTES));
        assertEquals(String.join("\n", expected) + "\n", output);
        assertEquals(0, p.exitValue());
    }
}
