package cofactor.expr;

import cofactor.guard.Interrupts;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Set;
import java.util.function.Predicate;

/** Whether an expression has a part of some kind: each distinct node is looked at once, without recursion. */
public final class Find {
    private Find() {}

    /**
     * Whether e or any of its parts satisfies p (a DAG with shared parts costs its distinct
     * nodes, not its tree). A sum's parts are its constant, coefficients and terms.
     */
    public static boolean any(Expr e, Predicate<Expr> p) {
        Set<Expr> seen = new HashSet<>();
        Deque<Expr> todo = new ArrayDeque<>();
        todo.push(e);
        for (int steps = 1; !todo.isEmpty(); steps++) {
            if ((steps & 0xFFF) == 0) Interrupts.check(); // an expanded result has millions of nodes
            Expr x = todo.pop();
            if (p.test(x)) return true;
            if (x instanceof Num || x instanceof Sym || !seen.add(x)) continue;
            if (x instanceof Add sum) { // its parts, not args(): that would multiply out every coefficient
                todo.push(sum.constant());
                for (int i = 0; i < sum.size(); i++) {
                    todo.push(sum.coef(i));
                    todo.push(sum.term(i));
                }
            } else {
                for (Expr a : x.args()) todo.push(a);
            }
        }
        return false;
    }

    /** Whether a double occurs in e (0.7, z - 0.5, sin(0.1*x)). */
    public static boolean anyDouble(Expr e) { return any(e, x -> x instanceof Num n && !n.isExact()); }
}
