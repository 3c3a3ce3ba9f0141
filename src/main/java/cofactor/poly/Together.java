package cofactor.poly;

import cofactor.expr.Add;
import cofactor.expr.Expr;
import cofactor.expr.Mul;
import cofactor.expr.Num;
import cofactor.expr.Pow;
import cofactor.guard.Limits;
import cofactor.guard.TooLargeError;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Adds the terms of a sum over a common denominator, and divides out what
 * divides the numerator exactly: the entries of {@code inv(A)*A},
 * {@code a*d/(a*d - b*c) - b*c/(a*d - b*c)}, become 1. Terms are grouped by the
 * sums in their denominators, whatever their powers; within a group the
 * denominators are brought to their least common multiple (x^3 and x^4 to
 * x^4, (x^2 - 1) and (x^2 - 1)^2 to the square), and terms without a
 * denominator join the group without sums. Groups with different sums stay
 * apart (that would need polynomial gcds, which
 * {@code simplify} gets from Symja).
 *
 * <p>Together tries and gives up: a group whose numerator or denominators would
 * expand past {@link #MAX_TERMS} terms, or past the session's limit if that is
 * lower, is left as it was, never refused (matrix products call it on every entry).
 */
public final class Together {
    /** Not a user limit: the most terms an attempt may expand before it gives up. */
    static final long MAX_TERMS = 100_000;

    private Together() {}

    public static Expr of(Expr e, Limits limits) {
        if (!(e instanceof Add s) || !hasDenominator(s)) return e; // the common case costs a scan, no allocation
        Map<Expr, List<Expr>> groups = new LinkedHashMap<>(); // terms by the sums in their denominators
        List<Expr> rest = new ArrayList<>();
        rest.add(s.constant());
        List<Expr> plain = new ArrayList<>(); // no denominator: they join the terms whose denominators are monomials
        for (int i = 0; i < s.size(); i++) {
            Expr term = Expr.mul(s.coef(i), s.term(i));
            if (denominatorPowers(s.term(i)).isEmpty()) plain.add(term);
            else groups.computeIfAbsent(sumBases(s.term(i)), d -> new ArrayList<>()).add(term);
        }
        if (groups.containsKey(Num.ONE)) groups.get(Num.ONE).addAll(plain);
        else rest.addAll(plain);
        Limits budget = limits.withMaxTerms(Math.min(MAX_TERMS, limits.maxTerms()));
        boolean changed = false;
        for (Map.Entry<Expr, List<Expr>> group : groups.entrySet()) {
            List<Expr> terms = group.getValue();
            Map<Expr, BigInteger> common = terms.size() < 2 ? null : lcm(terms);
            Expr together = common == null ? null : together(terms, common, budget);
            // without a sum in the denominator, a + b/x stays as it is unless something cancels
            if (together == null || group.getKey().equals(Num.ONE) && lcm(List.of(together)).equals(common)) {
                rest.addAll(terms); // kept apart
                continue;
            }
            changed = true;
            rest.add(together);
        }
        return changed ? Expr.add(rest) : e;
    }

    /** Σ terms over their common denominator, or null when that would expand past the budget. */
    private static Expr together(List<Expr> terms, Map<Expr, BigInteger> common, Limits budget) {
        List<Expr> numerators = new ArrayList<>(terms.size());
        Expr clearing = product(common);
        for (Expr t : terms) numerators.add(Expr.mul(t, clearing));
        try {
            return divided(Expand.of(Expr.add(numerators), budget), common, budget);
        } catch (TooLargeError tooLarge) {
            return null;
        }
    }

    private static boolean hasDenominator(Add s) {
        for (int i = 0; i < s.size(); i++) {
            Expr t = s.term(i);
            if (t instanceof Pow p && isNegativeWhole(p.exp())) return true;
            if (t instanceof Mul m) for (int k = 0; k < m.size(); k++) if (isNegativeWhole(m.exp(k))) return true;
        }
        return false;
    }

    /** The bases of a term's factors to negative whole powers, with those powers made positive. */
    private static Map<Expr, BigInteger> denominatorPowers(Expr term) {
        Map<Expr, BigInteger> out = new LinkedHashMap<>();
        Factors.wholePowers(term).forEach((base, k) -> { if (k.signum() < 0) out.put(base, k.negate()); });
        return out;
    }

    private static boolean isNegativeWhole(Expr exp) { return exp instanceof Num k && k.isInteger() && k.signum() < 0; }

    /** The sums among a term's denominator bases, each once: terms are grouped by them. */
    private static Expr sumBases(Expr term) {
        List<Expr> out = new ArrayList<>();
        for (Expr base : denominatorPowers(term).keySet()) if (base instanceof Add) out.add(base);
        return Expr.mul(out);
    }

    /** The least common multiple of the terms' denominators: each base to its highest power. */
    private static Map<Expr, BigInteger> lcm(List<Expr> terms) {
        Map<Expr, BigInteger> highest = new HashMap<>();
        for (Expr t : terms) denominatorPowers(t).forEach((base, k) -> highest.merge(base, k, BigInteger::max));
        return highest;
    }

    private static Expr product(Map<Expr, BigInteger> powers) {
        List<Expr> out = new ArrayList<>(powers.size());
        powers.forEach((base, k) -> out.add(Expr.pow(base, Num.of(k))));
        return Expr.mul(out);
    }

    /** numerator / Π base^k, each base divided out as often as it divides exactly. */
    private static Expr divided(Expr numerator, Map<Expr, BigInteger> denominator, Limits budget) {
        List<Expr> left = new ArrayList<>();
        for (Map.Entry<Expr, BigInteger> f : denominator.entrySet()) {
            int k = f.getValue().intValueExact();
            Expr base = Expand.of(f.getKey(), budget);
            for (Expr q; k > 0 && !numerator.equals(Num.ZERO) && (q = Quotient.of(numerator, base, budget)) != null; k--) numerator = q;
            if (k > 0) left.add(Expr.pow(f.getKey(), Num.of(-k)));
        }
        left.add(numerator);
        return Expr.mul(left);
    }
}
