package cofactor.lang;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cofactor.expr.Expr;
import cofactor.expr.Rewrite;
import cofactor.expr.Sym;
import cofactor.guard.Limits;
import cofactor.numeric.Refine;
import cofactor.poly.Together;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * series and limit give what SymPy gives (the cases and the script that made them are in
 * {@code /cofactor/sympy/series_cases.*}): the terms of a series equal SymPy's exactly as
 * rational functions, or to 1e-12 at three points; a limit is the same value, the same
 * infinity, or both say the two sides differ.
 */
class SeriesAgainstSymPyTest {
    static Stream<Arguments> cases() throws IOException {
        List<String> lines;
        try (InputStream in = SeriesAgainstSymPyTest.class.getResourceAsStream("/cofactor/sympy/series_cases.txt")) {
            lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().filter(l -> !l.startsWith("#")).toList();
        }
        assertEquals(89, lines.size());
        return lines.stream().map(l -> l.split("\t")).map(c -> Arguments.of(c[0], c[1], c[3], c[4], c[5]));
    }

    private static Value evaluate(String text) {
        return new Interpreter(new Session()).execute(StandardParser.parse(text, "test").get(0));
    }

    @ParameterizedTest(name = "{0}({1}, x, {2}, {3}) = {4}")
    @MethodSource("cases")
    void givesSymPysAnswer(String kind, String e, String at, String nOrDir, String sympy) {
        if (kind.equals("series")) {
            SeriesValue s = assertInstanceOf(SeriesValue.class, evaluate("series(" + e + ", x, " + at + ", " + nOrDir + ")"));
            assertEquals(Integer.parseInt(nOrDir), s.series().highest());
            assertSame(((ScalarValue) evaluate(sympy)).expr(), s.series().polynomial(), at, s.show());
            return;
        }
        String call = "limit(" + e + ", x, " + at + (nOrDir.equals("both") ? "" : ", dir = \"" + nOrDir + "\"") + ")";
        if (sympy.equals("differs")) {
            EvalError error = assertThrows(EvalError.class, () -> evaluate(call));
            assertTrue(error.getMessage().contains("there is no two-sided limit"), error.getMessage());
            return;
        }
        Value v = evaluate(call);
        if (sympy.equals("inf") || sympy.equals("-inf")) {
            assertEquals(sympy, v.show(), call);
        } else {
            assertSame(((ScalarValue) evaluate(sympy)).expr(), assertInstanceOf(ScalarValue.class, v, call).expr(), at, call);
        }
    }

    /** Equal as rational functions, or else to 1e-12 at three points near the expansion point (a = 0.7, b = 0.3). */
    private static void assertSame(Expr want, Expr got, String at, String what) {
        if (Together.isZero(Expr.sub(got, want), Limits.DEFAULT)) return;
        double center = at.contains("inf") ? 0 : Refine.toDouble(((ScalarValue) evaluate(at)).expr());
        for (double dx : new double[] {0.05, 0.1, -0.07}) {
            double x0 = at.contains("inf") ? 1 / dx : center + dx;
            Map<Sym, Expr> point = Map.of(Sym.of("x"), Expr.real(x0), Sym.of("a"), Expr.real(0.7), Sym.of("b"), Expr.real(0.3));
            double w = Refine.toDouble(Rewrite.subs(want, point)), g = Refine.toDouble(Rewrite.subs(got, point));
            assertTrue(Math.abs(w - g) <= 1e-12 * Math.max(1, Math.abs(w)), what + " = " + got + ", SymPy: " + want + " (at x = " + x0 + ": " + g + " vs " + w + ")");
        }
    }
}
