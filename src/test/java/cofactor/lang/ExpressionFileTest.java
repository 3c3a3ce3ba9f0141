package cofactor.lang;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import cofactor.lang.ast.Statement;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Runs {@code expressions.cof}: every line with {@code # expect: ast} or
 * {@code # expect error: line:col: message} is one case, parsed on its own.
 */
class ExpressionFileTest {
    private static final String FILE = "expressions.cof";

    static Stream<Arguments> cases() throws IOException {
        List<String> lines;
        try (InputStream in = ExpressionFileTest.class.getResourceAsStream(FILE)) {
            lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        }
        return lines.stream()
                .filter(line -> line.contains("# expect"))
                .map(line -> {
                    int mark = line.lastIndexOf("# expect");
                    return Arguments.of(line.substring(0, mark).strip(), line.substring(mark + 2));
                });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void parsesAsExpected(String input, String expectation) {
        if (expectation.startsWith("expect error: ")) {
            SyntaxError e = assertThrows(SyntaxError.class, () -> StandardParser.parse(input, FILE));
            assertEquals(expectation.substring("expect error: ".length()),
                    e.line() + ":" + e.column() + ": " + e.getMessage());
        } else {
            List<Statement> statements = StandardParser.parse(input, FILE);
            assertEquals(1, statements.size(), "one statement");
            assertEquals(expectation.substring("expect: ".length()), AstPrinter.print(statements.get(0).node()));
        }
    }
}
