package cofactor.lang;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import cofactor.lang.ast.Statement;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Random token soup: parse either returns statements or throws SyntaxError with a sane
 * position, never anything else. Reproduce a failure with -Dcofactor.seed=N.
 */
class RandomInputTest {
    private static final int CASES = 2000;
    private static final long SEED = Long.getLong("cofactor.seed", 20_240_601L);

    private static final String[] PIECES = {
        "x", "y", "A", "θ", "𝑥", "sin", "det", "f", "e", "E", "N",
        "2", "3.5", ".5", "1e-3", "2.5E+4", "12345678901234567890",
        "+", "-", "*", "/", "^", "=", "|", ",", ";", ".", "'",
        "(", ")", "[", "]", "(", "[", ")", "]",
        "\n", "\r\n", "# note\n", "\"s\"", "\"", "\\", "key = ", "@", "\u0007", "\t", "\u00a0",
    };
    private static final String[] GAPS = {"", "", " ", "  "};

    @Test
    void parseReturnsOrThrowsSyntaxError() {
        for (int i = 0; i < CASES; i++) {
            long seed = SEED + i;
            String source = randomSource(new Random(seed));
            try {
                check(source);
            } catch (AssertionError | RuntimeException | StackOverflowError e) {
                fail("seed " + seed + " (-Dcofactor.seed=" + seed + " reruns it first), input "
                        + escape(source) + ": " + e, e);
            }
        }
    }

    private static String randomSource(Random random) {
        StringBuilder source = new StringBuilder();
        int length = random.nextInt(30);
        for (int k = 0; k < length; k++) {
            source.append(PIECES[random.nextInt(PIECES.length)]).append(GAPS[random.nextInt(GAPS.length)]);
        }
        return source.toString();
    }

    private static void check(String source) {
        Parser.isIncomplete(source); // must not throw either
        List<Statement> statements;
        try {
            statements = StandardParser.parse(source, "random");
        } catch (SyntaxError e) {
            int lines = source.split("\n", -1).length;
            assertTrue(e.line() >= 1 && e.line() <= lines, "line " + e.line());
            assertTrue(e.column() >= 1, "column " + e.column());
            assertTrue(!e.getMessage().isBlank() && !e.getMessage().contains("<EOF>"), e.getMessage());
            String[] formatted = e.format().split("\n", -1);
            assertEquals(3, formatted.length, e.format());
            assertTrue(formatted[2].endsWith("^"), e.format());
            return;
        }
        for (Statement s : statements) {
            assertTrue(source.contains(s.sourceText()), "slice " + escape(s.sourceText()));
            AstPrinter.print(s.node());
        }
    }

    private static String escape(String s) {
        StringBuilder out = new StringBuilder("\"");
        s.codePoints().forEach(cp -> {
            if (cp == '"' || cp == '\\') {
                out.append('\\').appendCodePoint(cp);
            } else if (cp < 0x20 || cp == 0x7f || (cp >= 0x80 && cp <= 0xa0)) {
                out.append(String.format("\\u%04x", cp));
            } else {
                out.appendCodePoint(cp);
            }
        });
        return out.append('"').toString();
    }
}
