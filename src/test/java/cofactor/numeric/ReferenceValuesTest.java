package cofactor.numeric;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cofactor.Cofactor;
import cofactor.expr.MathError;
import cofactor.expr.Num;
import cofactor.expr.Rewrite;
import cofactor.lang.ScalarValue;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * N against 300 random closed exact expressions whose values SymPy's evalf and mpmath agreed on
 * to 70 digits (reference_values.py, beside the data): N(e) is the correctly rounded double,
 * bit for bit, and N(e, 50) the 50 correctly rounded digits.
 */
class ReferenceValuesTest {
    record Case(String expression, double value, BigDecimal digits) {
        @Override public String toString() { return expression; }
    }

    private static final Cofactor SESSION = new Cofactor();

    static List<Case> cases() {
        List<Case> out = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                Objects.requireNonNull(ReferenceValuesTest.class.getResourceAsStream("reference_values.tsv")), StandardCharsets.UTF_8))) {
            for (String line; (line = r.readLine()) != null; ) {
                if (line.startsWith("#") || line.isBlank()) continue;
                String[] f = line.split("\t");
                out.add(new Case(f[0], Double.parseDouble(f[1]), new BigDecimal(f[2])));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    private static Num value(String statement) {
        return (Num) ((ScalarValue) SESSION.eval(statement)).expr();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void nIsTheCorrectlyRoundedDouble(Case c) {
        Num n = value("N(" + c.expression() + ")");
        assertEquals(Double.doubleToLongBits(c.value()), Double.doubleToLongBits(n.doubleValue()),
                () -> "N(" + c.expression() + ") = " + n + ", correctly rounded " + c.value());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void nWithFiftyDigitsIsCorrectlyRounded(Case c) {
        Num n = value("N(" + c.expression() + ", 50)");
        assertEquals(c.digits(), n.decimal(), () -> "N(" + c.expression() + ", 50)");
        assertEquals(n, value(n.toString()), "the digits read back as the same number");
    }

    /** The data has teeth: folding the same expressions in doubles, as N did before, gets many of them wrong. */
    @Test void doublesGetManyOfThemWrong() {
        List<Case> all = cases();
        assertEquals(300, all.size());
        int wrong = 0, far = 0;
        for (Case c : all) {
            double d;
            try {
                d = Rewrite.numeric(((ScalarValue) SESSION.eval(c.expression())).expr()) instanceof Num n ? n.doubleValue() : Double.NaN;
            } catch (MathError e) { // a double overflowed on the way
                d = Double.NaN;
            }
            if (d != c.value()) wrong++;
            if (!(Math.abs(d - c.value()) <= 1e-6 * Math.abs(c.value()))) far++;
        }
        assertTrue(wrong >= 60, "only " + wrong + " of 300 differ from the correctly rounded value in doubles");
        assertTrue(far >= 20, "only " + far + " of 300 are off by more than a millionth in doubles");
    }
}
