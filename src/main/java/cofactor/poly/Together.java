package cofactor.poly;

import cofactor.expr.Add;
import cofactor.expr.Expr;
import cofactor.expr.Mul;
import cofactor.expr.Num;
import cofactor.expr.Pow;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Adds the terms of a sum that share a denominator over it, and divides out
 * the denominator where it divides the numerator exactly: the entries of
 * {@code inv(A)*A}, {@code a*d/(a*d - b*c) - b*c/(a*d - b*c)}, become 1. A
 * denominator here is a product of sums to negative whole powers; terms with
 * different denominators stay apart (that would need polynomial gcds, which
 * {@code simplify} gets from Symja). A numerator that would expand past
 * {@link #MAX_TERMS} terms leaves its group as it was.
 */
public final class Together {
    static final long MAX_TERMS = 100_000;

    private Together() {}

    public static Expr of(Expr e) {
        if (!(e instanceof Add s) || !hasDenominator(s)) return e; // the common case costs a scan, no allocation
        Map<Expr, List<Expr>> numerators = new LinkedHashMap<>(); // by denominator
        List<Expr> rest = new ArrayList<>();
        rest.add(s.constant());
        for (int i = 0; i < s.size(); i++) {
            Expr term = Expr.mul(s.coef(i), s.term(i));
            Expr denominator = denominator(s.term(i));
            if (denominator == null) rest.add(term);
            else numerators.computeIfAbsent(denominator, d -> new ArrayList<>()).add(Expr.mul(term, denominator));
        }
        boolean changed = false;
        for (Map.Entry<Expr, List<Expr>> group : numerators.entrySet()) {
            Expr numerator = group.getValue().size() < 2 ? null : expanded(group.getValue());
            if (numerator == null) { // kept apart
                for (Expr n : group.getValue()) rest.add(Expr.mul(n, Expr.pow(group.getKey(), Num.MINUS_ONE)));
                continue;
            }
            changed = true;
            rest.add(divided(numerator, group.getKey()));
        }
        return changed ? Expr.add(rest) : e;
    }

    /** Σ numerators expanded, or null past {@link #MAX_TERMS} terms. */
    private static Expr expanded(List<Expr> numerators) {
        try {
            return Expand.of(Expr.add(numerators), MAX_TERMS);
        } catch (TooLargeError tooLarge) {
            return null;
        }
    }

    private static boolean hasDenominator(Add s) {
        for (int i = 0; i < s.size(); i++) {
            Expr t = s.term(i);
            if (t instanceof Mul m) {
                for (int k = 0; k < m.size(); k++) if (isDenominator(m.base(k), m.exp(k))) return true;
            } else if (t instanceof Pow p && isDenominator(p.base(), p.exp())) {
                return true;
            }
        }
        return false;
    }

    /** The product of a term's factors that are sums to negative whole powers, as a positive power product; null if none. */
    private static Expr denominator(Expr term) {
        List<Expr> out = new ArrayList<>();
        if (term instanceof Mul m) {
            for (int i = 0; i < m.size(); i++) addIfDenominator(m.base(i), m.exp(i), out);
        } else if (term instanceof Pow p) {
            addIfDenominator(p.base(), p.exp(), out);
        }
        return out.isEmpty() ? null : Expr.mul(out);
    }

    private static void addIfDenominator(Expr base, Expr exp, List<Expr> out) {
        if (isDenominator(base, exp)) out.add(Expr.pow(base, ((Num) exp).negate()));
    }

    /** A sum to a negative whole power. */
    private static boolean isDenominator(Expr base, Expr exp) {
        return base instanceof Add && exp instanceof Num k && k.isInteger() && k.signum() < 0;
    }

    /** numerator / denominator, each factor of the denominator divided out as often as it divides exactly. */
    private static Expr divided(Expr numerator, Expr denominator) {
        List<Expr> left = new ArrayList<>();
        int n = denominator instanceof Mul m ? m.size() : 1;
        for (int i = 0; i < n; i++) {
            Expr base = denominator instanceof Mul m ? m.base(i) : denominator instanceof Pow p ? p.base() : denominator;
            Expr exp = denominator instanceof Mul m ? m.exp(i) : denominator instanceof Pow p ? p.exp() : Num.ONE;
            int k = ((Num) exp).numerator().intValueExact();
            for (Expr q; k > 0 && !numerator.equals(Num.ZERO) && (q = Quotient.of(numerator, Expand.of(base))) != null; k--) numerator = q;
            if (k > 0) left.add(Expr.pow(base, Num.of(-k)));
        }
        left.add(numerator);
        return Expr.mul(left);
    }
}
