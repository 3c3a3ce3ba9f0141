package cofactor.compile;

import cofactor.expr.Sym;
import cofactor.guard.Interrupts;
import java.util.Map;

/**
 * Reverse accumulation (the adjoint method) over a {@link Tape}: walks the nodes
 * below an output in reverse order, pushing each node's adjoint to its operands
 * with the local derivative of its operation, and appends that adjoint code to
 * the same tape. The adjoint code therefore reuses the forward values and is
 * itself hash-consed; differentiating it again (for a Hessian) works the same way.
 * Derivatives of the elementary functions come from the function table
 * ({@code Fn.derivative}), lowered with the operand bound to its node.
 */
final class Reverse {
    private static final Sym U = Sym.of("\u2219u"); // placeholder for a function's argument in its derivative rule

    private Reverse() {}

    /** The nodes holding d output / d arg_i for i = 0..nvars-1 (a constant 0 node when independent). */
    static int[] gradient(Tape tape, int output, int nvars) {
        Adjoints adj = new Adjoints(tape, output + 1, tape.size());
        adj.push(output, tape.constant(1));
        int[] grad = new int[nvars];
        java.util.Arrays.fill(grad, -1);
        for (int i = output; i >= 0; i--) {
            if ((i & 0xFFF) == 0) Interrupts.check();
            int g = adj.total(i); // every reader of node i comes later on the tape, so its adjoint is complete
            if (g < 0) continue;
            int x = tape.a(i), y = tape.b(i);
            switch (tape.op(i)) {
                case CONST -> { }
                case ARG -> grad[x] = g;
                case ADD -> { adj.push(x, g); adj.push(y, g); }
                case SUB -> { adj.push(x, g); adj.pull(y, g); }
                case NEG -> adj.pull(x, g);
                case MUL -> { adj.push(x, tape.mul(g, y)); adj.push(y, tape.mul(g, x)); }
                case DIV -> { // n = x/y: dn/dx = 1/y, dn/dy = -n/y
                    int gx = tape.div(g, y);
                    adj.push(x, gx);
                    if (!tape.isConst(y)) adj.pull(y, tape.mul(gx, i));
                }
                case SQRT -> adj.push(x, tape.div(tape.mul(tape.constant(0.5), g), i));
                case POW -> { // n = x^y: dn/dx = y·x^(y-1), dn/dy = n·log x (0 for the constant base 0, where log x = -inf)
                    adj.push(x, tape.mul(g, tape.mul(y, tape.pow(x, tape.sub(y, tape.constant(1))))));
                    if (!tape.isConst(y) && !tape.isConst(x, 0)) adj.push(y, tape.mul(g, tape.mul(i, tape.call(cofactor.expr.Fn.LOG, x))));
                }
                case CALL -> {
                    int local = new Lowering(tape, Map.of(U, x)).lower(tape.fn(i).derivative(U));
                    adj.push(x, tape.mul(g, local));
                }
            }
        }
        for (int k = 0; k < nvars; k++) if (grad[k] < 0) grad[k] = tape.constant(0);
        return grad;
    }

    /**
     * The contributions to each node's adjoint, added up when the node is reached,
     * in the order they become ready: the emitter places adjoint code right after
     * its operands ({@link Schedule}), so a running sum in that
     * order follows its contributions instead of keeping the early ones alive
     * until the end of the chain. (A pairwise sum would shorten the chain but
     * keep every contribution alive until the node is reached.)
     */
    private static final class Adjoints {
        private final Tape tape;
        private final int[][] terms;
        private final boolean[][] negative;
        private final int[] count;
        private final Schedule schedule;

        Adjoints(Tape tape, int n, int forward) {
            this.tape = tape;
            terms = new int[n][];
            negative = new boolean[n][];
            count = new int[n];
            this.schedule = new Schedule(tape, forward);
        }

        /** adj[x] += d */
        void push(int x, int d) { add(x, d, false); }

        /** adj[x] -= d */
        void pull(int x, int d) { add(x, d, true); }

        private void add(int x, int d, boolean minus) {
            if (tape.isConst(x) || tape.isConst(d, 0)) return;
            if (terms[x] == null) { terms[x] = new int[2]; negative[x] = new boolean[2]; }
            if (count[x] == terms[x].length) {
                terms[x] = java.util.Arrays.copyOf(terms[x], count[x] * 2);
                negative[x] = java.util.Arrays.copyOf(negative[x], count[x] * 2);
            }
            terms[x][count[x]] = d;
            negative[x][count[x]++] = minus;
        }

        /** The adjoint of node x, or −1 when nothing reached it. */
        int total(int x) {
            int n = count[x];
            if (n == 0) return -1;
            Integer[] order = new Integer[n];
            for (int k = 0; k < n; k++) order[k] = k;
            int[] t = terms[x];
            boolean[] minus = negative[x];
            java.util.Arrays.sort(order, (p, q) -> Integer.compare(schedule.key(t[p]), schedule.key(t[q])));
            int first = order[0];
            int sum = minus[first] ? tape.neg(t[first]) : t[first];
            for (int k = 1; k < n; k++) sum = minus[order[k]] ? tape.sub(sum, t[order[k]]) : tape.add(sum, t[order[k]]);
            terms[x] = null;
            negative[x] = null;
            return sum;
        }
    }
}
