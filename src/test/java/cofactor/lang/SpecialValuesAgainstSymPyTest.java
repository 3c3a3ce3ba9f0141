package cofactor.lang;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The circular functions at the standard angles, the inverses at the standard values,
 * a circular function of an inverse one and shifts by quarter turns give what SymPy
 * gives on its own (the vectors and the script that made them are in
 * {@code /cofactor/sympy/special_values.*}): both texts read back as one canonical value.
 */
class SpecialValuesAgainstSymPyTest {
    static Stream<Arguments> cases() throws IOException {
        List<String> lines;
        try (InputStream in = SpecialValuesAgainstSymPyTest.class.getResourceAsStream("/cofactor/sympy/special_values.txt")) {
            lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().filter(l -> !l.startsWith("#")).toList();
        }
        assertEquals(445, lines.size());
        return lines.stream().map(l -> l.split("\t")).map(c -> Arguments.of(c[0], c[1]));
    }

    private static Value evaluate(String text) {
        return new Interpreter(new Session()).execute(StandardParser.parse(text, "test").get(0));
    }

    @ParameterizedTest(name = "{0} = {1}")
    @MethodSource("cases")
    void givesSymPysValue(String input, String sympy) {
        assertEquals(evaluate(sympy), evaluate(input), input + " should be SymPy's " + sympy);
    }
}
