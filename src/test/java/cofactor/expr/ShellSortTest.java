package cofactor.expr;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.Arrays;
import java.util.Random;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The Shell sort orders the first n entries as the JDK's sort does, and leaves the rest
 * alone: lengths across its gaps (0 to 800), repeated values, negatives, the extremes.
 */
class ShellSortTest {
    static LongStream seeds() { return LongStream.range(0, 40); }

    private static long draw(Random r) {
        return switch (r.nextInt(4)) {
            case 0 -> r.nextInt(8) - 4; // many repeats
            case 1 -> r.nextBoolean() ? Long.MIN_VALUE : Long.MAX_VALUE;
            default -> r.nextLong();
        };
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void longsAsTheJdkSortsThem(long seed) {
        Random r = new Random(seed);
        int n = seed < 10 ? (int) seed : r.nextInt(800);
        long[] a = new long[n + 5];
        for (int i = 0; i < a.length; i++) a[i] = draw(r);
        long[] expected = a.clone();
        Arrays.sort(expected, 0, n);
        ShellSort.sort(a, n);
        assertArrayEquals(expected, a, "seed " + seed + ", n " + n);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void intsAsTheJdkSortsThem(long seed) {
        Random r = new Random(seed);
        int n = seed < 10 ? (int) seed : r.nextInt(800);
        int[] a = new int[n + 5];
        for (int i = 0; i < a.length; i++) a[i] = (int) draw(r);
        int[] expected = a.clone();
        Arrays.sort(expected, 0, n);
        ShellSort.sort(a, n);
        assertArrayEquals(expected, a, "seed " + seed + ", n " + n);
    }
}
