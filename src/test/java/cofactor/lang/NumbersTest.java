package cofactor.lang;

import static cofactor.testing.CommandLineRun.eval;
import static org.junit.jupiter.api.Assertions.assertEquals;

import cofactor.testing.CommandLineRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Numbers as a user meets them: a double reaching a closed part makes it a double (values from
 * mpmath at 50 digits, with the double 0.26 taken as the binary number it is), numbers of many
 * digits print and read back whole, and no number is infinite.
 */
class NumbersTest {
    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '→', quoteCharacter = '"', value = {
        "(x^5/tanh((5 + pi)*x)) | x = 0.26 → 0.0012230997886817244",
        "y + x*pi | x = 0.5 → y + 1.5707963267948966",
        "x*pi*y | x = 0.5 → 1.5707963267948966*y",
        "(x + pi) | x = 1 → pi + 1",
        "subs(sin(x) + E, x = 0.5) → 3.197707367063248",
        "N(pi, 30) → 3.14159265358979323846264338328",
        "N(E, 50) → 2.7182818284590452353602874713526624977572470937000",
        "-N(pi, 20) → -3.1415926535897932385",
        "3.14159265358979323846264338328 → 3.14159265358979323846264338328",
        "1.0000000000000000000E500 → 1.0000000000000000000E500",
        "2*N(pi, 20) → 6.283185307179586",
        "x*N(pi, 20) → 3.1415926535897932385*x",
        "csc(pi/2) → 1",
        "csc(3*pi/2) → -1",
        "1e-3 + 0.999 → 1.0",
        "inf = 2; inf + 1 → 3",
    })
    void numbersAsDocumented(String input, String expected) {
        assertEquals(expected, eval(input));
    }

    @Test void aNumberOfManyDigitsPastTheDoubleRangeComputesOnlyInN() {
        CommandLineRun r = CommandLineRun.of("-e", "1.0000000000000000000E500 + 1");
        assertEquals("error: +: 1.0000000000000000000E500 is beyond the range of a double; only N(e, d) computes with it\n", r.err());
        assertEquals("1.00000000000000000000000000000E500", eval("N(1.0000000000000000000E500, 30)"));
    }

    /**
     * e = sin(e) + cos(e), 60 times over, shares its parts: 2^60 nodes as a tree, 121 distinct.
     * Substituting into it looked for doubles tree-wise and ran out of memory; the value is the
     * same recurrence in doubles, rounding aside.
     */
    @Test void substitutionIntoASharedExpressionVisitsEachPartOnce() {
        StringBuilder build = new StringBuilder("e = x");
        for (int i = 0; i < 60; i++) build.append("; e = sin(e) + cos(e)");
        double v = 1;
        for (int i = 0; i < 60; i++) v = Math.sin(v) + Math.cos(v);
        assertEquals(v + 1, Double.parseDouble(eval(build + "; (e + x) | x = 1.0")), 1e-12);
        assertEquals(v + 1, Double.parseDouble(eval(build + "; N((e + x) | x = 1)")), 1e-12);
    }
}
