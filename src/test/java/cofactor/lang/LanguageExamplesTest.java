package cofactor.lang;

import static cofactor.testing.CommandLineRun.eval;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cofactor.expr.SinCos;
import cofactor.testing.CommandLineRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** LANGUAGE.md's promises, checked through the command line as a user types them. */
class LanguageExamplesTest {
    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '→', quoteCharacter = '"', value = {
        "2^3^2 → 512",
        "-x^2 | x = 3 → -9",
        "1/3 + 1/6 → 1/2",
        "x + x → 2*x",
        "x*x → x^2",
        "(x + 1) - (1 + x) → 0",
        "2x → 2*x",
        "x y → x*y",
        "3(x+1) → 3*x + 3",
        "-(x + y) → -x - y",
        "(2x + 2)*y → 2*y*(x + 1)",
        "1/(1 - x) → -1/(x - 1)",
        "3(x+1) - 3 → 3*x",
        "sin x^2 → sin(x^2)",
        "sin 2x → sin(2*x)",
        "sin x y → y*sin(x)",
        "2 sin x cos x → 2*cos(x)*sin(x)",
        "r sin(θ) → r*sin(θ)",
        "x^-1 → 1/x",
        "-x^2 → -x^2",
        "a - -b → a + b",
        "[a, b]' → [[a, b]]",
        "[[1, 2], [3, 4]][2, 1] → 3",
        "[5, 6, 7][3] → 7",
        "[[a, b], [c, d]] * [x, y] → [a*x + b*y, c*x + d*y]",
        "x^2 + y | x = 1, y = 2 → 3",
        "f(x, y) = x^2 + y; f(2, 3) → 7",
        "A = [[a, b],\\n [c, d]]; A' → [[a, c], [b, d]]",
        "1/2 + 0.5 → 1.0",
        "12345678901234567890 * 10 → 123456789012345678900",
        "2.5E+4 → 25000.0",
        ".5 + 1e-3 → 0.501",
        "θ + φ + λ → θ + λ + φ",
    })
    void evaluatesAsDocumented(String input, String expected) {
        String out = eval(input.replace("\\n", "\n"));
        String last = out.lines().reduce((a, b) -> b).orElse("");
        assertEquals(expected, last);
    }

    @Test void numericValues() {
        assertTrue(eval("N((x^2 + sin x) | x = 0.7)").startsWith("1.1342176872"));
        assertEquals(SinCos.sin(1), Double.parseDouble(eval("N(sin 2x | x = 0.5)")), 0);
        assertEquals(Math.sin(1), Double.parseDouble(eval("N(2 sin x cos x | x = 0.5)")), 1e-15);
        assertEquals(Math.PI, Double.parseDouble(eval("N(pi)")), 0);
        assertEquals(Math.E, Double.parseDouble(eval("N(E)")), 0);
    }

    @Test void silentStatementsPrintNothing() {
        assertEquals("4", eval("a = 2; a^2"));
        assertEquals("", eval("a = 2;"));
        assertEquals("2\n4", eval("a = 2\na^2"));
    }

    @Test void syntaxErrorsPointAtTheProblem() {
        CommandLineRun r = CommandLineRun.of("-e", "det([[x, 1]");
        assertEquals(1, r.status());
        assertEquals("", r.out());
        String[] lines = r.err().split("\n");
        assertTrue(lines[0].startsWith("error: -e:1:"), r.err());
        assertEquals("  det([[x, 1]", lines[1]);
        assertTrue(lines[2].matches(" +\\^"), r.err());
        assertTrue(!r.err().contains("Exception") && !r.err().contains("\tat "), r.err());
    }

    @Test void evaluationErrorsNameTheFunction() {
        CommandLineRun r = CommandLineRun.of("-e", "transpose(1, 2)");
        assertEquals(1, r.status());
        assertTrue(r.err().startsWith("error: transpose: takes 1 argument, got 2"), r.err());
        r = CommandLineRun.of("-e", "1/0");
        assertEquals("error: /: division by zero", r.err().strip());
        r = CommandLineRun.of("-e", "[[1, 2], [3]]");
        assertTrue(r.err().startsWith("error: matrix: rows must have equal length"), r.err());
        r = CommandLineRun.of("-e", "sinn(x)");
        assertEquals("error: sinn: unknown function; did you mean sin?", r.err().strip());
    }

    @Test void usageErrorsExitWithTwo() {
        assertEquals(2, CommandLineRun.of("--no-such-option").status());
        assertEquals(2, CommandLineRun.of("no-such-file.cof").status());
        assertEquals(0, CommandLineRun.of("--version").status());
        assertTrue(CommandLineRun.of("--help").out().contains("Usage: cofactor"));
    }
}
