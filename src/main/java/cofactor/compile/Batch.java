package cofactor.compile;

import cofactor.guard.Interrupted;
import java.util.stream.IntStream;

/**
 * Runs a compiled kernel over many points. The points are cut into blocks; a large batch
 * runs its blocks on the calling thread and the common fork-join pool together (on two cores,
 * both), a small one on the calling thread alone. Each point is evaluated by the same kernel
 * call whichever thread takes its block, so the results do not depend on the split.
 */
final class Batch {
    /** Below this many points a batch runs serially: a block handed to another thread costs a few microseconds. */
    static final int PARALLEL_POINTS = 2048;
    private static final int BLOCKS_PER_CORE = 8; // enough blocks that a core slowed by other work does not hold up the rest

    private Batch() {}

    /** Evaluates the points [from, to), with its own scratch arrays: blocks may run at once. */
    interface Block {
        void run(int from, int to);
    }

    /** Runs block over [0, n) in pieces, in parallel when n is large. */
    static void run(int n, Block block) {
        if (n < PARALLEL_POINTS) {
            block.run(0, n);
            return;
        }
        int blocks = Math.min(n / (PARALLEL_POINTS / 4), Runtime.getRuntime().availableProcessors() * BLOCKS_PER_CORE);
        Thread caller = Thread.currentThread(); // Ctrl-C interrupts the caller, not the pool's threads
        IntStream.range(0, blocks).parallel().forEach(b -> {
            if (caller.isInterrupted()) throw new Interrupted();
            block.run((int) ((long) n * b / blocks), (int) ((long) n * (b + 1) / blocks));
        });
    }

    /** Evaluates the points [from, to) given as columns into the outputs' columns, at the same indices. */
    interface OverColumns {
        void run(double[][] columns, double[][] outs, int from, int to);
    }

    /** Takes the outputs of {@code count} points, from {@code outs[k][0]}, for the points from {@code first} on. */
    interface Slice {
        void take(int first, double[][] outs, int count);
    }

    /** Points per slice of {@link #overRows}: its columns stay in the first-level cache. */
    private static final int SLICE = 256;

    /**
     * Runs points given as rows through a kernel over columns, a slice of points at a time copied
     * into small columns, so that the kernel's loop runs on contiguous doubles here too.
     */
    static void overRows(double[][] points, int arity, int outputs, OverColumns kernel, Slice slice) {
        run(points.length, (from, to) -> {
            double[][] columns = new double[arity][SLICE], outs = new double[outputs][SLICE];
            for (int first = from; first < to; first += SLICE) {
                int count = Math.min(SLICE, to - first);
                for (int i = 0; i < count; i++) {
                    double[] p = points[first + i];
                    for (int k = 0; k < arity; k++) columns[k][i] = p[k];
                }
                kernel.run(columns, outs, 0, count);
                slice.take(first, outs, count);
            }
        });
    }

    /**
     * The number of points in columns (one per variable, all of one length), refusing any other
     * shape. A function of no variables has no columns to count points by.
     */
    static int checkColumns(double[][] columns, int arity) {
        if (arity == 0) throw new IllegalArgumentException("the function takes no variables, so there are no columns of points");
        if (columns.length != arity) throw new IllegalArgumentException(columns.length + " column" + (columns.length == 1 ? "" : "s") + " given, the function takes " + arity);
        int points = columns[0].length;
        for (int k = 1; k < arity; k++) {
            if (columns[k].length != points) throw new IllegalArgumentException("column " + (k + 1) + " has " + columns[k].length + " points, column 1 has " + points);
        }
        return points;
    }

    /** Refuses a point whose length is not the function's arity, naming it (1-based, as the language counts). */
    static void checkPoints(double[][] points, int arity) {
        for (int i = 0; i < points.length; i++) {
            if (points[i].length != arity) {
                throw new IllegalArgumentException("point " + (i + 1) + " has " + points[i].length + " coordinates, the function takes " + arity);
            }
        }
    }
}
