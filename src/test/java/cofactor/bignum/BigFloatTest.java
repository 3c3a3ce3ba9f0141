package cofactor.bignum;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** BigFloat's roundings against BigDecimal's: to a double (JDK's correctly rounded parse), to bits, quotients, roots. */
class BigFloatTest {

    private static BigFloat random(Random r, int maxBits, int exponentSpan) {
        BigInteger m = new BigInteger(1 + r.nextInt(maxBits), r);
        if (m.signum() == 0) m = BigInteger.ONE;
        return BigFloat.of(r.nextBoolean() ? m : m.negate(), r.nextInt(2 * exponentSpan + 1) - exponentSpan);
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 4, 5})
    void toDoubleIsTheNearestDoubleSubnormalsAndOverflowIncluded(long seed) {
        Random r = new Random(seed);
        for (int i = 0; i < 2000; i++) {
            BigFloat x = random(r, 120, 1150);
            assertEquals(Exact.of(x).doubleValue(), x.toDouble(), 0.0, () -> "seed " + seed + ": " + x);
        }
    }

    /** Halfway between two doubles goes to the even one, also between the smallest subnormals. */
    @ParameterizedTest(name = "{0}·2^{1}")
    @CsvSource({"9007199254740993, 0", "9007199254740995, 0", "3, -1076", "1, -1075", "5, -1076", "-9007199254740993, 0"})
    void tiesGoToEven(long m, long e) {
        BigFloat x = BigFloat.of(BigInteger.valueOf(m), e);
        assertEquals(Exact.of(x).doubleValue(), x.toDouble(), 0.0);
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {6, 7, 8})
    void roundingToBitsIsToNearestEven(long seed) {
        Random r = new Random(seed);
        for (int i = 0; i < 2000; i++) {
            BigFloat x = random(r, 200, 300);
            int bits = 1 + r.nextInt(80);
            BigDecimal rounded = Exact.of(x.round(bits));
            assertTrue(x.round(bits).bits() <= bits);
            // no number of `bits` bits is nearer: the neighbours of the result at that precision are at least as far
            BigDecimal ulp = Exact.of(BigFloat.of(BigInteger.ONE, x.round(bits).top() - bits));
            BigDecimal error = Exact.of(x).subtract(rounded).abs();
            assertTrue(error.compareTo(ulp.divide(BigDecimal.valueOf(2))) <= 0, () -> "seed " + seed + ": " + x + " to " + bits);
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {9, 10, 11})
    void quotientsAndRootsAreCorrectlyRounded(long seed) {
        Random r = new Random(seed);
        for (int i = 0; i < 1000; i++) {
            BigFloat a = random(r, 150, 200), b = random(r, 150, 200);
            int bits = 2 + r.nextInt(120);
            BigDecimal exact = Exact.of(a).divide(Exact.of(b), new MathContext(400));
            BigFloat q = BigFloat.divide(a, b, bits);
            BigDecimal halfUlp = Exact.of(BigFloat.of(BigInteger.ONE, q.top() - bits - 1));
            assertTrue(exact.subtract(Exact.of(q)).abs().compareTo(halfUlp) <= 0, () -> a + " / " + b + " to " + bits);
            BigFloat s = a.abs().sqrt(bits);
            BigDecimal root = Exact.of(a.abs()).sqrt(new MathContext(400));
            BigDecimal halfUlpRoot = Exact.of(BigFloat.of(BigInteger.ONE, s.top() - bits - 1));
            assertTrue(root.subtract(Exact.of(s)).abs().compareTo(halfUlpRoot) <= 0, () -> "sqrt " + a + " to " + bits);
        }
    }

    @ParameterizedTest(name = "{0}/{1}")
    @CsvSource({"1, 3", "1, 1000000000000000000000000000000", "2, 3", "-7, 10", "10000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000001, 3"})
    void rationalsAreCorrectlyRounded(String p, String q) {
        double d = BigFloat.toDouble(new BigInteger(p), new BigInteger(q));
        BigDecimal exact = new BigDecimal(p).divide(new BigDecimal(q), new MathContext(1200));
        assertEquals(exact.doubleValue(), d, 0.0);
    }
}
