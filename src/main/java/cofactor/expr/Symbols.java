package cofactor.expr;

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
        while (!todo.isEmpty()) {
            Expr x = todo.pop();
            if (x instanceof Sym s) {
                if (!s.isConstant()) found.add(s);
            } else if (!(x instanceof Num) && seen.add(x)) {
                for (Expr a : x.args()) todo.push(a);
            }
        }
        return found;
    }

    public static boolean contains(Expr e, Sym s) { return free(e).contains(s); }
}
