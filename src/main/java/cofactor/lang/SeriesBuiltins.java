package cofactor.lang;

import cofactor.expr.Expr;
import cofactor.expr.Find;
import cofactor.expr.Sym;
import cofactor.series.Limit;
import cofactor.series.Point;
import cofactor.series.SeriesAt;

/** Series and limits through truncated power series ({@code cofactor.series}). */
final class SeriesBuiltins {
    /** The highest power a series may be asked for: each term costs a pass over the ones before. */
    private static final int MAX_TERMS = 2000;

    private SeriesBuiltins() {}

    static void register(Builtins b) {
        b.add(Builtin.of("series", 3, 4, "series(e, x, a, n)",
                "the series of e at x = a up to (x - a)^n (n = 5 when left out) with its order term O((x - a)^(n + 1)); "
                        + "Laurent terms at a pole; a may be inf or -inf (powers of 1/x); parts s.terms and s.order",
                SeriesBuiltins::series).notPrefix());
        b.add(Builtin.of("limit", 3, 3, "limit(e, x, a), limit(e, x, a, dir = \"+\")",
                "the limit of e as x tends to a (a may be inf or -inf), through the series there; "
                        + "two-sided unless dir = \"+\" (from the right) or \"-\" (from the left); an infinite limit is inf or -inf",
                SeriesBuiltins::limit).withOptions("dir").notPrefix());
        b.takesInfinity("series");
        b.takesInfinity("limit");
    }

    private static Value series(Args a) {
        int n = a.size() > 3 ? a.integer(3) : 5;
        if (n < 0 || n > MAX_TERMS) throw a.error("the highest power n must be an integer from 0 to " + MAX_TERMS + ", got " + n);
        Sym x = a.symbol(1);
        return new SeriesValue(SeriesAt.of(a.expr(0), x, point(a, x), n, a.session().limits()));
    }

    private static Value limit(Args a) {
        Sym x = a.symbol(1);
        String dir = a.stringOption("dir", "");
        int side = switch (dir) {
            case "" -> 0;
            case "+" -> 1;
            case "-" -> -1;
            default -> throw a.error("dir must be \"+\" (from the right) or \"-\" (from the left), got \"" + dir + "\"");
        };
        Limit.Result r = Limit.of(a.expr(0), x, point(a, x), side, a.session().limits());
        return r.infinity() == 0 ? Value.of(r.value()) : new Report(r.toString());
    }

    /** Argument 2: an expression free of x, or inf or -inf (which the interpreter passes as those strings). */
    private static Point point(Args a, Sym x) {
        if (a.get(2) instanceof StringValue s) {
            return switch (s.text()) {
                case "inf" -> Point.infinity(1);
                case "-inf" -> Point.infinity(-1);
                default -> throw a.wrongType(2, "a point: an expression, inf or -inf");
            };
        }
        Expr at = a.expr(2);
        if (Find.any(at, e -> e.equals(x))) throw a.error("the point " + at + " depends on " + x);
        return Point.at(at);
    }
}
