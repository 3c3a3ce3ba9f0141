package cofactor.lang;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Where errors point, what they say, and how they are rendered. */
class SyntaxErrorTest {

    private static SyntaxError error(String source) {
        return assertThrows(SyntaxError.class, () -> StandardParser.parse(source, "-e"));
    }

    @Test
    void formatShowsTheLineAndACaretUnderTheEnd() {
        assertEquals("""
                error: -e:1:12: unexpected end of input, expected ']'
                  det([[x, 1]
                             ^""", error("det([[x, 1]").format());
    }

    @Test
    void formatPointsIntoTheRightLine() {
        assertEquals("""
                error: f.cof:2:9: unmatched ')'
                  y = (1 ))
                          ^""",
                assertThrows(SyntaxError.class, () -> StandardParser.parse("x = 1\ny = (1 ))\nz = 3", "f.cof")).format());
    }

    @Test
    void caretKeepsTabsAndCountsCodePoints() {
        assertEquals("error: -e:1:6: unmatched ')'\n  \tx = )\n  \t    ^", error("\tx = )").format());
        // 𝑥 is one code point but two UTF-16 units; columns count code points
        assertEquals("error: -e:1:5: unmatched ')'\n  𝑥 = )\n      ^", error("𝑥 = )").format());
    }

    @Test
    void controlCharactersAreNamedAndNotEchoed() {
        assertEquals("error: -e:1:5: unexpected character U+0007\n  x = ?\n      ^", error("x = \u0007").format());
    }

    @Test
    void withoutASourceLineOnlyTheFirstLineIsFormatted() {
        assertEquals("error: x:3:4: oops", new SyntaxError("x", 3, 4, "oops", null).format());
    }

    static Stream<Arguments> badInputs() {
        return Stream.of(
                Arguments.of("1 +", "1:4", "unexpected end of input, expected an expression"),
                Arguments.of("1 +   # comment", "1:4", "unexpected end of input, expected an expression"),
                Arguments.of("1 +\n2", "1:4", "unexpected end of line, expected an expression"),
                Arguments.of("(1 + 2", "1:7", "unexpected end of input, expected ')'"),
                Arguments.of("f(x", "1:4", "unexpected end of input, expected ')'"),
                Arguments.of("x = (1 +\n     2", "2:7", "unexpected end of input, expected ')'"),
                Arguments.of("[1, 2", "1:6", "unexpected end of input, expected ']'"),
                Arguments.of("[1,\n", "1:4", "unexpected end of input, expected an expression"),
                Arguments.of("A = [[1, 2],\n     [3, 4]\nB = 1", "3:3", "unexpected '=', expected ']'"),
                Arguments.of(")", "1:1", "unmatched ')'"),
                Arguments.of("x = 1 2 ]", "1:9", "unmatched ']'"),
                Arguments.of("(1]", "1:3", "unexpected ']', expected ')'"),
                Arguments.of("x = \"abc", "1:5", "unterminated string"),
                Arguments.of("x = \"abc\ny = 2", "1:5", "unterminated string"),
                Arguments.of("\"ends in backslash\\", "1:1", "unterminated string"),
                Arguments.of("\u0007", "1:1", "unexpected character U+0007"),
                Arguments.of("x +\u0000 1", "1:4", "unexpected character U+0000"),
                Arguments.of("x\u2028", "1:2", "unexpected character U+2028"),
                Arguments.of("@", "1:1", "unexpected character '@'"),
                Arguments.of("x = 1 $ 2", "1:7", "unexpected character '$'"),
                Arguments.of("r.", "1:3", "unexpected end of input, expected a name"),
                Arguments.of("x = ", "1:4", "unexpected end of input, expected an expression"),
                Arguments.of("x = 1 = 2", "1:7", "unexpected '='"),
                Arguments.of("f(x) = ", "1:7", "unexpected end of input, expected an expression"),
                Arguments.of("2 ^", "1:4", "unexpected end of input, expected an expression"),
                Arguments.of("'x", "1:1", "unexpected \"'\""),
                Arguments.of("a, b", "1:2", "unexpected ','"),
                Arguments.of("e | x", "1:6", "unexpected end of input, expected '='"),
                // only a plain name may stand before an argument's '=', and the '=' is where it
                // fails, before anything after it (what the parser said when the grammar had
                // NAME ASSIGN expr | expr for an argument)
                Arguments.of("f(x+1 = 2)", "1:7", "unexpected '=', expected ')'"),
                Arguments.of("f(g(x) = 1)", "1:8", "unexpected '=', expected ')'"),
                Arguments.of("f(x | y = 1 = 2)", "1:13", "unexpected '=', expected ')'"),
                Arguments.of("f((x) = ))", "1:7", "unexpected '=', expected ')'"),
                Arguments.of("f(x y = 2); )", "1:7", "unexpected '=', expected ')'"),
                Arguments.of("f(x = )", "1:7", "unexpected ')', expected an expression"),
                Arguments.of("1; =", "1:4", "unexpected '='"),
                Arguments.of("\"a\" \"b", "1:5", "unterminated string"));
    }

    @ParameterizedTest(name = "[{index}] {1}: {2}")
    @MethodSource("badInputs")
    void errorPositionAndMessage(String source, String where, String message) {
        SyntaxError e = error(source);
        assertEquals(where + ": " + message, e.line() + ":" + e.column() + ": " + e.getMessage());
        String[] lines = e.format().split("\n", -1);
        assertEquals(3, lines.length, e.format());
        assertEquals("error: -e:" + where + ": " + message, lines[0]);
        assertEquals(e.column() + 2, lines[2].length(), "caret under column " + e.column());
        assertEquals('^', lines[2].charAt(lines[2].length() - 1));
    }

    @ParameterizedTest(name = "[{index}] {1}: {2}")
    @MethodSource("badInputs")
    void messagesAreNotAntlrJargon(String source) {
        String message = error(source).getMessage();
        for (String jargon : new String[] {"<EOF>", "{", "mismatched", "extraneous", "viable", "token recognition"}) {
            assertFalse(message.contains(jargon), message);
        }
    }

    @Test
    void nothingIsPrinted() {
        PrintStream out = System.out;
        PrintStream err = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        try (PrintStream sink = new PrintStream(captured)) {
            System.setOut(sink);
            System.setErr(sink);
            badInputs().forEach(a -> assertThrows(SyntaxError.class, () -> StandardParser.parse((String) a.get()[0], "-e")));
            StandardParser.parse("x = 1", "-e");
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
        assertEquals("", captured.toString());
    }
}
