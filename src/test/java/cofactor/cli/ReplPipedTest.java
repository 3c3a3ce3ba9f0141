package cofactor.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cofactor.lang.Session;
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The REPL fed from a pipe: results only, errors reported, the session kept, brackets continue lines. */
class ReplPipedTest {
    private record Transcript(String out, String err) {}

    private static Transcript feed(String input) {
        ByteArrayOutputStream o = new ByteArrayOutputStream(), e = new ByteArrayOutputStream();
        try (Evaluator ev = new Evaluator()) {
            new Repl(new Session()).runPiped(ev, new BufferedReader(new StringReader(input)),
                    new PrintStream(o, true, StandardCharsets.UTF_8), new PrintStream(e, true, StandardCharsets.UTF_8));
        }
        return new Transcript(o.toString(StandardCharsets.UTF_8), e.toString(StandardCharsets.UTF_8));
    }

    @Test void keepsStateAfterAnError() {
        Transcript t = feed("a = 5\ndet([[x, 1]\n)\nb = a + 1\n1/0\nb^2\n");
        assertEquals("5\n6\n36\n", t.out());
        assertTrue(t.err().contains("error: input:"), t.err());
        assertTrue(t.err().contains("error: division by zero"), t.err());
        assertFalse(t.err().contains("Exception"), t.err());
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
