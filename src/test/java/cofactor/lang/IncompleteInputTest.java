package cofactor.lang;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Parser.isIncomplete: whether a REPL should read another line before parsing. */
class IncompleteInputTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "(1 +            | true",
            "f(x             | true",
            "[1, 2           | true",
            "A[1             | true",
            "det([[x, 1]     | true",
            "\"abc           | true",
            "plot(r, file = \"a | true",
            "\"a\" (         | true",
            "1 +             | false",
            "x = 1           | false",
            "f(x)            | false",
            "[1, 2]          | false",
            "\"(\"           | false",
            "# (             | false",
            ")               | false",
            "(]              | false",
            "[1, 2) (        | false",
            "sin(x) [        | true",
    })
    void singleLines(String source, boolean incomplete) {
        assertEquals(incomplete, Parser.isIncomplete(source));
    }

    @Test
    void matrixTypedOverSeveralLines() {
        assertTrue(Parser.isIncomplete("A = [[1, 2],"));
        assertTrue(Parser.isIncomplete("A = [[1, 2],\n     [3, 4]"));
        assertFalse(Parser.isIncomplete("A = [[1, 2],\n     [3, 4]]"));
        assertEquals(1, StandardParser.parse("A = [[1, 2],\n     [3, 4]]", "repl").size());
    }

    @Test
    void openStringContinuesOnTheNextLine() {
        assertTrue(Parser.isIncomplete("s = \"first"));
        assertFalse(Parser.isIncomplete("s = \"first\nsecond\""));
    }
}
