package cofactor.expr;

import cofactor.guard.Interrupts;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Set;
import java.util.TreeSet;

/** Questions about which symbols an expression contains. */
public final class Symbols {
    private Symbols() {}

    /**
     * The free symbols (not the constants pi and E), sorted by name. Each distinct node is looked
     * at once, through its parts as stored (a product's bases and exponents), not its argument
     * list, which would make a power node of every factor of every product on the way.
     */
    public static Set<Sym> free(Expr e) {
        Set<Sym> found = new TreeSet<>(Sym.BY_NAME);
        Set<Expr> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        Deque<Expr> todo = new ArrayDeque<>();
        todo.push(e);
        for (int steps = 1; !todo.isEmpty(); steps++) {
            if ((steps & 0xFFF) == 0) Interrupts.check(); // an expanded result has millions of nodes
            Expr x = todo.pop();
            if (x instanceof Sym s) {
                if (!s.isConstant()) found.add(s);
                continue;
            }
            if (x instanceof Num || !seen.add(x)) continue;
            switch (x.kind()) {
                case NUM, SYM -> { }
                case ADD -> {
                    Add a = (Add) x;
                    for (int i = 0; i < a.size(); i++) todo.push(a.term(i));
                }
                case MUL -> {
                    Mul m = (Mul) x;
                    for (int i = 0; i < m.size(); i++) {
                        todo.push(m.base(i));
                        if (!(m.exp(i) instanceof Num)) todo.push(m.exp(i)); // most exponents: nothing to find
                    }
                }
                case POW -> {
                    todo.push(((Pow) x).base());
                    todo.push(((Pow) x).exp());
                }
                case CALL -> todo.push(((Call) x).arg());
            }
        }
        return found;
    }

    public static boolean contains(Expr e, Sym s) { return free(e).contains(s); }
}
