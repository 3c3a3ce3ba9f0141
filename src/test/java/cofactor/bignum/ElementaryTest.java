package cofactor.bignum;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each elementary function against mpmath at 800 digits (elementary_values.tsv, from
 * cofactor/numeric/reference_values.py): at 64 and 200 bits (the series) and at 2 400 bits (the
 * reductions for long series), the ball holds the value and is as narrow as the bits asked, but 12.
 */
class ElementaryTest {
    record Case(String function, String argument, BigDecimal value, int bits) {
        @Override public String toString() { return function + "(" + argument + ") at " + bits + " bits"; }
    }

    static List<Case> cases() {
        List<Case> out = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(Objects.requireNonNull(
                ElementaryTest.class.getResourceAsStream("/cofactor/numeric/elementary_values.tsv")), StandardCharsets.UTF_8))) {
            for (String line; (line = r.readLine()) != null; ) {
                if (line.startsWith("#") || line.isBlank()) continue;
                String[] f = line.split("\t");
                for (int bits : new int[] {64, 200, 2400}) out.add(new Case(f[0], f[1], new BigDecimal(f[2]), bits));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void theBallHoldsTheValueAndIsNarrow(Case c) {
        String[] pq = c.argument().split("/");
        BigInteger p = new BigInteger(pq[0]), q = pq.length > 1 ? new BigInteger(pq[1]) : BigInteger.ONE;
        Ball x = Ball.ratio(p, q, c.bits() + 128); // the argument to more bits: near ±1 and 0 the functions magnify its error
        Ball y = apply(c.function(), x, c.bits());
        BigDecimal distance = Exact.of(y.mid()).subtract(c.value()).abs();
        BigDecimal referenceError = c.value().abs().movePointLeft(795);
        assertTrue(distance.compareTo(Exact.radius(y).add(referenceError)) <= 0, () -> c + ": " + y + " misses " + c.value().round(new MathContext(40)));
        BigDecimal width = Exact.radius(y).divide(c.value().abs(), new MathContext(10));
        BigDecimal limit = BigDecimal.ONE.divide(new BigDecimal(BigInteger.ONE.shiftLeft(c.bits() - 12)), new MathContext(10));
        assertTrue(width.compareTo(limit) <= 0, () -> c + ": radius " + width + " of the value, more than " + limit);
    }

    private static Ball apply(String function, Ball x, int bits) {
        return switch (function) {
            case "exp" -> Elementary.exp(x, bits);
            case "log" -> Elementary.log(x, bits);
            case "sin" -> Elementary.sin(x, bits);
            case "cos" -> Elementary.cos(x, bits);
            case "tan" -> { Ball[] sc = Elementary.sinCos(x, bits); yield sc[0].div(sc[1], bits); }
            case "atan" -> Elementary.atan(x, bits);
            case "asin" -> Elementary.asin(x, bits);
            case "acos" -> Elementary.acos(x, bits);
            case "sinh" -> Elementary.sinh(x, bits);
            case "cosh" -> Elementary.cosh(x, bits);
            case "tanh" -> Elementary.tanh(x, bits);
            case "sqrt" -> x.sqrt(bits);
            default -> throw new IllegalArgumentException(function);
        };
    }
}
