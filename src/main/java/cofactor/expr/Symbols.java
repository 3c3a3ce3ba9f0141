package cofactor.expr;

import cofactor.guard.Interrupts;
import java.util.ArrayDeque;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashSet;
import java.util.Set;
import java.util.TreeSet;

/** Questions about which symbols an expression contains. */
public final class Symbols {
    private Symbols() {}

    /** The free symbols (not the constants pi and E), sorted by name. */
    public static Set<Sym> free(Expr e) {
        Set<Sym> found = new TreeSet<>(Comparator.comparing(Sym::name));
        Set<Expr> seen = new HashSet<>();
        Deque<Expr> todo = new ArrayDeque<>();
        todo.push(e);
        for (int steps = 1; !todo.isEmpty(); steps++) {
            if ((steps & 0xFFF) == 0) Interrupts.check(); // an expanded result has millions of nodes
            Expr x = todo.pop();
            if (x instanceof Sym s) {
                if (!s.isConstant()) found.add(s);
            } else if (x instanceof Add sum && seen.add(x)) {
                for (int i = 0; i < sum.size(); i++) todo.push(sum.term(i)); // not args(): it would multiply out every coefficient
            } else if (!(x instanceof Num) && seen.add(x)) {
                for (Expr a : x.args()) todo.push(a);
            }
        }
        return found;
    }

    public static boolean contains(Expr e, Sym s) { return free(e).contains(s); }
}
