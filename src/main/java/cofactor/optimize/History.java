package cofactor.optimize;

import java.util.Arrays;

/**
 * The loss after each step, for plots. A run of 10^9 steps must not hold 10^9
 * numbers: past {@link #CAPACITY} entries every other one is dropped and only
 * every second step is kept from then on (and so on), so the record stays evenly spaced.
 */
final class History {
    static final int CAPACITY = 100_000;

    private double[] values = new double[1024];
    private long[] steps = new long[1024];
    private int size;
    private long stride = 1;

    void record(long step, double loss) {
        if (step % stride != 0) return;
        if (size == CAPACITY) {
            int kept = 0;
            for (int i = 0; i < size; i++) {
                if (steps[i] % (2 * stride) == 0) { values[kept] = values[i]; steps[kept] = steps[i]; kept++; }
            }
            size = kept;
            stride *= 2;
            if (step % stride != 0) return;
        }
        if (size == values.length) {
            values = Arrays.copyOf(values, Math.min(CAPACITY, size * 2));
            steps = Arrays.copyOf(steps, values.length);
        }
        values[size] = loss;
        steps[size] = step;
        size++;
    }

    double[] losses() { return Arrays.copyOf(values, size); }

    /** The step number of each recorded loss (0 is the start). */
    long[] steps() { return Arrays.copyOf(steps, size); }
}
