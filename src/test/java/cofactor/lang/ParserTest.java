package cofactor.lang;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cofactor.lang.ast.*;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.antlr.v4.runtime.atn.DecisionInfo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Statement-level behaviour: separators, silence, source slices, positions, literals. */
class ParserTest {

    private static List<Statement> parse(String source) {
        return StandardParser.parse(source, "test");
    }

    private static List<String> printed(String source) {
        return parse(source).stream().map(s -> AstPrinter.print(s.node())).toList();
    }

    @Test
    void matrixSpansLinesInsideBrackets() {
        List<Statement> statements = parse("A = [[1, 2],\n     [3, 4]]\ndet(A)\n");
        assertEquals(List.of("(= A [[1 2] [3 4]])", "(det A)"),
                statements.stream().map(s -> AstPrinter.print(s.node())).toList());
        assertEquals("A = [[1, 2],\n     [3, 4]]", statements.get(0).sourceText());
        assertEquals(new Pos(3, 1), statements.get(1).pos());
    }

    @Test
    void callArgumentsSpanLines() {
        assertEquals(List.of("(minimize loss [x y] start=[1 1])"),
                printed("minimize(loss,\n  [x, y],   # variables\n  start = [1, 1])"));
    }

    @Test
    void newlineOutsideBracketsEndsTheStatement() {
        assertEquals(List.of("x", "(- y)"), printed("x\n-y"));
    }

    @Test
    void semicolonSilencesItsStatement() {
        List<Statement> statements = parse("x = 1; y = 2\nz;\nw");
        assertEquals(List.of(true, false, true, false), statements.stream().map(Statement::silent).toList());
        assertEquals(List.of("x = 1", "y = 2", "z", "w"), statements.stream().map(Statement::sourceText).toList());
    }

    @Test
    void emptyStatementsAndCommentsAreSkipped() {
        assertEquals(List.of(), parse(""));
        assertEquals(List.of(), parse("\n\n  # only a comment\n;;\n"));
        List<Statement> statements = parse("# header\nx = 1   # trailing (comment [\n\n;\ny # end");
        assertEquals(List.of("(= x 1)", "y"), statements.stream().map(s -> AstPrinter.print(s.node())).toList());
        assertEquals("x = 1", statements.get(0).sourceText());
        assertEquals(new Pos(5, 1), statements.get(1).pos());
    }

    @Test
    void commentInsideBracketsIsPartOfTheSlice() {
        Statement s = parse("v = [1,  # first\n 2]").get(0);
        assertEquals("v = [1,  # first\n 2]", s.sourceText());
        assertEquals("(= v [1 2])", AstPrinter.print(s.node()));
    }

    @Test
    void windowsLineEndings() {
        List<Statement> statements = parse("x = [1,\r\n 2]\r\ny = 2\r\n");
        assertEquals(List.of("x = [1,\r\n 2]", "y = 2"), statements.stream().map(Statement::sourceText).toList());
        assertEquals(new Pos(3, 1), statements.get(1).pos());
    }

    @ParameterizedTest
    @CsvSource({
            "42, false",
            "3.14, true",
            ".5, true",
            "1e-3, true",
            "2.5E+4, true",
            "7e2, true",
            "123456789012345678901234567890, false",
    })
    void numberLiterals(String text, boolean isDouble) {
        assertEquals(new NumberLit(text, isDouble, new Pos(1, 1)), parse(text).get(0).node());
    }

    @Test
    void exponentNeedsDigitsOtherwiseENameFollows() {
        assertEquals(List.of("(* 2 E)", "(* 2 e)"), printed("2E\n2e"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
            "\"plain\"                | plain",
            "\"a\\\"b\"               | a\"b",
            "\"back\\\\slash\"        | back\\slash",
            "\"tab\\tnew\\nline\"     | `tab\tnew\nline`",
            "\"C:\\data\"             | C:\\data",
            "\"\"                     | ``",
    })
    void stringEscapes(String source, String value) {
        assertEquals(value, ((StringLit) parse(source).get(0).node()).value());
    }

    @Test
    void stringMaySpanLines() {
        assertEquals("two\nlines", ((StringLit) parse("\"two\nlines\"").get(0).node()).value());
    }

    @Test
    void unicodeNames() {
        assertEquals(List.of("(= θ (* 2 φ))", "(charpoly A λ)", "(+ 𝑥 ñ_2)"), printed("θ = 2φ\ncharpoly(A, λ)\n𝑥 + ñ_2"));
    }

    @Test
    void nodesCarryPositions() {
        Binary sum = (Binary) parse("x + sin y").get(0).node();
        assertEquals(new Pos(1, 3), sum.pos());
        assertEquals(new Pos(1, 1), sum.left().pos());
        Call sin = (Call) sum.right();
        assertEquals(new Pos(1, 5), sin.pos());
        assertEquals(new Pos(1, 9), sin.args().get(0).pos());

        Binary implicit = (Binary) parse("\n  2 x").get(0).node();
        assertEquals(new Pos(2, 5), implicit.pos()); // implicit '*' sits at its right operand
        Subst subst = (Subst) parse("e | x = 1").get(0).node();
        assertEquals(new Pos(1, 3), subst.pos());
        assertEquals(new Pos(1, 5), subst.bindings().get(0).pos());
        Part part = (Part) parse("r.loss").get(0).node();
        assertEquals(new Pos(1, 3), part.pos());
    }

    @Test
    void definitions() {
        FuncDef f = assertInstanceOf(FuncDef.class, parse("f(x, y) = x^2 + y").get(0).node());
        assertEquals("f", f.name());
        assertEquals(List.of("x", "y"), f.params());
        Assign a = assertInstanceOf(Assign.class, parse("a = 1").get(0).node());
        assertEquals("a", a.name());
    }

    @Test
    void callKeepsNamedArgumentsApart() {
        Call call = (Call) parse("f(a, b, key = v)").get(0).node();
        assertEquals(2, call.args().size());
        assertEquals("key", call.named().get(0).name());
        assertEquals(new Name("v", new Pos(1, 15)), call.named().get(0).value());
    }

    @Test
    void prefixFunctionsComeFromTheCaller() {
        assertEquals("(* f x)", AstPrinter.print(StandardParser.parse("f x", "t").get(0).node()));
        assertEquals("(f x)", AstPrinter.print(Parser.parse("f x", "t", 1, Set.of("f")).get(0).node()));
        assertEquals("(* sin x)", AstPrinter.print(Parser.parse("sin x", "t", 1, Set.of()).get(0).node()));
        // the session's names are the registry's: newer built-ins apply without parentheses too
        assertEquals("(together x)", AstPrinter.print(StandardParser.parse("together x", "t").get(0).node()));
    }

    @Test
    void longFlatChainsDoNotRecurse() {
        int n = 50_000;
        assertEquals(1, parse("x" + " + x".repeat(n)).size());
        assertEquals(1, parse("-".repeat(n) + "x").size());
        assertEquals(1, parse("2" + "^2".repeat(n)).size());
        assertEquals(1, parse("sin ".repeat(n) + "x").size());
        assertEquals(n, parse("x\n".repeat(n)).size());
    }

    /**
     * The grammar makes every choice on the next token but the binding loop's (see its note),
     * so ANTLR's adaptive prediction, which builds its decision DFA in each process, runs for no
     * other decision: over every sample and the call forms here, ANTLR's profile counts its calls
     * per decision. A binding continued after a comma is the one place it must run.
     */
    @Test
    void onlyTheBindingLoopPredictsBeyondTheNextToken() throws IOException {
        List<String> texts = new ArrayList<>(List.of("f(a, b, key = v); g(x) = x^2\n\n;h(e | x = 1, y = 2, z = 3)",
                "A = [[cos x, -sin x], [exp(-y), x*y]]; D = det(A); d(D, x); grad(D, [x, y])"));
        try (Stream<Path> files = Files.list(Path.of("samples"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".cof")).sorted().toList()) {
                texts.add(Files.readString(file));
            }
        }
        int bindingLoopCalls = 0;
        for (String text : texts) {
            CofactorParser parser = Parser.parserOf(new SourceText(text, "test", 1), 1);
            parser.setProfile(true);
            try {
                parser.program();
            } catch (SyntaxError expected) {
                // a sample that shows an error still parses up to it
            }
            for (DecisionInfo decision : parser.getParseInfo().getDecisionInfo()) {
                int rule = parser.getATN().getDecisionState(decision.decision).ruleIndex;
                if (rule == CofactorParser.RULE_substitution) {
                    bindingLoopCalls += (int) decision.invocations;
                } else {
                    assertEquals(0, decision.invocations, "decision " + decision.decision + " in rule "
                            + CofactorParser.ruleNames[rule] + " predicted adaptively");
                }
            }
        }
        assertTrue(bindingLoopCalls >= 3, "the binding loop of h(e | x = 1, y = 2, z = 3) predicts at each comma");
    }

    /** What a parse gives: its statements, or its error as the user sees it. */
    private static Object outcome(java.util.function.Supplier<List<Statement>> parse) {
        try {
            return parse.get();
        } catch (SyntaxError e) {
            return e.format();
        }
    }

    private static final Set<String> PREFIX = Builtins.standard().prefixNames();

    private static void assertBegunParseAsParse(String text, int firstLine) {
        Object direct = outcome(() -> Parser.parse(text, "t", firstLine, PREFIX));
        Parser.Begun begun = Parser.begin(text, "t", firstLine);
        assertEquals(direct, outcome(() -> begun.statements(PREFIX)), text);
        assertEquals("t", begun.sourceName());
        assertEquals(firstLine, begun.firstLine());
    }

    /**
     * A command line's first statement is parsed on another thread while its session is set up
     * ({@link Parser#begin}): statements, positions and errors (of the parser, of the tree's
     * checks, of nesting) are those of {@link Parser#parse}, over every sample, hand-picked
     * texts and random token soup.
     */
    @Test
    void aParseBegunOnAnotherThreadGivesWhatParseGives() throws IOException {
        List<String> texts = new ArrayList<>(List.of("1+1", "2 sin x cos x; d(%, x)", "f(x, y) = x*y\nf(2, 3)",
                "A = [[cos x, -sin x], [exp(-y), x*y]]; D = det(A); Dx = d(D, x); grad(D, [x, y])",
                "1 +* 2", "x = ", "f(x + 1) = 2", "sin (x) = 1", "[[1, 2], [3, 4]", "g(a, a) = a",
                "(".repeat(Parser.MAX_NESTING + 1) + "x" + ")".repeat(Parser.MAX_NESTING + 1)));
        try (Stream<Path> files = Files.list(Path.of("samples"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".cof")).sorted().toList()) texts.add(Files.readString(file));
        }
        java.util.Random random = new java.util.Random(0xB3C1L);
        for (int i = 0; i < 300; i++) {
            StringBuilder t = new StringBuilder(randomStatement(random, 4));
            if (random.nextInt(4) == 0) t.insert(random.nextInt(t.length() + 1), "+*)=,[".charAt(random.nextInt(6))); // often a syntax error
            texts.add(t.toString());
        }
        int errors = 0;
        for (String text : texts) {
            assertBegunParseAsParse(text, 1);
            if (outcome(() -> Parser.parse(text, "t", 1, PREFIX)) instanceof String) errors++;
        }
        assertBegunParseAsParse("x\ny +* 2", 7); // positions count from the piece's first line
        assertTrue(errors >= 30 && errors <= texts.size() - 150, "errors and parses both checked: " + errors + " errors of " + texts.size());
    }

    /** A random statement of names, numbers, operators, calls, prefix applications, matrices and substitutions. */
    private static String randomStatement(java.util.Random random, int depth) {
        if (depth == 0 || random.nextInt(4) == 0) return new String[] {"x", "y", "2", "0.5", "pi", "%"}[random.nextInt(6)];
        String a = randomStatement(random, depth - 1), b = randomStatement(random, depth - 1);
        return switch (random.nextInt(9)) {
            case 0 -> a + " + " + b;
            case 1 -> a + "*" + b;
            case 2 -> a + "^" + b;
            case 3 -> "-" + a;
            case 4 -> "sin " + a;
            case 5 -> "d(" + a + ", x)";
            case 6 -> "[[" + a + ", " + b + "], [" + b + ", " + a + "]]";
            case 7 -> "(" + a + ") | x = " + b;
            default -> "f = " + a + "; " + b;
        };
    }
}
