package cofactor.compile;

/**
 * The array of temporaries through which the chunks of a large compiled
 * function pass values, one per thread and reused across calls: a call never
 * reads a temporary it has not written, and compiled code calls nothing that
 * could re-enter, so reuse is safe — and saves allocating and zeroing tens of
 * kilobytes per call of a large gradient.
 */
final class Scratch {
    private static final ThreadLocal<double[][]> CACHE = ThreadLocal.withInitial(() -> new double[][] {new double[0]});

    private Scratch() {}

    static double[] get(int size) {
        double[][] holder = CACHE.get();
        if (holder[0].length < size) holder[0] = new double[size];
        return holder[0];
    }
}
