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

    @Test void commandsWork(@TempDir Path dir) throws Exception {
        Path saved = dir.resolve("s.cof");
        Transcript t = feed("x0 = 3\ny0 = x0^2;\n:vars\n:save " + saved + "\n:quit\nnever = 1\n");
        assertTrue(t.out().contains("x0 = 3\ny0 = 9\n"), t.out());
        assertEquals("x0 = 3\ny0 = x0^2;\n", Files.readString(saved));
        assertFalse(t.out().contains("never"));
    }
}
