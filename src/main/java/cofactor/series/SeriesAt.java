package cofactor.series;

import cofactor.expr.Expr;
import cofactor.expr.MathError;
import cofactor.expr.Num;
import cofactor.expr.Sym;
import cofactor.guard.Limits;
import java.util.Map;

/**
 * The series of an expression at a point, to (x - a)^n with its order term
 * O((x - a)^(n+1)) (LANGUAGE.md §8): Laurent terms included, as at a pole;
 * at ±∞ in powers of 1/x. Made by {@link Expansion}'s walk at a working order
 * raised until the terms through (x - a)^n are known, since cancellation
 * ((sin x - x)/x³) and division by a series with a zero leading term cost orders.
 */
public final class SeriesAt {
    /** Orders beyond the one asked for that cancellation may cost before giving up. */
    private static final int EXTRA_ORDERS = 64;

    private final PowerSeries s;
    private final Sym x;
    private final Point point;
    private final int n;

    private SeriesAt(PowerSeries s, Sym x, Point point, int n) {
        this.s = s;
        this.x = x;
        this.point = point;
        this.n = n;
    }

    /** The series of e at {@code point} to (x - a)^n (or x^-n at infinity), n ≥ 0. */
    public static SeriesAt of(Expr e, Sym x, Point point, int n, Limits limits) {
        int order = n + 1;
        Coefficients k = new Coefficients(limits);
        String where = point.describe(x);
        for (int cap = order; cap <= order + Math.max(order, EXTRA_ORDERS); ) {
            try {
                // at ±inf, t = ±1/x is positive, so the signs of terms are known there
                PowerSeries s = new Expansion(Map.of(x, point.substitution(0, 1, cap, k)), cap, k, point.isInfinite(), where).of(e);
                if (s.order() >= order) return new SeriesAt(withoutLogs(s.truncated(order), e, where), x, point, n);
                cap += order - s.order();
            } catch (PrecisionLost lost) {
                cap += Math.max(4, cap / 2);
            }
        }
        throw new MathError("series", "the terms of " + e + " at " + where + " cancel to every order tried: it may be 0 there");
    }

    /** s, which must not hold log t: log x at infinity is no power of 1/x. */
    private static PowerSeries withoutLogs(PowerSeries s, Expr e, String where) {
        for (int i = s.start(); i < s.order(); i++) {
            if (CoefficientSign.hasLogT(s.coefficient(i))) throw new MathError("series", e + " has a logarithmic term at " + where + ": no series in powers of 1/x");
        }
        return s;
    }

    /** The coefficient of (x - a)^e (of x^-e at infinity), for e ≤ n. */
    public Expr coefficient(int e) { return s.coefficient(e); }

    /** The lowest power with a stored coefficient (negative at a pole). */
    public int lowest() { return s.start(); }

    /** The highest power the series goes to: the order term is O((x - a)^(n+1)). */
    public int highest() { return n; }

    /** The sum of the terms, without the order term, as an expression in x. */
    public Expr polynomial() {
        java.util.List<Expr> terms = new java.util.ArrayList<>();
        for (int e = s.start(); e <= n; e++) terms.add(Expr.mul(coefficient(e), Expr.pow(power(), e)));
        return Expr.add(terms);
    }

    /** x - a, or 1/x (-1/x) at infinity: what the series is in powers of. */
    private Expr power() {
        if (!point.isInfinite()) return Expr.sub(x, point.at());
        return Expr.div(Num.of(point.infinity()), x);
    }

    /** x - a as one symbol, so that its powers print whole: (x - 1)^2/16, not expanded. */
    private Expr base() {
        if (point.isInfinite() || point.at().isZero()) return x;
        return Sym.of("(" + Expr.sub(x, point.at()) + ")");
    }

    /** A term c·(x - a)^e as printed, with the point's base kept whole. */
    private Expr shownTerm(Expr c, int e) {
        if (!point.isInfinite()) return Expr.mul(c, Expr.pow(base(), e));
        return Expr.mul(Expr.mul(c, Expr.pow(Num.of(point.infinity()), e)), Expr.pow(x, -e));
    }

    /** x - x^3/6 + x^5/120 + O(x^6): the terms from the lowest power up, then the order term. */
    @Override public String toString() {
        StringBuilder b = new StringBuilder();
        for (int e = s.start(); e <= n; e++) {
            Expr c = coefficient(e);
            if (c.isZero()) continue;
            append(b, shownTerm(c, e).toString());
        }
        Expr order = point.isInfinite() ? Expr.pow(x, -(n + 1)) : Expr.pow(base(), n + 1);
        append(b, "O(" + order + ")");
        return b.toString();
    }

    private static void append(StringBuilder b, String term) {
        if (b.length() == 0) b.append(term);
        else if (term.startsWith("-")) b.append(" - ").append(term, 1, term.length());
        else b.append(" + ").append(term);
    }

    @Override public boolean equals(Object o) { return o instanceof SeriesAt other && other.toString().equals(toString()); }

    @Override public int hashCode() { return toString().hashCode(); }
}
