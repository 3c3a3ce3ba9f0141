package cofactor.numeric;

import cofactor.expr.Expr;
import cofactor.guard.Interrupts;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;

/** A value for each distinct node of an expression, children before parents, without recursion (expressions nest thousands deep). */
final class BottomUp {
    private BottomUp() {}

    /**
     * The root's value, where {@code value} computes a node's from the values of the nodes
     * {@code children} names for it (the map holds those); each distinct node is computed once.
     */
    static <R> R fold(Expr root, Function<Expr, List<Expr>> children, BiFunction<Expr, Map<Expr, R>, R> value) {
        Map<Expr, R> done = new HashMap<>();
        Deque<Expr> todo = new ArrayDeque<>();
        todo.push(root);
        for (int steps = 1; !todo.isEmpty(); steps++) {
            if ((steps & 0x3FF) == 0) Interrupts.check();
            Expr e = todo.peek();
            if (done.containsKey(e)) { todo.pop(); continue; }
            boolean ready = true;
            for (Expr c : children.apply(e)) {
                if (!done.containsKey(c)) { todo.push(c); ready = false; }
            }
            if (!ready) continue;
            todo.pop();
            done.put(e, value.apply(e, done));
        }
        return done.get(root);
    }
}
