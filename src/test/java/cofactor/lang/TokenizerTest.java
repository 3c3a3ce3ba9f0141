package cofactor.lang;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.antlr.v4.runtime.CharStream;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.Token;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The hand-written Tokenizer gives the tokens of the grammar's own lexer (the generated
 * CofactorLexer, the independent route): the same types, texts, code-point positions, lines
 * and columns, over random text drawn from characters every lexer rule turns on, and over
 * every sample file.
 */
class TokenizerTest {
    // digits and what makes numbers (. e E + -), letters in and beyond ASCII and beyond the BMP,
    // a non-ASCII digit, strings and escapes, brackets (glued or not), every operator, newlines
    // (\n, \r\n, a lone \r), comments, blanks (tab, form feed, no-break space, byte-order mark),
    // and characters no rule takes (a combining accent, times, 〇, @, a lone surrogate)
    private static final String[] POOL = {"0", "7", "12", ".", "e", "E", "+", "-", "x", "y_2", "sin", "θ", "中", "\uD835\uDC65", "٣",
        "\"", "\\", "\"a\\\"b\"", "(", ")", "[", "]", "*", "/", "^", "=", "|", ",", ";", "%", "'", ".*", "./", ".^",
        "\n", "\r\n", "\r", "#", "# note\n", " ", "  ", "\t", "\f", "\u00A0", "\uFEFF", "\u0301", "×", "〇", "@", "\uD800"};

    static LongStream seeds() { return LongStream.range(0, 2000).map(i -> 0x70CE0000L + i); }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void randomTextLexesAsTheGrammarSays(long seed) {
        Random random = new Random(seed);
        StringBuilder text = new StringBuilder();
        for (int i = random.nextInt(30); i > 0; i--) text.append(POOL[random.nextInt(POOL.length)]);
        assertSameTokens("seed " + seed, text.toString(), 1 + random.nextInt(50));
    }

    static Stream<Path> samples() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("samples"))) {
            return files.filter(p -> p.toString().endsWith(".cof")).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void samplesLexAsTheGrammarSays(Path sample) throws IOException {
        assertSameTokens(sample.toString(), Files.readString(sample), 1);
    }

    private static void assertSameTokens(String what, String text, int firstLine) {
        CofactorLexer lexer = new CofactorLexer(CharStreams.fromString(text));
        lexer.setLine(firstLine);
        lexer.removeErrorListeners();
        List<String> expected = new ArrayList<>();
        for (Token t = lexer.nextToken(); ; t = lexer.nextToken()) {
            expected.add(describe(t));
            if (t.getType() == Token.EOF) break;
        }
        CharStream chars = CharStreams.fromString(text);
        Tokenizer tokenizer = Tokenizer.of(chars, firstLine);
        List<String> got = new ArrayList<>();
        for (Token t = tokenizer.next(); ; t = tokenizer.next()) {
            got.add(describe(t));
            if (t.getType() == Token.EOF) break;
        }
        assertEquals(expected, got, what + ": " + text.replace("\n", "\\n").replace("\r", "\\r"));
    }

    private static String describe(Token t) {
        String type = t.getType() == Token.EOF ? "EOF" : CofactorLexer.VOCABULARY.getSymbolicName(t.getType());
        return type + " '" + t.getText() + "' " + t.getStartIndex() + "-" + t.getStopIndex() + " at " + t.getLine() + ":" + t.getCharPositionInLine();
    }
}
