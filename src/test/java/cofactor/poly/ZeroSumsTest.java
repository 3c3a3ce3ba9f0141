package cofactor.poly;

import static org.junit.jupiter.api.Assertions.assertEquals;

import cofactor.Cofactor;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A statement's result that is 0 as a rational function prints 0, whatever form it came in;
 * one that is not keeps its form (a divisor that is such a 0: ErrorCatalogTest). Each zero is a hand derivation: over the common
 * denominator the numerator cancels (x + 2 - (x + 2) = 0, (x + 1)^2 - x^2 - 2x - 1 = 0).
 */
class ZeroSumsTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "x/(x + 2) + 2/(x + 2) - 1                      | 0",
        "1/x + 1/y - (x + y)/(x*y)                      | 0",
        "(x^2 - 1)/(x - 1) - x - 1                      | 0",
        "x/(x^2 - 1) - 1/(x^2 - 1) - 1/(x + 1)           | 0",
        "(x + 1)^2 - x^2 - 2*x - 1                      | 0",
        "(a + b)*(a - b) - a^2 + b^2                    | 0",
        "sin(x)/(sin(x) + 1) + 1/(sin(x) + 1) - 1       | 0",
        "0.5*x/(x + 2) + 1.0/(x + 2) - 0.5              | 0",
        "sin(x/(x + 2) + 2/(x + 2) - 1) + y             | y",
        "2*y*cos(x/(x + 2) + 2/(x + 2) - 1) + y*z       | y*z + 2*y",
        "3*y*exp(-x)*(x/(x + 2) + 2/(x + 2) - 1) + y    | y",
        "[[x/(x + 2) + 2/(x + 2) - 1, 1/(x + 2)]]        | [[0, 1/(x + 2)]]",
        "e = x/(x + 2) + 2/(x + 2) - 1; d(e^2 + e, x)   | 0",
        // not 0: the form typed stays (together is asked for by name)
        "x/(x + 2) + 2/(x + 2)                          | x/(x + 2) + 2/(x + 2)",
        "x*(x + 1) - x^2                                | x*(x + 1) - x^2",
        "(x + 1)^2 - x^2                                | (x + 1)^2 - x^2",
        "sqrt(2)*sqrt(3) - sqrt(6)                      | 0",
    })
    void resultsThatAreZeroPrintZero(String input, String shown) {
        assertEquals(shown, new Cofactor().eval(input).show());
    }
}
