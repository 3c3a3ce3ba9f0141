package cofactor.series;

import cofactor.expr.Expr;
import cofactor.expr.Num;
import cofactor.expr.Sym;

/**
 * Where a series or limit is taken: x = a for an expression a, or x = ±∞ ({@code infinity}
 * +1 or -1, and {@code at} null). At infinity the series variable is t = ±1/x.
 */
public record Point(Expr at, int infinity) {
    public static Point at(Expr a) { return new Point(a, 0); }

    public static Point infinity(int sign) { return new Point(null, sign > 0 ? 1 : -1); }

    public boolean isInfinite() { return infinity != 0; }

    /** x in terms of t → 0 (approached from {@code side}, +1 or -1, or from both sides when 0), with t^q for t (Puiseux substitutions). */
    PowerSeries substitution(int side, int q, int cap, Coefficients k) {
        if (isInfinite()) return PowerSeries.of(-q, cap, k, Num.of(infinity));
        Expr[] terms = new Expr[q + 1];
        java.util.Arrays.fill(terms, Num.ZERO);
        terms[0] = at;
        terms[q] = Num.of(side < 0 ? -1 : 1);
        return PowerSeries.of(0, cap, k, terms);
    }

    /** "x = 1", "x = inf". */
    String describe(Sym x) { return x + " = " + shown(); }

    String shown() { return isInfinite() ? infinity > 0 ? "inf" : "-inf" : at.toString(); }
}
