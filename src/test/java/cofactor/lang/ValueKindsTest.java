package cofactor.lang;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cofactor.Cofactor;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every kind of value against every operator and the built-ins that dispatch on kinds: a
 * value, or one {@code error:} line naming the operator and both operands — never a Java
 * exception from a switch arm that took the wrong kind.
 */
class ValueKindsTest {
    /** A value of one kind: how the language writes it, and how error messages name it. */
    record Sample(String source, String described) {
        @Override public String toString() { return source; }
    }

    /** The samples of a kind; no default, so a new kind does not compile until it has samples here. */
    static List<Sample> samples(Value.Kind kind) {
        return switch (kind) {
            case SCALAR -> List.of(new Sample("x", "x"));
            case MATRIX -> List.of(new Sample("[[1, 2], [3, 4]]", "a 2×2 matrix"), new Sample("[1, 2]", "a vector of length 2"));
            case MATEXPR -> List.of(new Sample("matrix(X, n, n)", "the n×n matrix X"));
            case STRING -> List.of(new Sample("\"s\"", "a string"));
            case FUNCTION -> List.of(new Sample("f", "a function"), new Sample("compile(y^2)", "a compiled function"));
            case RESULT -> List.of(new Sample("minimize((y - 1)^2, [y])", "a minimize result"));
            case REPORT -> List.of(new Sample("set()", "a report"));
        };
    }

    static List<Sample> all() {
        List<Sample> out = new ArrayList<>();
        for (Value.Kind k : Value.Kind.values()) out.addAll(samples(k));
        return out;
    }

    /** A session with a = left and b = right. */
    static Cofactor bound(Sample left, Sample right) {
        Cofactor cf = new Cofactor();
        cf.eval("f(t) = t^2");
        cf.eval("a = " + left.source() + "; b = " + right.source());
        return cf;
    }

    static Stream<Arguments> pairs() {
        return all().stream().flatMap(l -> all().stream().map(r -> Arguments.of(l, r)));
    }

    /**
     * What the arithmetic of x, M = [[1, 2], [3, 4]] and v = [1, 2] gives, worked by hand, or the
     * shape error it is; every other pair is an error naming both operands.
     */
    static final Map<String, String> DEFINED = Map.ofEntries(
            Map.entry("M + v", "error: +: shapes differ: 2×2 and 2×1"), Map.entry("v + M", "error: +: shapes differ: 2×1 and 2×2"),
            Map.entry("M - v", "error: -: shapes differ: 2×2 and 2×1"), Map.entry("v - M", "error: -: shapes differ: 2×1 and 2×2"),
            Map.entry("v * v", "error: *: cannot multiply 2×1 by 2×1"), Map.entry("v * M", "error: *: cannot multiply 2×1 by 2×2"),
            Map.entry("x + x", "2*x"), Map.entry("x - x", "0"), Map.entry("x * x", "x^2"), Map.entry("x / x", "1"), Map.entry("x ^ x", "x^x"),
            Map.entry("M + M", "[[2, 4], [6, 8]]"), Map.entry("M - M", "[[0, 0], [0, 0]]"), Map.entry("M * M", "[[7, 10], [15, 22]]"),
            Map.entry("v + v", "[2, 4]"), Map.entry("v - v", "[0, 0]"), Map.entry("M * v", "[5, 11]"),
            Map.entry("x * M", "[[x, 2*x], [3*x, 4*x]]"), Map.entry("M * x", "[[x, 2*x], [3*x, 4*x]]"),
            Map.entry("x * v", "[x, 2*x]"), Map.entry("v * x", "[x, 2*x]"),
            Map.entry("M / x", "[[1/x, 2/x], [3/x, 4/x]]"), Map.entry("v / x", "[1/x, 2/x]"),
            Map.entry("X + X", "2*X"), Map.entry("X - X", "zeros(n, n)"), Map.entry("X * X", "X*X"),
            Map.entry("x * X", "x*X"), Map.entry("X * x", "x*X"), Map.entry("X / x", "1/x*X"));

    static final String[][] OPERATORS = {{"+", "add"}, {"-", "subtract"}, {"*", "multiply"}, {"/", "divide"}, {"^", "raise"}};

    private static String shortName(Sample s) {
        return switch (s.source()) {
            case "x" -> "x";
            case "[[1, 2], [3, 4]]" -> "M";
            case "[1, 2]" -> "v";
            case "matrix(X, n, n)" -> "X";
            default -> s.source();
        };
    }

    private static boolean isMatrix(Sample s) { return List.of("M", "v", "X").contains(shortName(s)); }

    /** A matrix of numbers beside a matrix symbol: the error says what to write instead. */
    private static String given(Sample left, Sample right) {
        String names = shortName(left) + shortName(right);
        if (!names.equals("MX") && !names.equals("XM") && !names.equals("vX") && !names.equals("Xv")) return "";
        return ": a matrix of numbers has no symbolic size; make it a matrix symbol, M = " + (names.contains("v") ? "vector(M, n)" : "matrix(M, n, n)")
                + ", and give its numbers where the expression is evaluated: minimize(f, X, start = ..., M = [[...]]), or an argument of compile(f, X, M)";
    }

    /** What the user sees: the value shown, or the error line. */
    private static String outcome(Cofactor cf, String source) {
        try {
            return cf.eval(source).show();
        } catch (EvalError e) {
            return e.format();
        }
    }

    @ParameterizedTest(name = "{0} and {1}")
    @MethodSource("pairs")
    void arithmeticGivesAValueOrNamesBothOperands(Sample left, Sample right) {
        Cofactor cf = bound(left, right);
        for (String[] op : OPERATORS) {
            String expected = DEFINED.get(shortName(left) + " " + op[0] + " " + shortName(right));
            if (expected != null) {
                assertEquals(expected, outcome(cf, "a " + op[0] + " b"), left + " " + op[0] + " " + right);
                continue;
            }
            EvalError e = assertThrows(EvalError.class, () -> cf.eval("a " + op[0] + " b"), left + " " + op[0] + " " + right);
            String message = op[0].equals("/") && isMatrix(right) ? "cannot divide by a matrix; use inv(A)"
                    : op[0].equals("^") && isMatrix(left) ? "a matrix power needs an integer exponent, got " + right.described()
                    : "cannot " + op[1] + " " + left.described() + " and " + right.described() + given(left, right);
            assertEquals("error: " + op[0] + ": " + message, e.format(), left + " " + op[0] + " " + right);
        }
    }

    /** Each built-in or operator that treats kinds differently, applied to each kind: a value or one error line. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("all")
    void unaryOperationsGiveAValueOrAnError(Sample sample) {
        Cofactor cf = bound(sample, sample);
        for (String op : List.of("-a", "a'", "transpose(a)", "N(a)", "d(a, x)", "latex(a)", "compile(a)", "vars(a)", "expand(a)",
                "a | x = 1", "a[1]", "a.x", "a(1)", "[a]", "sin(a)")) {
            try {
                Value v = cf.eval(op);
                assertTrue(!v.show().isEmpty() && !v.describe().isEmpty(), op + " on " + sample);
            } catch (EvalError e) {
                assertTrue(e.format().startsWith("error: ") && e.format().lines().count() == 1, op + " on " + sample + ": " + e.format());
            }
        }
    }

    @Test void eachKindIsDescribedAndShown() {
        Cofactor cf = bound(new Sample("x", "x"), new Sample("x", "x"));
        for (Sample s : all()) assertEquals(s.described(), cf.eval(s.source()).describe(), s.source());
        assertEquals("\"a \\\"quoted\\\" \\\\ text\"", new StringValue("a \"quoted\" \\ text").show()); // parses back to the same string
        assertEquals("f(t) = t^2", cf.eval("f").show());
        assertEquals("compiled function of (y): 1 operation", cf.eval("compile(y^2)").show());
        String longSum = String.join(" + ", IntStream.rangeClosed(1, 12).mapToObj(i -> "q" + i).toList()); // over 40 characters
        assertEquals("an expression", cf.eval(longSum).describe());
    }

    /** A bracketed list is a vector of scalars or a matrix of rows (vectors, or one-row matrices); anything else names the first entry of the other kind than the first. */
    @Test void aListIsAVectorOrAMatrixOfRows() {
        Cofactor cf = new Cofactor();
        assertEquals("[1, x, 3]", cf.eval("[1, x, 3]").show());
        assertEquals("[[1, 2], [3, 4]]", cf.eval("[[1, 2], [3, 4]]").show());
        assertEquals("[[1, 2], [3, 4]]", cf.eval("r = [[3, 4]]; [[1, 2], r]").show()); // a one-row matrix is a row
        assertEquals("error: [...]: a matrix is written [[a, b], [c, d]]: every entry a scalar or every entry a row, got a vector of length 2",
                assertThrows(EvalError.class, () -> cf.eval("[1, [2, 3]]")).format());
        assertEquals("error: [...]: a matrix is written [[a, b], [c, d]]: every entry a scalar or every entry a row, got 3",
                assertThrows(EvalError.class, () -> cf.eval("[[1, 2], 3]")).format());
        assertEquals("error: [...]: a matrix is written [[a, b], [c, d]]: every entry a scalar or every entry a row, got a 2×2 matrix",
                assertThrows(EvalError.class, () -> cf.eval("[[1, 2], [[1, 2], [3, 4]]]")).format());
    }
}
