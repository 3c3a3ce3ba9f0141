package cofactor.lang;

import static org.junit.jupiter.api.Assertions.*;

import cofactor.expr.Expr;
import cofactor.expr.Sym;
import cofactor.guard.Limits;
import cofactor.numeric.Refine;
import cofactor.solve.CriticalPoints;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * solve, solve of systems and critical against SymPy's real solutions and stationary points
 * (the data and the script that made them are in {@code /cofactor/sympy/solve_cases.*}):
 * the same number of solutions, each value within 1e-12 of SymPy's 30 digits, and for
 * stationary points the same kind.
 */
class SolveAgainstSymPyTest {
    static Stream<Arguments> cases() throws IOException {
        List<String> lines;
        try (InputStream in = SolveAgainstSymPyTest.class.getResourceAsStream("/cofactor/sympy/solve_cases.txt")) {
            lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().filter(l -> !l.startsWith("#")).toList();
        }
        assertEquals(71, lines.size());
        return lines.stream().map(l -> l.split("\t")).map(c -> Arguments.of(c[0], c[1], c[2]));
    }

    private static Value evaluate(String text) {
        return new Interpreter(new Session()).execute(StandardParser.parse(text, "test").get(0));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("cases")
    void givesSymPysSolutions(String kind, String input, String sympy) {
        List<String> expected = sympy.equals("none") ? List.of() : List.of(sympy.split(";"));
        switch (kind) {
            case "solve" -> compare(rows(evaluate("solve(" + input + ", x)")), expected, input);
            case "system" -> compare(rows(evaluate(input)), expected, input);
            case "critical" -> critical(input, expected);
            default -> fail("unknown kind " + kind);
        }
    }

    /** The solutions as rows of values: a vector of numbers, a matrix of points, or none. */
    private static List<List<Expr>> rows(Value v) {
        List<List<Expr>> out = new ArrayList<>();
        if (v instanceof Report r) {
            assertTrue(r.text().startsWith("no real solutions"), r.text());
            return out;
        }
        cofactor.matrix.Matrix m = ((MatrixValue) v).matrix();
        for (int i = 0; i < m.rows(); i++) {
            List<Expr> row = new ArrayList<>();
            for (int j = 0; j < m.cols(); j++) row.add(m.get(i, j));
            out.add(row);
        }
        out.sort((a, b) -> {
            for (int j = 0; j < a.size(); j++) {
                int c = Double.compare(Refine.toDouble(a.get(j)), Refine.toDouble(b.get(j)));
                if (c != 0) return c;
            }
            return 0;
        });
        return out;
    }

    private static void compare(List<List<Expr>> got, List<String> expected, String input) {
        assertEquals(expected.size(), got.size(), input + ": " + got + " vs SymPy's " + expected);
        for (int i = 0; i < got.size(); i++) {
            String[] coords = expected.get(i).split(",");
            assertEquals(coords.length, got.get(i).size(), input);
            for (int j = 0; j < coords.length; j++) {
                double want = Double.parseDouble(coords[j]), have = Refine.toDouble(got.get(i).get(j));
                assertEquals(want, have, 1e-12 * (1 + Math.abs(want)), input + ": " + got.get(i) + " vs SymPy's " + expected.get(i));
            }
        }
    }

    private static void critical(String input, List<String> expected) {
        // critical(f, [x, y]): f and the variables read by the interpreter, the points from the Java API
        String inside = input.substring("critical(".length(), input.lastIndexOf(", ["));
        Expr f = ((ScalarValue) evaluate(inside)).expr();
        List<Sym> vars = new ArrayList<>();
        for (String name : input.substring(input.lastIndexOf('[') + 1, input.lastIndexOf(']')).split(", ")) vars.add(Sym.of(name));
        List<CriticalPoints.Point> points = new ArrayList<>(CriticalPoints.of(f, vars, Limits.DEFAULT).points());
        points.sort((a, b) -> {
            for (int j = 0; j < a.at().size(); j++) {
                int c = Double.compare(Refine.toDouble(a.at().get(j)), Refine.toDouble(b.at().get(j)));
                if (c != 0) return c;
            }
            return 0;
        });
        assertEquals(expected.size(), points.size(), input + ": " + points);
        List<String> kinds = new ArrayList<>(), values = new ArrayList<>();
        for (String e : expected) {
            values.add(e.substring(0, e.indexOf(':')));
            kinds.add(e.substring(e.indexOf(':') + 1));
        }
        compare(points.stream().map(CriticalPoints.Point::at).toList(), values, input);
        for (int i = 0; i < points.size(); i++) assertEquals(kinds.get(i), points.get(i).kind().label(), input + " at " + points.get(i).at());
    }
}
