package cofactor.integrate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cofactor.Cofactor;
import cofactor.expr.Expr;
import cofactor.expr.MathError;
import cofactor.expr.Rewrite;
import cofactor.expr.Sym;
import cofactor.guard.Limits;
import cofactor.lang.ScalarValue;
import cofactor.numeric.Refine;
import cofactor.testing.DoubleEval;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Antiderivatives and definite integrals against SymPy's (the vectors and the script that
 * made them are in {@code /cofactor/sympy/integrate_cases.*}). An antiderivative G of f
 * must differ from SymPy's F by one constant at the script's points where G is real (each
 * value correctly rounded, to 1e-12 of their size), and its central difference must be f
 * there; a definite integral must be SymPy's value to 1e-12.
 */
class IntegrateAgainstSymPyTest {
    static final Sym x = Sym.of("x");
    static final double TIMEOUT = 120; // Symja's integrator on a loaded machine; its rules load outside this

    static List<String[]> lines(String kind) throws IOException {
        try (InputStream in = IntegrateAgainstSymPyTest.class.getResourceAsStream("/cofactor/sympy/integrate_cases.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(l -> l.startsWith(kind + "\t")).map(l -> l.split("\t")).toList();
        }
    }

    static Stream<Arguments> indefinite() throws IOException {
        List<String[]> cases = lines("indefinite");
        assertEquals(40, cases.size());
        return cases.stream().map(c -> Arguments.of(c[1], c[2], c[3]));
    }

    static Stream<Arguments> definite() throws IOException {
        List<String[]> cases = lines("definite");
        assertEquals(28, cases.size());
        return cases.stream().map(c -> Arguments.of(c[1], c[2], c[3], c[4]));
    }

    static Expr parse(String text) { return ((ScalarValue) new Cofactor().eval(text)).expr(); }

    @ParameterizedTest(name = "integrate({0}, x) = {1} + C")
    @MethodSource("indefinite")
    void differsFromSymPysByAConstant(String integrand, String sympy, String points) {
        Expr f = parse(integrand), F = parse(sympy);
        Antiderivative G = Antiderivative.of(f, x, TIMEOUT, Limits.DEFAULT);
        List<Double> constants = new ArrayList<>();
        for (String p : points.split(",")) {
            Map<Sym, Expr> at = Map.of(x, parse(p));
            double g, sympys;
            try {
                g = Refine.toDouble(Rewrite.subs(G.value(), at));
                sympys = Refine.toDouble(Rewrite.subs(F, at));
            } catch (MathError notRealHere) { // Symja's and SymPy's forms may be real on different parts of f's domain
                continue;
            }
            double c = g - sympys, scale = Math.max(1, Math.max(Math.abs(g), Math.abs(sympys)));
            if (!constants.isEmpty()) assertEquals(constants.get(0), c, 1e-12 * scale, "G - F at x = " + p + " for G = " + G.value());
            constants.add(c);
            double slope = DoubleEval.derivative(t -> DoubleEval.eval(G.value(), Map.of(x, t)), Refine.toDouble(at.get(x)));
            double value = Refine.toDouble(Rewrite.subs(f, at));
            assertEquals(value, slope, 1e-6 * Math.max(1, Math.abs(value)), "G' at x = " + p + " for G = " + G.value());
        }
        assertTrue(constants.size() >= 2, "G = " + G.value() + " is real at only " + constants.size() + " of SymPy's points " + points
                + " (proved " + G.proof() + ")");
    }

    @ParameterizedTest(name = "integrate({0}, x, {1}, {2}) = {3}")
    @MethodSource("definite")
    void givesSymPysValue(String integrand, String a, String b, String sympy) {
        Expr value = ((ScalarValue) new Cofactor().eval("integrate(" + integrand + ", x, " + a + ", " + b + ", timeout = " + TIMEOUT + ")")).expr();
        double expected = new BigDecimal(sympy).doubleValue();
        assertEquals(expected, Refine.toDouble(value), 1e-12 * Math.max(1, Math.abs(expected)), "integrate gave " + value);
    }
}
