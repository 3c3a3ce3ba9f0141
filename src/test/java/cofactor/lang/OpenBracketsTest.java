package cofactor.lang;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Random;
import java.util.stream.LongStream;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.Token;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * OpenBrackets, fed a character (or a UTF-8 byte) at a time, agrees with the grammar's own
 * lexer run over the whole text: the independent route is the check readers used before,
 * which lexed all pending input again at every line.
 */
class OpenBracketsTest {
    private static final String ALPHABET = "()[]\"\\#\n\r ax1,;'=+é";

    static LongStream seeds() {
        return LongStream.range(0, 200).map(i -> 11_000 + i);
    }

    /** The lexer's view: an open bracket or an unterminated string at the end, and no closing bracket that fails to match. */
    private static boolean lexerSaysIncomplete(String source) {
        CofactorLexer lexer = new CofactorLexer(CharStreams.fromString(source));
        lexer.removeErrorListeners();
        Deque<Integer> open = new ArrayDeque<>();
        Token last = null;
        for (Token t : lexer.getAllTokens()) {
            last = t;
            int type = t.getType();
            if (Parser.closerOf(type) > 0) {
                open.push(Parser.closerOf(type));
            } else if (Parser.isCloser(type) && (open.isEmpty() || open.pop() != type)) {
                return false;
            }
        }
        return !open.isEmpty() || (last != null && last.getType() == CofactorLexer.UNTERMINATED_STRING);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void agreesWithTheLexerAtEveryPrefix(long seed) {
        Random random = new Random(seed);
        StringBuilder text = new StringBuilder();
        OpenBrackets chars = new OpenBrackets(), bytes = new OpenBrackets();
        for (int i = 0; i < 60; i++) {
            char c = ALPHABET.charAt(random.nextInt(ALPHABET.length()));
            text.append(c);
            chars.feed(c);
            for (byte b : String.valueOf(c).getBytes(java.nio.charset.StandardCharsets.UTF_8)) bytes.feed(b & 0xff);
            boolean expected = lexerSaysIncomplete(text.toString());
            assertEquals(expected, chars.incomplete(), "seed " + seed + ": " + text);
            assertEquals(expected, bytes.incomplete(), "seed " + seed + " (bytes): " + text);
            assertEquals(expected, Parser.isIncomplete(text.toString()), "seed " + seed + ": " + text);
        }
    }
}
