package cofactor.poly;

import cofactor.expr.Add;
import cofactor.expr.Expr;
import cofactor.expr.Mul;
import cofactor.expr.Num;
import cofactor.expr.Order;
import cofactor.expr.Pow;
import cofactor.guard.Interrupts;
import cofactor.guard.Limits;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Exact division of expanded polynomials with exact coefficients: n / d when d
 * divides n, by long division on leading terms in graded lexicographic order
 * (Cox, Little and O'Shea, "Ideals, Varieties, and Algorithms", §2.3; with one
 * divisor the remainder is zero exactly when d divides n). Kernels other than
 * sums (symbols, calls, non-integer powers) are the variables.
 */
public final class Quotient {
    private Quotient() {}

    /** The quotient n / d, or null when d does not divide n (or a coefficient is inexact); the limits bound n / k for a number k. */
    public static Expr of(Expr n, Expr d, Limits limits) {
        if (d instanceof Num k) return k.isZero() || !k.isExact() ? null : Expand.of(Expr.mul(k.inverse(), n), limits);
        Map<Expr, Integer> variables = new TreeMap<>(Order::compare);
        Map<Mono, Num> r = terms(n, variables), divisor = terms(d, variables);
        if (r == null || divisor == null || divisor.isEmpty()) return null;
        List<Expr> vars = new ArrayList<>(variables.keySet());
        Map<Mono, Num> rn = reindex(r, variables, vars), dn = reindex(divisor, variables, vars);
        Mono lead = leading(dn);
        Num leadCoef = dn.get(lead);
        Map<Mono, Num> q = new HashMap<>();
        long steps = 0, limit = 64L * (rn.size() + 1) * (dn.size() + 1);
        while (!rn.isEmpty()) {
            if (++steps > limit) return null;
            if ((steps & 0xFF) == 0) Interrupts.check();
            Mono m = leading(rn);
            Mono t = m.over(lead);
            if (t == null) return null; // the leading term is not divisible: neither is n
            Num c = rn.get(m).div(leadCoef);
            q.merge(t, c, Num::add);
            for (Map.Entry<Mono, Num> e : dn.entrySet()) {
                Mono p = t.times(e.getKey());
                Num v = rn.getOrDefault(p, Num.ZERO).sub(c.mul(e.getValue()));
                if (v.isZero()) rn.remove(p); else rn.put(p, v);
            }
        }
        List<Expr> out = new ArrayList<>(q.size());
        for (Map.Entry<Mono, Num> e : q.entrySet()) out.add(e.getKey().toExpr(vars, e.getValue()));
        return Expr.add(out);
    }

    /** A monomial: exponents by variable number (numbered as first seen, until reindexed in variable order). */
    private record Mono(int[] e) {
        Mono times(Mono o) {
            int[] s = Arrays.copyOf(e, Math.max(e.length, o.e.length));
            for (int i = 0; i < o.e.length; i++) s[i] += o.e[i];
            return new Mono(trim(s));
        }

        /** this / o, or null when o does not divide it. */
        Mono over(Mono o) {
            if (o.e.length > e.length) return null;
            int[] s = e.clone();
            for (int i = 0; i < o.e.length; i++) if ((s[i] -= o.e[i]) < 0) return null;
            return new Mono(trim(s));
        }

        int degree() { return Arrays.stream(e).sum(); }

        /** Graded lexicographic: higher total degree first, then the larger exponent of the first variable. */
        int compareTo(Mono o) {
            int c = Integer.compare(degree(), o.degree());
            if (c != 0) return c;
            for (int i = 0; i < Math.max(e.length, o.e.length); i++) {
                int a = i < e.length ? e[i] : 0, b = i < o.e.length ? o.e[i] : 0;
                if (a != b) return Integer.compare(a, b);
            }
            return 0;
        }

        Expr toExpr(List<Expr> vars, Num coef) {
            List<Expr> f = new ArrayList<>(e.length + 1);
            f.add(coef);
            for (int i = 0; i < e.length; i++) if (e[i] != 0) f.add(Expr.pow(vars.get(i), Num.of(e[i])));
            return Expr.mul(f);
        }

        @Override public boolean equals(Object o) { return o instanceof Mono m && Arrays.equals(e, m.e); }
        @Override public int hashCode() { return Arrays.hashCode(e); }

        private static int[] trim(int[] s) {
            int n = s.length;
            while (n > 0 && s[n - 1] == 0) n--;
            return n == s.length ? s : Arrays.copyOf(s, n);
        }
    }

    private static Mono leading(Map<Mono, Num> p) {
        Mono best = null;
        for (Mono m : p.keySet()) if (best == null || m.compareTo(best) > 0) best = m;
        return best;
    }

    /** The terms of an expanded polynomial, numbering new variables in {@code variables}; null if not one. */
    private static Map<Mono, Num> terms(Expr p, Map<Expr, Integer> variables) {
        Map<Mono, Num> out = new HashMap<>();
        if (p instanceof Add s) {
            if (!s.constant().isZero()) out.put(new Mono(new int[0]), s.constant());
            for (int i = 0; i < s.size(); i++) if (!term(s.coef(i), s.term(i), variables, out)) return null;
        } else if (!term(Num.ONE, p, variables, out)) {
            return null;
        }
        for (Num c : out.values()) if (!c.isExact()) return null;
        out.values().removeIf(Num::isZero);
        return out;
    }

    private static boolean term(Num coef, Expr t, Map<Expr, Integer> variables, Map<Mono, Num> out) {
        Map<Integer, Integer> e = new HashMap<>();
        if (t instanceof Num k) {
            coef = coef.mul(k);
        } else if (t instanceof Mul m) {
            coef = coef.mul(m.coef());
            for (int i = 0; i < m.size(); i++) if (!factor(m.base(i), m.exp(i), variables, e)) return false;
        } else if (t instanceof Pow p) {
            if (!factor(p.base(), p.exp(), variables, e)) return false;
        } else if (!factor(t, Num.ONE, variables, e)) {
            return false;
        }
        int[] exps = new int[variables.size()];
        e.forEach((v, k) -> exps[v] += k);
        out.merge(new Mono(Mono.trim(exps)), coef, Num::add);
        return true;
    }

    /** base^exp as a variable to a whole positive power (a sum here means the polynomial is not expanded). */
    private static boolean factor(Expr base, Expr exp, Map<Expr, Integer> variables, Map<Integer, Integer> e) {
        if (base instanceof Add) return false;
        if (exp instanceof Num k && k.isInteger() && k.signum() > 0 && k.numerator().bitLength() < 31) {
            e.merge(variables.computeIfAbsent(base, b -> variables.size()), k.numerator().intValue(), Integer::sum);
            return true;
        }
        e.merge(variables.computeIfAbsent(Expr.pow(base, exp), b -> variables.size()), 1, Integer::sum);
        return true;
    }

    /** The monomials with variables renumbered in the variables' canonical order, so that the order of terms does not depend on which came first. */
    private static Map<Mono, Num> reindex(Map<Mono, Num> p, Map<Expr, Integer> numbered, List<Expr> sorted) {
        int[] to = new int[numbered.size()];
        for (int i = 0; i < sorted.size(); i++) to[numbered.get(sorted.get(i))] = i;
        Map<Mono, Num> out = new HashMap<>();
        for (Map.Entry<Mono, Num> t : p.entrySet()) {
            int[] e = new int[sorted.size()];
            int[] old = t.getKey().e();
            for (int i = 0; i < old.length; i++) e[to[i]] += old[i];
            out.put(new Mono(Mono.trim(e)), t.getValue());
        }
        return out;
    }
}
