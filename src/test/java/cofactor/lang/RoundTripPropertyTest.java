package cofactor.lang;

import static org.junit.jupiter.api.Assertions.assertEquals;

import cofactor.expr.Expr;
import cofactor.expr.Num;
import cofactor.expr.Sym;
import cofactor.matrix.Matrix;
import cofactor.testing.RandomExpr;
import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** What the printer writes, the parser and interpreter read back as the same canonical value. */
class RoundTripPropertyTest {
    static LongStream seeds() { return LongStream.range(0, 1000).map(i -> 0xF00D0000L + i); }

    private static Value readBack(String text) {
        List<cofactor.lang.ast.Statement> statements = StandardParser.parse(text, "test");
        assertEquals(1, statements.size(), text);
        return new Interpreter(new Session()).execute(statements.get(0));
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void printedExpressionsParseBack(long seed) {
        Expr e = new RandomExpr(seed, RandomExpr.XYZ).next(5);
        String text = e.toString();
        assertEquals(Value.of(e), readBack(text), "seed " + seed + ": printed as " + text);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void printedMatricesParseBack(long seed) {
        RandomExpr gen = new RandomExpr(seed, RandomExpr.XYZ);
        int m = 1 + gen.random().nextInt(3), n = 1 + gen.random().nextInt(3);
        Expr[] entries = new Expr[m * n];
        for (int k = 0; k < entries.length; k++) entries[k] = gen.next(2);
        Matrix a = Matrix.of(m, n, entries);
        assertEquals(Value.of(a), readBack(a.toString()), "seed " + seed + ": printed as " + a);
    }

    /**
     * Doubles of random bit patterns, every exponent: printed, each reads back as the same
     * double, alone and as a coefficient, and with the fewest digits that do (one digit less,
     * rounded in BigDecimal, reads back as another double).
     */
    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void printedDoublesReadBackAsThemselves(long seed) {
        java.util.Random r = new java.util.Random(seed);
        double v;
        do v = Double.longBitsToDouble(r.nextLong()); while (!Double.isFinite(v) || v == 0);
        String text = Num.real(v).toString();
        assertEquals(Value.of(Num.real(v)), readBack(text), "seed " + seed + ": " + v + " printed as " + text);
        Expr scaled = Expr.mul(Num.real(v), Sym.of("x"));
        assertEquals(Value.of(scaled), readBack(scaled.toString()), "seed " + seed + ": " + scaled);
        java.math.BigDecimal printed = new java.math.BigDecimal(text.startsWith("(") ? text.substring(1, text.length() - 1) : text);
        int digits = printed.stripTrailingZeros().precision();
        if (digits > 1) {
            double shorter = new java.math.BigDecimal(v).round(new java.math.MathContext(digits - 1)).doubleValue();
            org.junit.jupiter.api.Assertions.assertNotEquals(v, shorter, "seed " + seed + ": " + text + " is not the shortest");
        }
    }

    @ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.ValueSource(doubles = {0.1, 1.0, 2.5e-8, 1e21, 123456.789, -0.75, 5e-324, 1.7976931348623157e308})
    void doublesParseBackExactly(double v) {
        assertEquals(Value.of(Num.real(v)), readBack(Num.real(v).toString()));
        Expr scaled = Expr.mul(Num.real(v), Sym.of("x"));
        assertEquals(Value.of(scaled), readBack(scaled.toString()));
    }
}
