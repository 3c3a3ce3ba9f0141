package cofactor.bignum;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.util.Random;
import java.util.function.BinaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Ball arithmetic is sound: for points picked inside two balls, the exact sum, product and
 * quotient (BigDecimal) lie inside the result's ball, and the square root's too.
 */
class BallTest {
    private static final MathContext WIDE = new MathContext(200);

    /** A ball with a random midpoint and radius, and one of its points. */
    private record Pick(Ball ball, BigDecimal point) {}

    private static Pick pick(Random r, int bits) {
        BigFloat mid = BigFloat.of(new BigInteger(1 + r.nextInt(bits), r).add(BigInteger.ONE).multiply(BigInteger.valueOf(r.nextBoolean() ? 1 : -1)), r.nextInt(80) - 60 - bits / 2);
        Ball exact = Ball.exact(mid);
        if (r.nextInt(4) == 0) return new Pick(exact, Exact.of(mid));
        // a radius from a rounding, then a point anywhere inside it
        Ball ball = exact.add(Ball.exact(BigFloat.of(BigInteger.ONE, mid.top() - 40 - r.nextInt(bits))), 20 + r.nextInt(bits));
        BigDecimal rad = Exact.radius(ball), offset = rad.multiply(BigDecimal.valueOf(r.nextDouble() * 2 - 1));
        return new Pick(ball, Exact.of(ball.mid()).add(offset));
    }

    private static void assertHolds(Ball b, BigDecimal value, String what) {
        BigDecimal distance = Exact.of(b.mid()).subtract(value).abs();
        assertTrue(distance.compareTo(Exact.radius(b)) <= 0, () -> what + ": " + value + " outside " + b);
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 4})
    void operationsHoldTheExactResult(long seed) {
        Random r = new Random(seed);
        for (int i = 0; i < 800; i++) {
            Pick a = pick(r, 100), b = pick(r, 100);
            int bits = 8 + r.nextInt(100);
            check(a, b, (x, y) -> x.add(y, bits), a.point.add(b.point), "sum");
            check(a, b, (x, y) -> x.mul(y, bits), a.point.multiply(b.point), "product");
            if (b.ball.signum() != 0) check(a, b, (x, y) -> x.div(y, bits), a.point.divide(b.point, WIDE), "quotient");
            else assertThrows(Undecided.class, () -> a.ball.div(b.ball, bits));
            if (a.ball.signum() > 0) assertHolds(a.ball.sqrt(bits), a.point.sqrt(WIDE), "sqrt");
        }
    }

    private static void check(Pick a, Pick b, BinaryOperator<Ball> op, BigDecimal exact, String what) {
        assertHolds(op.apply(a.ball, b.ball), exact, what + " of " + a.ball + " and " + b.ball);
    }

    @Test void anExactZeroDivisorIsAPoleAndAnUncertainOneUndecided() {
        assertThrows(DomainError.class, () -> Ball.ONE.div(Ball.ZERO, 64));
        Ball nearZero = Ball.ZERO.add(Ball.exact(BigFloat.of(BigInteger.ONE, -200)), 10);
        assertThrows(Undecided.class, () -> Ball.ONE.div(Ball.ONE.sub(Ball.ONE.add(nearZero, 100), 100), 100));
    }
}
