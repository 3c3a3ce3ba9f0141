package cofactor.lang;

import cofactor.expr.Expr;
import cofactor.series.SeriesAt;

/** The value {@code series} returns: shows its terms and order term; parts terms (their sum, an expression) and order. */
public record SeriesValue(SeriesAt series) implements Value {
    @Override public Kind kind() { return Kind.RESULT; }

    @Override public String show() { return series.toString(); }

    @Override public String describe() { return "a series"; }

    /** {@code s.terms}, {@code s.order}. */
    Value part(String name) {
        return switch (name) {
            case "terms" -> Value.of(series.polynomial());
            case "order" -> Value.of(Expr.num(series.highest() + 1L));
            default -> throw new EvalError("." + name, "a series has the parts terms (the sum without the order term) and order (n + 1 for O((x - a)^(n + 1)))");
        };
    }
}
