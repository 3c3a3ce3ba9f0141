package cofactor.calculus;

import cofactor.expr.Expr;
import cofactor.expr.Sym;
import cofactor.guard.Limits;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The first derivatives a session took last, found by the identity of the expression: statements
 * that differentiate one bound value more than once ({@code D = det(A); Dx = d(D, x); G = grad(D,
 * [x, y])}) take ∂D/∂x once. By identity, because a bound value is the same object each time its name
 * is read, and comparing a large expression by equality would walk it; an equal expression built
 * anew is differentiated anew, as before. The entries are held strongly, so there are few of them.
 */
public final class RecentDerivatives {
    private static final int CAPACITY = 16;

    /**
     * The expression by identity, and the limits it was taken under (other limits may refuse it),
     * also by identity: a session keeps its limits object until they are set, and a record's
     * equals is bootstrapped on first use, which costs a one-line run more than it saves.
     */
    private record Key(Expr e, Sym x, Limits limits) {
        @Override public boolean equals(Object o) {
            return o instanceof Key k && k.e == e && k.x.equals(x) && k.limits == limits;
        }

        @Override public int hashCode() { return 31 * System.identityHashCode(e) + x.hashCode(); }
    }

    private final Map<Key, Expr> recent = new LinkedHashMap<>(2 * CAPACITY, 0.75f, true) {
        @Override protected boolean removeEldestEntry(Map.Entry<Key, Expr> eldest) { return size() > CAPACITY; }
    };

    /** de/dx, taken through {@link Derivative} unless this session took it last with the same limits. */
    public Expr of(Expr e, Sym x, Limits limits) {
        Key key = new Key(e, x, limits);
        synchronized (recent) {
            Expr known = recent.get(key);
            if (known != null) return known;
        }
        Expr d = Derivative.of(e, x, limits); // outside the lock: a long derivative blocks no other statement
        synchronized (recent) {
            recent.put(key, d);
        }
        return d;
    }
}
