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

    /** Refuses a point whose length is not the function's arity, naming it (1-based, as the language counts). */
    static void checkPoints(double[][] points, int arity) {
        for (int i = 0; i < points.length; i++) {
            if (points[i].length != arity) {
                throw new IllegalArgumentException("point " + (i + 1) + " has " + points[i].length + " coordinates, the function takes " + arity);
            }
        }
    }
}
