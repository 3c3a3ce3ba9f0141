package cofactor.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cofactor.lang.Session;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The REPL fed from a pipe: results only, errors reported, the session kept, brackets continue lines. */
class ReplPipedTest {
    private record Transcript(int status, String out, String err) {}

    private static Transcript feed(String input) {
        return feed(input.getBytes(StandardCharsets.UTF_8));
    }

    private static Transcript feed(byte[] input) {
        ByteArrayOutputStream o = new ByteArrayOutputStream(), e = new ByteArrayOutputStream();
        int status;
        try (Evaluator ev = new Evaluator()) {
            status = new Repl(new Session()).runPiped(ev, new ByteArrayInputStream(input),
                    new PrintStream(o, true, StandardCharsets.UTF_8), new PrintStream(e, true, StandardCharsets.UTF_8));
        }
        return new Transcript(status, o.toString(StandardCharsets.UTF_8), e.toString(StandardCharsets.UTF_8));
    }

    @Test void keepsStateAfterAnError() {
        Transcript t = feed("a = 5\ndet([[x, 1]\n)\nb = a + 1\n1/0\nb^2\n");
        assertEquals("5\n6\n36\n", t.out());
        assertEquals("""
                error: input:3:1: unexpected ')', expected ']'
                  )
                  ^
                error: input:5: /: division by zero
                """, t.err());
        assertEquals(1, t.status(), "errors make the exit status 1; the session went on");
    }

    /** The reproducer of issue 11: line 3 was reported as input:1:8 and the status was 0. */
    @Test void errorsNameTheirTrueLine() {
        Transcript t = feed("a = 1\nb = 2\nc = 1 +* 2\n");
        assertEquals("1\n2\n", t.out());
        assertEquals("error: input:3:8: unexpected '*', expected an expression\n  c = 1 +* 2\n         ^\n", t.err());
        assertEquals(1, t.status());
        t = feed("# a comment\n\nA = [[1, 2],\n     [3, 4]]; B = [[1,\n  2]]\nA * B\nx = 1; det(x)\n");
        assertEquals("error: input:6: *: cannot multiply 2×2 by 1×2\nerror: input:7: det: argument 1 must be a matrix, got 1\n", t.err());
        t = feed("A = [[1, 2],\n     [3, +]]\n");
        assertEquals("error: input:2:11: unexpected ']', expected an expression\n       [3, +]]\n            ^\n", t.err());
    }

    @Test void withoutErrorsTheStatusIsZero() {
        Transcript t = feed("x = 3\ny = x^2;\ny + 1\n");
        assertEquals("3\n10\n", t.out());
        assertEquals("", t.err());
        assertEquals(0, t.status());
    }

    /** A statement held open for 20 000 lines: read once, line by line (it took 34 s when every line re-read all before it). */
    @Test void aLongOpenBracketIsOneStatement() {
        StringBuilder in = new StringBuilder("v = [0");
        for (int i = 1; i < 20_000; i++) in.append(",\n").append(i);
        in.append("];\nrows(v)\nv[20000]\n");
        Transcript t = feed(in.toString());
        assertEquals("20000\n19999\n", t.out());
        assertEquals(0, t.status(), t.err());
    }

    @Test void aLineThatIsNotUtf8IsReportedAndSkipped() {
        byte[] head = "a = 1\ns = \"caf".getBytes(StandardCharsets.UTF_8), tail = "\"\na + 1\n".getBytes(StandardCharsets.UTF_8);
        byte[] in = new byte[head.length + 1 + tail.length];
        System.arraycopy(head, 0, in, 0, head.length);
        in[head.length] = (byte) 0xE9; // é in Latin-1
        System.arraycopy(tail, 0, in, head.length + 1, tail.length);
        Transcript t = feed(in);
        assertEquals("1\n2\n", t.out());
        assertEquals("error: input:2:9: not UTF-8 text (byte 0xE9); save the file as UTF-8\n", t.err());
        assertEquals(1, t.status());
    }

    @Test void aFailedCommandMakesTheStatusOne() {
        assertEquals(1, feed(":bogus\n1\n").status());
        assertEquals(1, feed(":save\n").status());
        assertEquals(0, feed(":vars\n:help det\n").status());
    }

    @Test void openBracketsContinueOnTheNextLine() {
        Transcript t = feed("A = [[1, 2],\n     [3, 4]]\nA[2, 2]\n");
        assertEquals("[ 1   2 ]\n[ 3   4 ]\n4\n", t.out());
    }

    /** :save / used to end the session with a NullPointerException; now every refused save keeps it. */
    @Test void aRefusedSaveKeepsTheSession(@TempDir Path dir) throws Exception {
        Path fifo = dir.resolve("pipe.cof"), link = dir.resolve("link.cof"), real = dir.resolve("real.cof");
        assertEquals(0, new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor());
        Files.writeString(real, "old\n");
        Files.createSymbolicLink(link, real);
        Transcript t = feed("a = 2\n:save /\n:save /dev/null\n:save " + fifo + "\n:save " + link + "\na^10\n");
        assertEquals("""
                2
                error: :save: cannot write /: it is a directory
                error: :save: cannot write /dev/null: it is a character device, not a regular file
                error: :save: cannot write %s: it is a named pipe (FIFO), not a regular file
                saved 1 statements to %s
                1024
                """.formatted(fifo, link), t.out());
        assertEquals("a = 2\n", Files.readString(real));
        assertTrue(Files.isSymbolicLink(link));
    }

    @Test void commandsWork(@TempDir Path dir) throws Exception {
        Path saved = dir.resolve("s.cof");
        Transcript t = feed("x0 = 3\ny0 = x0^2;\n:vars\n:save " + saved + "\n:quit\nnever = 1\n");
        assertTrue(t.out().contains("x0 = 3\ny0 = 9\n"), t.out());
        assertEquals("x0 = 3\ny0 = x0^2;\n", Files.readString(saved));
        assertFalse(t.out().contains("never"));
    }
}
