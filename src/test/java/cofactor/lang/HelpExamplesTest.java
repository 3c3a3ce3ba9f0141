package cofactor.lang;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cofactor.testing.CommandLineRun;
import cofactor.testing.ExpectFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The worked examples :help shows: each is run as a sample is and must print what
 * its {@code # expect:} lines say, so help cannot drift from what the language does;
 * and every built-in and operator has one, so a new built-in cannot skip it.
 */
class HelpExamplesTest {
    static final Path FOLDER = Path.of("src/main/resources", Example.FOLDER);

    static Stream<Path> examples() throws IOException {
        return Files.walk(FOLDER).filter(p -> p.toString().endsWith(".cof")).sorted();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void printsWhatItExpects(Path example) throws IOException {
        ExpectFile.check(example);
    }

    @Test
    void everyBuiltinHasAnExample() {
        List<String> missing = new ArrayList<>();
        for (String name : Builtins.standard().names()) if (Example.load(name + ".cof") == null) missing.add(name);
        assertEquals(List.of(), missing, "write " + FOLDER + "/<name>.cof for each: a few statements with # expect: lines, as in samples/*.cof");
    }

    @Test
    void everyOperatorHasAnExample() {
        for (OperatorTopic t : OperatorTopic.ALL) assertNotNull(t.loadExample(), "no example for " + t.symbols() + ": operator/" + t.example() + ".cof");
    }

    /** A file whose name is no built-in's (a typo, or a renamed built-in) would never be shown. */
    @Test
    void everyExampleBelongsToABuiltinOrAnOperator() throws IOException {
        Builtins builtins = Builtins.standard();
        List<String> operatorFiles = OperatorTopic.ALL.stream().map(t -> "operator/" + t.example() + ".cof").toList();
        try (Stream<Path> files = examples()) {
            for (Path p : files.toList()) {
                String relative = FOLDER.relativize(p).toString();
                String name = relative.substring(0, relative.length() - ".cof".length());
                assertTrue(builtins.has(name) || operatorFiles.contains(relative), relative + " belongs to no built-in or operator");
            }
        }
    }

    @Test
    void helpShowsTheSignatureTheSentenceAndTheExampleWithItsOutput() {
        assertEquals("""
                tr(A)
                  the trace: the sum of the diagonal
                Example:
                  > tr([[a, b], [c, d]])
                  a + d
                """, repl(":help tr"));
    }

    @Test
    void aStatementWithoutOutputAndAResultOfSeveralLinesShowAsInASession() {
        String help = repl(":help det");
        assertTrue(help.contains("""
                Example:
                  > A = [[x, x^2], [1, sin x]];
                  > det(A)
                  x*sin(x) - x^2
                """), help);
        assertTrue(repl(":help jacobi").contains("""
                  > jacobi([[x, x^2], [1, sin x]], x)
                  d/dx det(A)          = x*cos(x) + sin(x) - 2*x
                  tr(adj(A) * d(A, x)) = x*cos(x) + sin(x) - 2*x
                """));
    }

    @Test
    void operatorsHaveHelpToo() {
        assertTrue(repl(":help |").startsWith("e | x = 1, y = 2\n  e with the values put in"), repl(":help |"));
        assertTrue(repl(":help '").contains("> [[1, 2], [3, 4]]'\n  [[1, 3], [2, 4]]"), repl(":help '"));
        assertEquals(repl(":help .*"), repl(":help .^"));
    }

    @Test
    void anUnknownNameSuggestsTheNearestBuiltin() {
        assertEquals("no built-in or operator named sn; did you mean sin? (:help lists the built-ins)\n", repl(":help sn"));
        assertEquals("no built-in or operator named hessain; did you mean hessian? (:help lists the built-ins)\n", repl(":help hessain"));
        assertEquals("no built-in or operator named quux (:help lists the built-ins)\n", repl(":help quux"));
        assertEquals("no built-in or operator named @ (:help lists the built-ins)\n", repl(":help @"));
    }

    @Test
    void theListNamesTheOperators() {
        assertTrue(repl(":help").contains("Operators (:help with one of them): =  |  + -  * /  .* ./ .^  ^  '"), repl(":help"));
    }

    private static String repl(String command) {
        return CommandLineRun.withInput((command + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8)).out();
    }
}
