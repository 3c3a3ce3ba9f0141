package cofactor.expr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Exact rational arithmetic: the gcd-sparing formulas agree with the textbook ones, and sizes are bounded before the work. */
class NumArithmeticTest {
    private static final BigInteger FIVE = BigInteger.valueOf(5), FOUR = BigInteger.valueOf(4), THREE = BigInteger.valueOf(3);

    static LongStream seeds() { return LongStream.range(0, 20); }

    /** a/b + c/d and a/b · c/d reduced by one gcd of the whole result: the definition, computed independently. */
    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void sumsAndProductsAgreeWithTheDefinition(long seed) {
        Random r = new Random(seed);
        for (int k = 0; k < 200; k++) {
            BigInteger a = operand(r), b = operand(r).abs().add(BigInteger.ONE), c = operand(r), d = operand(r).abs().add(BigInteger.ONE);
            Num x = Num.rational(a, b), y = Num.rational(c, d);
            String where = "seed " + seed + ": " + x + " and " + y;
            assertEquals(reduced(a.multiply(d).add(c.multiply(b)), b.multiply(d)), x.add(y), where);
            assertEquals(reduced(a.multiply(d).subtract(c.multiply(b)), b.multiply(d)), x.sub(y), where);
            assertEquals(reduced(a.multiply(c), b.multiply(d)), x.mul(y), where);
            if (c.signum() != 0) assertEquals(reduced(a.multiply(d), b.multiply(c)), x.div(y), where);
        }
    }

    /**
     * An exact number's double is the rational rounded to nearest, ties to even, whatever the
     * sizes of its parts: parts of up to 53 bits take one division, larger ones the quotient
     * BigFloat rounds; both agree with the exact rounding computed here from the digits.
     */
    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void doublesOfExactNumbersAreCorrectlyRounded(long seed) {
        Random r = new Random(seed);
        for (int k = 0; k < 500; k++) {
            BigInteger p = new BigInteger(1 + r.nextInt(60), r), q = new BigInteger(1 + r.nextInt(60), r).add(BigInteger.ONE);
            if (r.nextBoolean()) p = p.negate();
            Num x = Num.rational(p, q);
            assertEquals(nearestDouble(x.numerator(), x.denominator()), x.doubleValue(), "seed " + seed + ": " + x);
        }
        assertEquals(1.0 / 3, Num.rational(BigInteger.ONE, THREE).doubleValue());
        assertEquals(-(double) (1L << 53), Num.of(-(1L << 53)).doubleValue());
        assertEquals(9007199254740992.0, Num.of((1L << 53) + 1).doubleValue()); // a tie: to the even neighbour
    }

    /** p/q rounded to the nearest double, ties to even, from the exact rational: the neighbours of a 60-digit quotient compared exactly. */
    private static double nearestDouble(BigInteger p, BigInteger q) {
        double guess = new BigDecimal(p).divide(new BigDecimal(q), new MathContext(60)).doubleValue();
        BigDecimal exact = new BigDecimal(p).divide(new BigDecimal(q), new MathContext(400));
        double best = guess;
        for (double c : new double[] {Math.nextDown(guess), Math.nextUp(guess)}) {
            int cmp = new BigDecimal(c).subtract(exact).abs().compareTo(new BigDecimal(best).subtract(exact).abs());
            if (cmp < 0 || cmp == 0 && (Double.doubleToLongBits(c) & 1) == 0) best = c;
        }
        return best;
    }

    /** Shared factors are what the gcd-sparing sum must still cancel: 1/6 + 1/10 = 4/15, 1/6 + 5/6 = 1. */
    /** Reports round to a few digits in the layout of printed values: plain from 0.001 to 10^7, else mantissa E exponent. */
    /** The shared small numbers are the numbers: k as a fraction k/1 read from its digits, below and past the shared range. */
    @Test void smallNumbersAreTheIntegers() {
        for (int k = 0; k < 300; k++) {
            Num n = Num.small(k);
            assertEquals(BigInteger.valueOf(k), n.numerator(), "numerator of " + k);
            assertEquals(BigInteger.ONE, n.denominator(), "denominator of " + k);
            assertEquals(Integer.toString(k), n.text());
            assertEquals(n, Num.rational(new BigInteger(Integer.toString(3 * k)), THREE));
            assertEquals(n.hashCode(), Num.rational(new BigInteger(Integer.toString(3 * k)), THREE).hashCode());
            if (k < 256) assertTrue(n == Num.small(k), "shared " + k);
        }
    }

    @Test void reportsUseTheLayoutOfPrintedValues() {
        assertEquals("6.1E-11", Num.roundedText(6.102606716915909E-11, 2));
        assertEquals("6.1E-11", Num.real(6.1e-11).toString()); // what the value prints as
        assertEquals("1.0E-10", Num.roundedText(1e-10, 3));
        assertEquals("0.00133", Num.roundedText(0.0013344, 3));
        assertEquals("190.0", Num.roundedText(188.7, 2));
        assertEquals("-2.5E7", Num.roundedText(-2.5e7, 3));
        assertEquals("0.0", Num.roundedText(0, 3));
        assertThrows(IllegalArgumentException.class, () -> Num.roundedText(Double.POSITIVE_INFINITY, 3));
    }

    /**
     * A report's number is the double's exact binary value rounded half up (BigDecimal(v).round),
     * though it is found from the double's text: over random doubles of every scale, and over ties
     * and their neighbours (2.5, 0.125, 9.95, 99.5, 1e-17 and the doubles next to them), the text's
     * value equals the exact rounding.
     */
    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void reportsRoundTheExactValue(long seed) {
        Random r = new Random(seed);
        List<Double> values = new ArrayList<>();
        for (double tie : new double[] {2.5, 0.125, 1.25, 9.95, 0.05, 1e-17, 1.05e-17, 99.5, 0.995, 7.5e22, 9999999.5, Double.MIN_NORMAL, Double.MIN_VALUE}) {
            for (double v : new double[] {tie, Math.nextUp(tie), Math.nextDown(tie)}) {
                values.add(v);
                values.add(-v);
            }
        }
        for (int i = 0; i < 300; i++) values.add((r.nextDouble() - 0.5) * Math.pow(10, r.nextInt(61) - 30));
        for (int i = 0; i < 300; i++) values.add((double) (r.nextInt(2000) - 1000) / (1 << r.nextInt(12))); // ties at every digit count
        for (int i = 0; i < 100; i++) values.add(Double.longBitsToDouble(r.nextLong() & 0x7FEFFFFFFFFFFFFFL)); // any finite positive
        for (double v : values) {
            for (int digits = 1; digits <= 6; digits++) {
                BigDecimal exact = new BigDecimal(v).round(new MathContext(digits));
                String text = Num.roundedText(v, digits);
                assertEquals(0, exact.compareTo(new BigDecimal(text)), "seed " + seed + ": " + v + " to " + digits + " digits: " + text + ", exactly " + exact);
            }
        }
    }

    @Test void sharedFactorsCancel() {
        assertEquals(Num.rational(FOUR, BigInteger.valueOf(15)), frac(1, 6).add(frac(1, 10)));
        assertEquals(Num.ONE, frac(1, 6).add(frac(5, 6)));
        assertEquals(Num.ZERO, frac(1, 6).sub(frac(2, 12)));
        assertEquals(frac(-3, 2), frac(-2, 3).inverse());
        assertEquals(frac(9, 4), frac(3, 2).mul(frac(3, 2)));
    }

    /** (4/5)^300000 + 1/3 = (3·4^300000 + 5^300000) / (3·5^300000), in lowest terms, without a gcd of two 700 000-bit numbers. */
    @Test void aHugeFractionPlusASmallOne() {
        int n = 300_000;
        Num big = frac(4, 5).pow(BigInteger.valueOf(n));
        Num sum = big.add(frac(1, 3));
        assertEquals(THREE.multiply(FOUR.pow(n)).add(FIVE.pow(n)), sum.numerator());
        assertEquals(THREE.multiply(FIVE.pow(n)), sum.denominator());
        assertEquals(FIVE.pow(n), big.inverse().numerator());
        Num product = big.mul(frac(5, 2)); // 4^n·5 / (5^n·2)
        assertEquals(BigInteger.TWO.pow(2 * n - 1), product.numerator());
        assertEquals(FIVE.pow(n - 1), product.denominator());
        // both huge, but one divides the other: Euclid's first division ends the gcd
        assertEquals(frac(2, 5).pow(BigInteger.valueOf(n)), big.mul(frac(1, 2).pow(BigInteger.valueOf(n))));
    }

    /** Both parts of both fractions huge: the gcd would be quadratic, so the sum is refused, naming the bound. */
    @Test void reducingTwoHugeFractionsIsRefused() {
        Num a = frac(4, 5).pow(BigInteger.valueOf(300_000)), b = frac(2, 3).pow(BigInteger.valueOf(300_000));
        MathError e = assertThrows(MathError.class, () -> a.add(b));
        assertEquals("exact fraction too large to reduce: cancelling the common factors of numbers of about 2.10e+05 and 1.43e+05 digits "
                + "is limited to 39456 digits; decimals compute approximately", e.getMessage());
    }

    /** Results over the exact size bound are refused before they are computed, in every operation, not only in ^. */
    @Test void exactSizeIsBoundedInEveryOperation() {
        Num half = Num.of(BigInteger.ONE.shiftLeft(Num.MAX_EXACT_BITS / 2)); // 2^(2^21): 2^21 + 1 bits
        MathError product = assertThrows(MathError.class, () -> half.mul(half));
        assertEquals("exact product too large: it would have about 1.26e+06 digits, over the limit of 1262611 for an exact number; "
                + "decimals compute approximately", product.getMessage());
        Num big = Num.of(BigInteger.ONE.shiftLeft(Num.MAX_EXACT_BITS - 1)); // exactly at the bound
        assertThrows(MathError.class, () -> big.add(big));
        assertThrows(MathError.class, () -> big.mul(Num.TWO));
        assertThrows(MathError.class, () -> big.add(frac(1, 3)));
        Num below = Num.of(BigInteger.ONE.shiftLeft(Num.MAX_EXACT_BITS - 2));
        assertEquals(Num.MAX_EXACT_BITS - 1, below.add(Num.ONE).numerator().bitLength(), "below the bound sums still work");
        MathError power = assertThrows(MathError.class, () -> Num.TWO.pow(BigInteger.TEN.pow(10)));
        assertEquals("exact power too large: 2^10000000000 would have about 6.02e+09 digits, over the limit of 1262611 for an exact number; "
                + "a decimal base computes approximately", power.getMessage());
    }

    private static Num frac(long p, long q) { return Num.rational(BigInteger.valueOf(p), BigInteger.valueOf(q)); }

    private static Num reduced(BigInteger p, BigInteger q) {
        if (q.signum() < 0) { p = p.negate(); q = q.negate(); }
        BigInteger g = p.gcd(q);
        return p.signum() == 0 ? Num.ZERO : Num.rational(p.divide(g), q.divide(g));
    }

    /** Small numbers with shared prime factors most of the time, now and then a long one. */
    private static BigInteger operand(Random r) {
        BigInteger x = BigInteger.ONE;
        for (int i = r.nextInt(4); i > 0; i--) x = x.multiply(BigInteger.valueOf(new int[] {2, 3, 5, 7, 6, 10}[r.nextInt(6)]));
        if (r.nextInt(8) == 0) x = x.multiply(new BigInteger(100 + r.nextInt(200), r));
        if (r.nextInt(10) == 0) x = BigInteger.ZERO;
        return r.nextBoolean() ? x : x.negate();
    }

    /** The exact value of a double is its binary value (Python's Fraction(0.1) gives the same), of a long decimal its digits. */
    @org.junit.jupiter.api.Test void anInexactNumberStandsForOneExactRational() {
        assertEquals(Num.rational(BigInteger.valueOf(3602879701896397L), BigInteger.valueOf(36028797018963968L)), Num.real(0.1).exactValue());
        assertEquals(Num.rational(BigInteger.valueOf(944473296573929L), new BigInteger("37778931862957161709568")), Num.real(2.5e-8).exactValue());
        java.math.BigDecimal digits = new java.math.BigDecimal("1.0000000000000000001");
        assertEquals(Num.rational(new BigInteger("10000000000000000001"), BigInteger.TEN.pow(19)), Num.decimal(digits).exactValue());
        assertEquals(Num.of(7), Num.of(7).exactValue());
    }
}
