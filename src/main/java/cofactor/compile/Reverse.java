package cofactor.compile;

import cofactor.expr.Cancel;
import cofactor.expr.Sym;
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
        int n = output + 1;
        int[] adj = new int[n];
        java.util.Arrays.fill(adj, -1);
        adj[output] = tape.constant(1);
        int[] grad = new int[nvars];
        java.util.Arrays.fill(grad, -1);
        for (int i = output; i >= 0; i--) {
            if ((i & 0xFFF) == 0) Cancel.check();
            int g = adj[i];
            if (g < 0) continue;
            int x = tape.a(i), y = tape.b(i);
            switch (tape.op(i)) {
                case CONST -> { }
                case ARG -> grad[x] = g;
                case ADD -> { push(tape, adj, x, g); push(tape, adj, y, g); }
                case SUB -> { push(tape, adj, x, g); pull(tape, adj, y, g); }
                case NEG -> pull(tape, adj, x, g);
                case MUL -> { push(tape, adj, x, tape.mul(g, y)); push(tape, adj, y, tape.mul(g, x)); }
                case DIV -> { // n = x/y: dn/dx = 1/y, dn/dy = -n/y
                    int gx = tape.div(g, y);
                    push(tape, adj, x, gx);
                    if (!tape.isConst(y)) pull(tape, adj, y, tape.mul(gx, i));
                }
                case SQRT -> push(tape, adj, x, tape.div(tape.mul(tape.constant(0.5), g), i));
                case POW -> { // n = x^y: dn/dx = y·x^(y-1), dn/dy = n·log x (0 for the constant base 0, where log x = -inf)
                    push(tape, adj, x, tape.mul(g, tape.mul(y, tape.pow(x, tape.sub(y, tape.constant(1))))));
                    if (!tape.isConst(y) && !tape.isConst(x, 0)) push(tape, adj, y, tape.mul(g, tape.mul(i, tape.call(cofactor.func.Fn.LOG, x))));
                }
                case CALL -> {
                    int local = new Lowering(tape, Map.of(U, x)).lower(tape.fn(i).derivative(U));
                    push(tape, adj, x, tape.mul(g, local));
                }
            }
        }
        for (int k = 0; k < nvars; k++) if (grad[k] < 0) grad[k] = tape.constant(0);
        return grad;
    }

    /** adj[x] += d */
    private static void push(Tape tape, int[] adj, int x, int d) {
        if (tape.isConst(x)) return;
        adj[x] = adj[x] < 0 ? d : tape.add(adj[x], d);
    }

    /** adj[x] -= d */
    private static void pull(Tape tape, int[] adj, int x, int d) {
        if (tape.isConst(x)) return;
        adj[x] = adj[x] < 0 ? tape.neg(d) : tape.sub(adj[x], d);
    }
}
