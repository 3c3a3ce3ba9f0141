package cofactor.lang;

import static cofactor.testing.CommandLineRun.eval;
import static org.junit.jupiter.api.Assertions.assertEquals;

import cofactor.testing.CommandLineRun;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** plot(e, x, a, b) through the language: its bounds, and what it says when there is nothing to draw. */
class PlotBuiltinTest {

    /** A closed expression as a bound draws the same chart as its decimal value typed out. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "plot(sin(x), x, 0, pi)           | plot(sin(x), x, 0, 3.141592653589793)",
        "plot(x^2, x, -sqrt(2), E)        | plot(x^2, x, -1.4142135623730951, 2.718281828459045)",
        "plot(cos x, x, pi/6, 2pi)        | plot(cos x, x, 0.5235987755982988, 6.283185307179586)",
    })
    void closedBoundsAreNumbers(String symbolic, String decimal) {
        assertEquals(eval(decimal), eval(symbolic));
    }

    @Test void aBoundWithASymbolIsRefused() {
        CommandLineRun r = CommandLineRun.of("-e", "plot(x, x, 0, y)");
        assertEquals("error: plot: argument 4 must be a number, got y\n", r.err());
    }

    /** Some points real is enough: log on [-1, 1] draws its right half. */
    @Test void aPartlyRealCurveIsDrawn() {
        assertEquals("log(x)", eval("plot(log(x), x, -1, 1)").lines().findFirst().orElseThrow());
    }
}
