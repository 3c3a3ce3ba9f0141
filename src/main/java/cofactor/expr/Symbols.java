package cofactor.expr;

import java.util.Set;
import java.util.TreeSet;

/** Questions about which symbols an expression contains. */
public final class Symbols {
    private Symbols() {}

    /** The free symbols (not the constants pi and E), sorted by name. */
    public static Set<Sym> free(Expr e) {
        Set<Sym> found = new TreeSet<>(Sym.BY_NAME);
        Find.any(e, x -> {
            if (x instanceof Sym s && !s.isConstant()) found.add(s);
            return false; // every part is looked at
        });
        return found;
    }

    public static boolean contains(Expr e, Sym s) { return free(e).contains(s); }
}
