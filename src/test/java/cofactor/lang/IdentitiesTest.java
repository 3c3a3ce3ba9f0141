package cofactor.lang;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cofactor.expr.Expr;
import cofactor.expr.Sym;
import cofactor.testing.DoubleEval;
import java.util.Map;
import java.util.function.DoubleBinaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The simplifications every CAS applies on its own (issue 12's list): each input prints
 * its short form, and that form has the input's value, computed here with {@link Math}
 * straight from the input as typed (finite differences for the derivatives), at points
 * on both sides of 0.
 */
class IdentitiesTest {
    private static final double[] XS = {-1.7, -0.45, 0.3, 0.8, 2.9}, YS = {0.6, -1.1, 2.3};

    static Stream<Arguments> cases() {
        return Stream.of(
                // the standard angles, all six functions and the inverses
                Arguments.of("sin(pi/6)", "1/2", op((x, y) -> Math.sin(Math.PI / 6))),
                Arguments.of("cos(pi/3)", "1/2", op((x, y) -> Math.cos(Math.PI / 3))),
                Arguments.of("tan(pi/4)", "1", op((x, y) -> Math.tan(Math.PI / 4))),
                Arguments.of("cot(pi/6)", "sqrt(3)", op((x, y) -> 1 / Math.tan(Math.PI / 6))),
                Arguments.of("sec(3*pi/4)", "-sqrt(2)", op((x, y) -> 1 / Math.cos(3 * Math.PI / 4))),
                Arguments.of("csc(pi/3)", "2*sqrt(3)/3", op((x, y) -> 1 / Math.sin(Math.PI / 3))),
                Arguments.of("sin(pi/12)", "sqrt(6)/4 - sqrt(2)/4", op((x, y) -> Math.sin(Math.PI / 12))),
                Arguments.of("asin(1)", "pi/2", op((x, y) -> Math.asin(1))),
                Arguments.of("atan(1)", "pi/4", op((x, y) -> Math.atan(1))),
                Arguments.of("acos(-1/2)", "2*pi/3", op((x, y) -> Math.acos(-0.5))),
                Arguments.of("asin(-sqrt(2)/2)", "-pi/4", op((x, y) -> Math.asin(-Math.sqrt(2) / 2))),
                Arguments.of("atan(2 - sqrt(3))", "pi/12", op((x, y) -> Math.atan(2 - Math.sqrt(3)))),
                // roots
                Arguments.of("sqrt(2)*sqrt(3)", "sqrt(6)", op((x, y) -> Math.sqrt(2) * Math.sqrt(3))),
                Arguments.of("sqrt(8)/sqrt(6)", "2*sqrt(3)/3", op((x, y) -> Math.sqrt(8) / Math.sqrt(6))),
                // primes past trial division, shared by two roots: sqrt(1009·1013)·sqrt(1009·1019) = 1009·sqrt(1013·1019)
                Arguments.of("sqrt(1009*1013)*sqrt(1009*1019)", "1009*sqrt(1032247)", op((x, y) -> Math.sqrt(1009.0 * 1013) * Math.sqrt(1009.0 * 1019))),
                Arguments.of("(1009^2*1013)^(1/3)*(1009*1013^2)^(1/3)", "1022117", op((x, y) -> Math.cbrt(1009.0 * 1009 * 1013) * Math.cbrt(1009.0 * 1013 * 1013))),
                Arguments.of("sqrt(sqrt(x))", "x^(1/4)", op((x, y) -> Math.sqrt(Math.sqrt(x)))),
                Arguments.of("sqrt(x^2)", "abs(x)", op((x, y) -> Math.sqrt(x * x))),
                // inverse pairs
                Arguments.of("tan(atan(x))", "x", op((x, y) -> Math.tan(Math.atan(x)))),
                Arguments.of("sin(asin(x))", "x", op((x, y) -> Math.sin(Math.asin(x)))),
                Arguments.of("cos(atan(x))", "1/sqrt(x^2 + 1)", op((x, y) -> Math.cos(Math.atan(x)))),
                // powers of E
                Arguments.of("E*exp(2)", "exp(3)", op((x, y) -> Math.E * Math.exp(2))),
                Arguments.of("exp(x)*exp(-x)", "1", op((x, y) -> Math.exp(x) * Math.exp(-x))),
                Arguments.of("exp(x)*exp(y)/E", "exp(x + y - 1)", op((x, y) -> Math.exp(x) * Math.exp(y) / Math.E)),
                // a common factor, and a sum's sign inside a function
                Arguments.of("(2*x + 2)/2", "x + 1", op((x, y) -> (2 * x + 2) / 2)),
                Arguments.of("sin(-(-x + y))", "sin(x - y)", op((x, y) -> Math.sin(-(-x + y)))),
                Arguments.of("exp(-(-x + y))", "exp(x - y)", op((x, y) -> Math.exp(-(-x + y)))),
                // a sum whose leading term is negative is written from its first positive one
                Arguments.of("-x^2 + 1", "1 - x^2", op((x, y) -> -x * x + 1)),
                Arguments.of("-pi + y/2", "y/2 - pi", op((x, y) -> -Math.PI + y / 2)),
                // abs and sign
                Arguments.of("d(abs(x), x)", "sign(x)", op((x, y) -> DoubleEval.derivative(Math::abs, x))),
                // sign beside an odd power of its argument or of its abs folds in (the points avoid 0)
                Arguments.of("d(log(abs(x)), x)", "1/x", op((x, y) -> DoubleEval.derivative(t -> Math.log(Math.abs(t)), x))),
                Arguments.of("d(x*abs(x), x)", "2*abs(x)", op((x, y) -> DoubleEval.derivative(t -> t * Math.abs(t), x))),
                Arguments.of("sign(x)*abs(x)^3*y", "x^3*y", op((x, y) -> Math.signum(x) * Math.pow(Math.abs(x), 3) * y)),
                Arguments.of("sign(x - y)/(x - y)", "1/abs(x - y)", op((x, y) -> Math.signum(x - y) / (x - y))),
                Arguments.of("2.5*x*sign(x)", "2.5*abs(x)", op((x, y) -> 2.5 * x * Math.signum(x))),
                Arguments.of("sign(x)*x^2", "x^2*sign(x)", op((x, y) -> Math.signum(x) * x * x)),
                Arguments.of("d(abs(x), x, 2)", "0",
                        op((x, y) -> DoubleEval.derivative(t -> DoubleEval.derivative(Math::abs, t), x))),
                Arguments.of("abs(x)^2", "x^2", op((x, y) -> Math.pow(Math.abs(x), 2))),
                Arguments.of("abs(x^2*y)", "x^2*abs(y)", op((x, y) -> Math.abs(x * x * y))),
                Arguments.of("sign(-3*exp(x))", "-1", op((x, y) -> Math.signum(-3 * Math.exp(x)))),
                Arguments.of("N(sign(sin(1) - cos(1)))", "1.0", op((x, y) -> Math.signum(Math.sin(1) - Math.cos(1)))));
    }

    /** The input's value, as a named argument (JUnit shows the lambda's class name otherwise). */
    private static Named<DoubleBinaryOperator> op(DoubleBinaryOperator f) { return Named.of("its value", f); }

    @ParameterizedTest(name = "{0} is {1}")
    @MethodSource("cases")
    void printsItsShortFormWithTheSameValue(String input, String printed, DoubleBinaryOperator value) {
        Expr result = ((ScalarValue) new Interpreter(new Session()).execute(StandardParser.parse(input, "test").get(0))).expr();
        assertEquals(printed, result.toString(), input);
        int checked = 0;
        for (double x : XS) {
            for (double y : YS) {
                double want = value.applyAsDouble(x, y);
                if (Double.isNaN(want)) continue; // outside the input's domain (asin(x) at 2.9, sqrt(x) below 0)
                double got = DoubleEval.eval(result, Map.of(Sym.of("x"), x, Sym.of("y"), y));
                assertTrue(DoubleEval.close(got, want, 1e-9), input + " → " + result + " is " + got + " at x = " + x + ", y = " + y + ", not " + want);
                checked++;
            }
        }
        assertTrue(checked >= 6, input + ": only " + checked + " points in its domain");
    }
}
