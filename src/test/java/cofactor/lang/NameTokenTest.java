package cofactor.lang;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import java.util.stream.LongStream;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.Token;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The lexer's NAME is Unicode's: a letter (category L) or _, then letters, decimal digits (Nd)
 * and _. The grammar matches ASCII by sets and asks Character about other code points; the
 * independent route is java.util.regex's \p{L} and \p{Nd} over random text mixing letters,
 * digits and non-names inside and outside ASCII (and beyond the BMP).
 */
class NameTokenTest {
    private static final Pattern NAME = Pattern.compile("[\\p{L}_][\\p{L}\\p{Nd}_]*");
    private static final Pattern NAME_PART = Pattern.compile("[\\p{L}\\p{Nd}_]");
    // letters (Latin, Greek, Arabic, CJK, a modifier letter, a titlecase one, mathematical
    // italic x beyond the BMP), digits (ASCII, Arabic-Indic, mathematical bold 1), and
    // non-names: a combining accent, superscript two, middle dot, times, minus sign, 〇 (Nl),
    // no-break space, byte-order mark, operators, a bracket
    private static final int[] POOL = {'a', 'Z', '_', 'é', 'θ', 'ب', '中', 'ʰ', 'ǅ', 0x1D465,
        '0', '7', '٣', 0x1D7CF, 0x0301, '²', '·', '×', '−', '〇', 0x00A0, 0xFEFF, '+', ' ', '('};

    static LongStream seeds() {
        return LongStream.range(0, 300).map(i -> 19_000 + i);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void namesAreUnicodeLettersDigitsAndUnderscores(long seed) {
        Random random = new Random(seed);
        StringBuilder text = new StringBuilder();
        for (int i = 1 + random.nextInt(12); i > 0; i--) text.appendCodePoint(POOL[random.nextInt(POOL.length)]);
        String source = text.toString();
        CofactorLexer lexer = new CofactorLexer(CharStreams.fromString(source));
        lexer.removeErrorListeners();
        List<? extends Token> tokens = lexer.getAllTokens();
        int[] codePoints = source.codePoints().toArray();
        for (Token t : tokens) {
            String what = "seed " + seed + ": '" + source + "', token '" + t.getText() + "'";
            if (t.getType() == CofactorLexer.NAME) {
                assertTrue(NAME.matcher(t.getText()).matches(), what);
                int next = t.getStopIndex() + 1; // a code-point index
                if (next < codePoints.length) assertFalse(NAME_PART.matcher(Character.toString(codePoints[next])).matches(), what + " stops early");
            } else if (t.getType() == CofactorLexer.BAD_CHAR) {
                assertEquals(1, t.getText().codePointCount(0, t.getText().length()), what);
                assertFalse(NAME.matcher(t.getText()).matches(), what + " could start a name");
            }
        }
    }
}
