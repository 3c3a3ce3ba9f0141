package cofactor.numeric;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cofactor.Cofactor;
import cofactor.expr.Num;
import cofactor.lang.EvalError;
import cofactor.lang.ScalarValue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * N where doubles fail: huge arguments, cancellation, values past the double range, values that
 * are 0 but not recognised as 0. Expected values are mpmath's at 100 digits.
 */
class RefineTest {
    private final Cofactor session = new Cofactor();

    private String eval(String statement) { return session.eval(statement).toString().replaceAll("^ScalarValue\\[expr=(.*)]$", "$1"); }

    private Num number(String statement) { return (Num) ((ScalarValue) session.eval(statement)).expr(); }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', value = {
        "N(log(10^400))               | 921.0340371976183",
        "N(sin(10^30))                | -0.09011690191213806",
        "N((1 + 10^-30) - 1)          | 1.0E-30",
        "N(1 - cos(10^-20))           | 5.0E-41",
        "N(sqrt(10^40 + 1) - 10^20)   | 5.0E-21",
        "N(tan(pi/2 + 10^-30))        | -1.0E30",
        "N(exp(1000) - exp(1000) + 1) | 1.0",
        "N(exp(1000), 20)             | 1.9700711140170469939E434",
        "N(2/3, 20)                   | 0.66666666666666666667",
        "N(1/8, 2)                    | 0.12",
        "N(pi, 18)                    | 3.14159265358979324",
        "N(x + 1/3, 20)               | x + 0.33333333333333333333",
        "N(x^2/3)                     | 0.3333333333333333*x^2",
    })
    void valuesToTheLastDigit(String statement, String expected) {
        assertEquals(expected, session.eval(statement) instanceof ScalarValue s ? s.expr().toString() : "?");
    }

    /** 1 + 2^-53 lies exactly halfway between two doubles; sin² + cos² keeps the balls from ever excluding either side. */
    @Test void aValueOnARoundingBoundaryGetsOneOfItsNeighbours() {
        double d = number("N(1 + 2^-53*(sin(1)^2 + cos(1)^2))").doubleValue();
        assertTrue(d == 1.0 || d == Math.nextUp(1.0), "faithful: " + d);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "N(sin(1)^2 + cos(1)^2 - 1)     | N: cos(1)^2 + sin(1)^2 - 1 cannot be told from 0 with 1248 digits (it may be exactly 0)",
        "N(1/(sin(1)^2 + cos(1)^2 - 1)) | N: 1/(cos(1)^2 + sin(1)^2 - 1) divides by a value that cannot be told from 0 with 1248 digits (it may be exactly 0)",
        "N(exp(1000))                   | N: the value, about 1.97E434, is beyond the range of a double (1.8E308); N(e, d) gives its digits",
        "N(exp(-1000))                  | N: the value, about 5.08E-435, is below the range of a double (4.9E-324); N(e, d) gives its digits",
        "N(exp(1000), 5)                | N: the value, about 1.97E434, is beyond the range of a double; with 18 digits or more N(e, d) keeps it",
        "N(sqrt(-1))                    | N: sqrt(-1) is not a real number",
        "N(log(sin(4)))                 | N: log(sin(4)) is not a real number",
        "N(exp(10^20))                  | N: exp(100000000000000000000) is too large to compute",
        "N(pi, 0)                       | N: the number of digits must be from 1 to 100000, got 0",
    })
    void whatCannotBeComputedSaysWhy(String statement, String message) {
        EvalError e = assertThrows(EvalError.class, () -> session.eval(statement));
        assertEquals("error: " + message, e.format());
    }

    @Test void manyDigitsPrintAndReadBackAsThemselves() {
        Num n = number("N(exp(1000), 30)");
        assertEquals("1.97007111401704699388887935224E434", n.toString());
        assertEquals(n, number(n.toString()));
        assertEquals(n, number("N(" + n + ", 30)"));
    }

    /**
     * certainSign decides a closed number's sign where a ball keeps away from 0, even through heavy
     * cancellation (exp(pi*sqrt(163)) is within 7.5e-13 of an integer), and says 0 for a number that
     * is 0 in disguise. The signs are mpmath's at 50 digits.
     */
    @ParameterizedTest(name = "sign({0}) = {1}")
    @CsvSource(delimiter = '|', value = {
        "exp(4) - 5                              |  1",
        "pi - 355/113                            | -1",
        "exp(pi*sqrt(163)) - 262537412640768744  | -1",
        "cos(4)^2 + sin(4)^2 - 1                 |  0",
        "sqrt(2)*sqrt(3) - sqrt(6) + sin(pi/7)^2 + cos(pi/7)^2 - 1 | 0",
    })
    void certainSign(String e, int sign) {
        assertEquals(sign, Refine.certainSign(((ScalarValue) session.eval(e)).expr()), e);
    }
}
