package cofactor.lang;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cofactor.expr.Expr;
import cofactor.expr.Find;
import cofactor.expr.Num;
import cofactor.guard.Limits;
import cofactor.matrix.Matrix;
import cofactor.numeric.NumericValue;
import cofactor.poly.Together;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * rank, rref, nullspace and eigenvals give what SymPy gives (the cases and the script that
 * made them are in {@code /cofactor/sympy/linalg_cases.*}): ranks equal; rref entries equal
 * as rational functions; each null-space vector a nonzero multiple of SymPy's (whose free
 * entry is 1 where Cofactor's are integer-normalized); the real eigenvalues equal as a
 * multiset and the complex ones counted alike. Where either side has a double, numbers are
 * compared to 1e-12 relative.
 */
class LinearAlgebraAgainstSymPyTest {
    private static final double TOLERANCE = 1e-12;

    static Stream<Arguments> cases() throws IOException {
        List<String> lines;
        try (InputStream in = LinearAlgebraAgainstSymPyTest.class.getResourceAsStream("/cofactor/sympy/linalg_cases.txt")) {
            lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().filter(l -> !l.startsWith("#")).toList();
        }
        assertEquals(105, lines.size());
        return lines.stream().map(l -> l.split("\t")).map(c -> Arguments.of(c[0], c[1], c[2], c.length > 3 ? Integer.parseInt(c[3]) : 0));
    }

    private static Value evaluate(String text) {
        return new Interpreter(new Session()).execute(StandardParser.parse(text, "test").get(0));
    }

    private static Matrix matrix(String text) { return ((MatrixValue) evaluate(text)).matrix(); }

    @ParameterizedTest(name = "{0}({1}) = {2}")
    @MethodSource("cases")
    void givesSymPysAnswer(String op, String input, String sympy, int complexCount) {
        String call = op + "(" + input + ")";
        switch (op) {
            case "rank" -> assertEquals(sympy, evaluate(call).show(), call);
            case "rref" -> assertSameEntries(matrix(sympy), matrix(call), call);
            case "nullspace" -> assertMultiples(matrix(sympy), matrix(call), call);
            case "eigenvals" -> assertEigenvalues(sympy, complexCount, evaluate(call), call);
            default -> throw new AssertionError("unknown operation " + op);
        }
    }

    private static void assertSameEntries(Matrix expected, Matrix actual, String call) {
        assertEquals(expected.shape(), actual.shape(), call);
        for (int k = 0; k < expected.size(); k++) assertTrue(same(expected.get(k), actual.get(k)), call + ": " + actual + ", SymPy " + expected);
    }

    /** Each row of actual is a nonzero multiple of the same row of expected: all 2×2 minors of the pair vanish. */
    private static void assertMultiples(Matrix expected, Matrix actual, String call) {
        assertEquals(expected.rows(), actual.rows(), call + ": " + actual + ", SymPy " + expected);
        for (int i = 0; i < expected.rows(); i++) {
            boolean nonzero = false;
            for (int j = 0; j < expected.cols(); j++) {
                nonzero |= !actual.get(i, j).isZero();
                for (int k = j + 1; k < expected.cols(); k++) {
                    Expr minor = Expr.sub(Expr.mul(actual.get(i, j), expected.get(i, k)), Expr.mul(actual.get(i, k), expected.get(i, j)));
                    assertTrue(same(minor, Num.ZERO), call + ": row " + (i + 1) + " of " + actual + " is no multiple of SymPy's " + expected);
                }
            }
            assertTrue(nonzero, call + ": a zero basis vector in " + actual);
        }
    }

    private static final Pattern COMPLEX = Pattern.compile("# (\\d+) complex eigenvalue");

    /** A vector, or (with complex eigenvalues) a report: the vector, then a comment that counts them. */
    private static void assertEigenvalues(String sympy, int complexCount, Value result, String call) {
        String shown = result.show();
        Matcher m = COMPLEX.matcher(shown);
        assertEquals(complexCount, m.find() ? Integer.parseInt(m.group(1)) : 0, call + ": " + shown);
        List<Expr> actual = new ArrayList<>(matrix(shown.split("#")[0].strip()).entries());
        List<Expr> expected = matrix(sympy).entries();
        assertEquals(expected.size(), actual.size(), call + ": " + shown + ", SymPy " + sympy);
        for (Expr e : expected) {
            Expr match = actual.stream().filter(x -> same(e, x)).findFirst().orElse(null);
            assertFalse(match == null, call + ": SymPy's eigenvalue " + e + " is not among " + shown);
            actual.remove(match);
        }
    }

    /** Equal as rational functions; to 1e-12 relative where a double takes part. */
    private static boolean same(Expr a, Expr b) {
        if (Find.anyDouble(a) || Find.anyDouble(b)) {
            double x = ((Num) NumericValue.of(a)).doubleValue(), y = ((Num) NumericValue.of(b)).doubleValue();
            return Math.abs(x - y) <= TOLERANCE * Math.max(1, Math.max(Math.abs(x), Math.abs(y)));
        }
        return Together.isZero(Expr.sub(a, b), Limits.DEFAULT);
    }

}
