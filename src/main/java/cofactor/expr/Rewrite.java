package cofactor.expr;

import cofactor.guard.Interrupts;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Rebuilds an expression bottom-up through the canonical factories, replacing
 * leaves by a rule; each distinct subexpression is visited once, so a DAG with
 * shared parts costs its number of distinct nodes, not its tree size.
 */
public final class Rewrite {
    private final Predicate<Expr> descend;
    private final Function<Expr, Expr> leafRule;
    private final Map<Expr, Expr> memo = new HashMap<>();

    private Rewrite(Predicate<Expr> descend, Function<Expr, Expr> leafRule) {
        this.descend = descend;
        this.leafRule = leafRule;
    }

    /** Applies {@code leafRule} to every number and symbol (returning the leaf itself keeps it). */
    public static Expr leaves(Expr e, Function<Expr, Expr> leafRule) { return new Rewrite(node -> true, leafRule).apply(e); }

    /** Applies {@code leafRule} to the numbers and symbols reached through nodes {@code descend} accepts; a node it refuses stays whole. */
    public static Expr leaves(Expr e, Predicate<Expr> descend, Function<Expr, Expr> leafRule) { return new Rewrite(descend, leafRule).apply(e); }

    /** Substitutes values for symbols. */
    public static Expr subs(Expr e, Map<Sym, ? extends Expr> values) {
        if (values.isEmpty()) return e;
        return leaves(e, leaf -> leaf instanceof Sym s && values.containsKey(s) ? values.get(s) : leaf);
    }

    /**
     * The numeric form: exact numbers and the constants pi and E become doubles, so
     * everything that can be folded is; free symbols stay.
     */
    public static Expr numeric(Expr e) {
        return leaves(e, leaf -> {
            if (leaf instanceof Num n) return n.isExact() ? Num.real(n.doubleValue()) : n;
            if (leaf instanceof Sym s && s.isConstant()) return Num.real(s.constantValue());
            return leaf;
        });
    }

    private Expr apply(Expr e) {
        if (e instanceof Num || e instanceof Sym) return leafRule.apply(e);
        if (!descend.test(e)) return e;
        Expr done = memo.get(e);
        if (done != null) return done;
        Interrupts.check(); // once per distinct node: N and subs of an expanded result visit millions
        List<Expr> args = e.args();
        List<Expr> mapped = new ArrayList<>(args.size());
        boolean same = true;
        for (Expr a : args) {
            Expr m = apply(a);
            same &= m == a;
            mapped.add(m);
        }
        Expr result = same ? e : e.withArgs(mapped);
        memo.put(e, result);
        return result;
    }
}
