package cofactor.plot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class TicksTest {
    private static List<String> labels(List<BigDecimal> ticks) { return ticks.stream().map(Ticks::label).toList(); }

    @Test
    void linearTicksByHand() {
        assertEquals(List.of("0", "0.5", "1"), labels(Ticks.linear(0, 1, 5)));
        assertEquals(List.of("-1", "-0.5", "0", "0.5", "1"), labels(Ticks.linear(-1, 1, 7)));
        assertEquals(List.of("0.1", "0.2", "0.3", "0.4", "0.5", "0.6", "0.7"), labels(Ticks.linear(0.1, 0.7, 7)));
        assertEquals(List.of("0", "10", "20", "30"), labels(Ticks.linear(0, 37, 5)));
        assertEquals(List.of("0", "500", "1000", "1500", "2000", "2500", "3000"), labels(Ticks.linear(0, 3000, 7)));
        assertEquals(List.of("1.0E-6", "2.0E-6", "3.0E-6"), labels(Ticks.linear(0.9e-6, 3.1e-6, 4)));
    }

    @Test
    void logTicksByHand() {
        assertEquals(List.of("1.0E-4", "0.001", "0.01", "0.1", "1"), labels(Ticks.log(1e-4, 1, 5)));
        assertEquals(List.of("1.0E-10", "1.0E-5", "1"), labels(Ticks.log(1e-12, 1, 5))); // every fifth decade
        assertEquals(List.of("2", "5", "10", "20"), labels(Ticks.log(2, 30, 5)));       // under two decades: 1, 2, 5
    }

    static Stream<Long> seeds() { return IntStream.range(0, 300).mapToObj(i -> 1000L + i); }

    /** Any range: at most `most` ticks, at least two, inside the range, equally spaced by 1, 2 or 5 × 10^k, each a multiple of it. */
    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void linearTicksAreMultiplesOfARoundStep(long seed) {
        Random r = new Random(seed);
        double lo = (r.nextDouble() - 0.5) * Math.pow(10, r.nextInt(12) - 6), hi = lo + r.nextDouble() * Math.pow(10, r.nextInt(12) - 6);
        int most = 3 + r.nextInt(8);
        List<BigDecimal> ticks = Ticks.linear(lo, hi, most);
        String where = "seed " + seed + ": [" + lo + ", " + hi + "], most " + most + ": " + ticks;
        assertTrue(ticks.size() >= 2, where);
        BigDecimal step = ticks.get(1).subtract(ticks.get(0));
        assertTrue(isRoundStep(step), where);
        // more than `most` only when the next round step would leave a single mark
        if (ticks.size() > most) assertTrue(multiplesIn(nextRound(step), lo, hi) < 2, where);
        for (int i = 0; i < ticks.size(); i++) {
            assertTrue(ticks.get(i).doubleValue() >= lo - 1e-9 * Math.abs(step.doubleValue()) && ticks.get(i).doubleValue() <= hi + 1e-9 * Math.abs(step.doubleValue()), where);
            assertEquals(0, ticks.get(i).remainder(step).signum(), where);
            if (i > 0) assertEquals(0, ticks.get(i).subtract(ticks.get(i - 1)).compareTo(step), where);
        }
    }

    private static BigDecimal nextRound(BigDecimal step) {
        String m = step.stripTrailingZeros().unscaledValue().toString();
        return step.multiply(BigDecimal.valueOf(m.equals("2") ? 2.5 : 2));
    }

    private static long multiplesIn(BigDecimal step, double lo, double hi) {
        double s = step.doubleValue();
        return (long) Math.floor(hi / s) - (long) Math.ceil(lo / s) + 1;
    }

    /** 1, 2 or 5 times a power of ten. */
    static boolean isRoundStep(BigDecimal step) {
        BigDecimal s = step.stripTrailingZeros();
        return s.signum() > 0 && List.of("1", "2", "5").contains(s.unscaledValue().toString());
    }
}
