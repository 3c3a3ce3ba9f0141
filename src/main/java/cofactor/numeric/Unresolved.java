package cofactor.numeric;

import cofactor.expr.Expr;
import cofactor.expr.MathError;

/**
 * A closed expression whose value the balls could not decide at some precision: a part of it
 * that cannot be told from 0 (a divisor, the whole value), from a pole, or from the edge of a
 * domain. More digits may decide it; {@link #error} is what the user sees when they run out.
 */
final class Unresolved extends RuntimeException {
    private final Expr where;
    private final String reason;

    /** @param reason completes the sentence that starts with the expression: "cannot be told from 0" */
    Unresolved(Expr where, String reason) {
        super(reason, null, false, false);
        this.where = where;
        this.reason = reason;
    }

    /** The value itself holds 0. */
    static Unresolved zero(Expr e) { return new Unresolved(e, "cannot be told from 0"); }

    /** The value is still too uncertain for its last digit: cancellation beyond the extra digits allowed. */
    static Unresolved imprecise(Expr e) { return new Unresolved(e, "loses its last digits to cancellation even"); }

    MathError error(long digits) {
        boolean zero = reason.endsWith(" 0");
        return new MathError(Shown.of(where) + " " + reason + " with " + digits + " digits" + (zero ? " (it may be exactly 0)" : ""));
    }
}
