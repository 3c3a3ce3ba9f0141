package cofactor.poly;

import cofactor.expr.Add;
import cofactor.expr.Expr;
import cofactor.expr.MathError;
import cofactor.expr.Mul;
import cofactor.expr.Num;
import cofactor.expr.PlainMonomial;
import cofactor.expr.Pow;
import cofactor.expr.Sym;
import cofactor.guard.Interrupts;
import cofactor.guard.Limits;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;

/**
 * Sums that are 0 as rational functions of their kernels become 0, whatever form they
 * came in: {@code x/(x + 2) + 2/(x + 2) - 1}, {@code (x + 1)^2 - x^2 - 2*x - 1}. Every
 * other sum keeps its form ({@code together} gives the normal form on request). The
 * canonical form already merges like monomials, so only a sum with a denominator or a sum
 * inside one of its terms can hide a zero; such a sum is first evaluated mod p at a random
 * point ({@link ModularValue}), and only one that is 0 there is confirmed by the exact
 * normal form, so results that are not zero pay a linear pass, not a gcd. One instance
 * serves a session.
 */
public final class ZeroSums {
    /** Stands for "unchanged" in the memo, which must not hold its own key strongly. */
    private static final Object KEPT = new Object();

    private final ModularValue point = new ModularValue();
    // What each node became, for as long as it lives: a session's results are built on earlier
    // ones, and only their new parts are walked (e = sin(e) + 1/(e + 1) a thousand times over)
    private final Map<Expr, Object> memo = Collections.synchronizedMap(new WeakHashMap<>());

    /** e with each sum that is 0 as a rational function replaced by 0, bottom-up. */
    public Expr of(Expr e, Limits limits) {
        if (e instanceof Num || e instanceof Sym || PlainMonomial.test(e)) return e; // nothing in it to rewrite
        Object done = memo.get(e);
        if (done != null) return done == KEPT ? e : (Expr) done;
        Interrupts.check();
        Expr out = e instanceof Add sum && termsKept(sum, limits) ? e : mapped(e, limits);
        if (out instanceof Add sum && mayHideZero(sum) && isZero(sum, limits)) out = Num.ZERO;
        memo.put(e, out == e ? KEPT : out);
        return out;
    }

    /**
     * Whether no term of the sum changes, asked of the terms themselves: c·t changes exactly when
     * t does (its arguments are c and those of t), and a sum's arguments are new products c·t,
     * made only when a term changed.
     */
    private boolean termsKept(Add sum, Limits limits) {
        for (int i = 0; i < sum.size(); i++) if (of(sum.term(i), limits) != sum.term(i)) return false;
        return true;
    }

    /** e with each argument mapped. */
    private Expr mapped(Expr e, Limits limits) {
        List<Expr> args = e.args();
        List<Expr> mapped = new ArrayList<>(args.size());
        boolean same = true;
        for (Expr a : args) {
            Expr m = of(a, limits);
            same &= m == a;
            mapped.add(m);
        }
        return same ? e : rebuilt(e, args, mapped);
    }

    /** e with its arguments replaced; a sum that became 0 may be a divisor or outside a function's domain. */
    private static Expr rebuilt(Expr e, List<Expr> args, List<Expr> mapped) {
        try {
            return e.withArgs(mapped);
        } catch (MathError refused) {
            for (int k = 0; k < args.size(); k++) {
                if (mapped.get(k) != args.get(k)) throw new MathError(refused.function(), refused.getMessage() + ": " + args.get(k) + " is " + mapped.get(k));
            }
            throw refused;
        }
    }

    private boolean isZero(Add sum, Limits limits) {
        if (point.of(sum) > 0) return false; // not 0 at the point, so not 0 (UNDEFINED is negative: test it)
        return Together.of(sum, limits) instanceof Num n && n.isZero();
    }

    private static boolean mayHideZero(Add sum) {
        for (int i = 0; i < sum.size(); i++) {
            Expr t = sum.term(i);
            if (t instanceof Pow p && compound(p.base(), p.exp())) return true;
            if (t instanceof Mul m) for (int j = 0; j < m.size(); j++) if (compound(m.base(j), m.exp(j))) return true;
        }
        return false;
    }

    /** A factor that a rational function's arithmetic takes apart: a whole power of a sum, or a denominator. */
    private static boolean compound(Expr base, Expr exp) {
        return exp instanceof Num k && k.isInteger() && (base instanceof Add || k.signum() < 0);
    }
}
