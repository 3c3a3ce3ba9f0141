package cofactor.compile;

import java.util.Arrays;

/**
 * Where each node goes in the code of a large kernel: its key is the position
 * after which it is placed (ties by tape index, which keeps a topological
 * order). Forward nodes stay in tape order, except sums and differences, which
 * follow their last operand — a long sum summed pairwise (Lowering) then adds
 * its terms as they are computed, instead of keeping all of them alive until
 * the end. Adjoint nodes (from {@code adjointFrom} on, appended by
 * {@link Reverse}) likewise follow their last operand: where an adjoint needs
 * only a few forward values — each term of a sum has the constant adjoint ±1 —
 * it is computed beside them rather than after the whole forward pass. In a
 * kernel split into chunks, values then seldom have to cross chunks through
 * the temporaries.
 */
final class Schedule {
    private final Tape tape;
    private final int adjointFrom;
    private int[] key = new int[64];
    private int computed = 0;

    Schedule(Tape tape, int adjointFrom) {
        this.tape = tape;
        this.adjointFrom = adjointFrom;
    }

    /** The key of node i (−1 for leaves). The tape may grow between calls. */
    int key(int i) {
        if (i >= key.length) key = Arrays.copyOf(key, Math.max(2 * key.length, i + 1));
        for (; computed <= i; computed++) key[computed] = compute(computed); // operands come first: no recursion
        return key[i];
    }

    private int compute(int i) {
        if (tape.isLeaf(i)) return -1;
        Tape.Op op = tape.op(i);
        if (i < adjointFrom && op != Tape.Op.ADD && op != Tape.Op.SUB) return i;
        int k = -1;
        for (int j = 0, n = tape.arity(i); j < n; j++) k = Math.max(k, key[j == 0 ? tape.a(i) : tape.b(i)]);
        return k;
    }
}
