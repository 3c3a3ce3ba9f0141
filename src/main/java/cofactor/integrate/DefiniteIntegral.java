package cofactor.integrate;

import cofactor.compile.Compiler;
import cofactor.expr.Expr;
import cofactor.expr.MathError;
import cofactor.expr.Num;
import cofactor.expr.Rewrite;
import cofactor.expr.Sym;
import cofactor.expr.Symbols;
import cofactor.guard.Limits;
import cofactor.numeric.Refine;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * ∫_a^b f dx for numbers a and b. The integrand is always integrated numerically
 * ({@link Quadrature}); the exact F(b) - F(a) of a proved antiderivative F is the answer
 * when it agrees with that estimate, which it does when F is continuous on [a, b] (an F
 * with a jump between a and b, as -1/x has across 0, disagrees). Otherwise the numeric
 * value is the answer, with a note of why and its error estimate.
 */
public final class DefiniteIntegral {
    /** The value, and the note to show beside a numeric one (null for an exact value). */
    public record Result(Expr value, String note) {}

    private DefiniteIntegral() {}

    public static Result of(Expr f, Sym x, Expr a, Expr b, double timeoutSeconds, Limits limits) {
        for (Expr bound : List.of(a, b)) {
            if (!Symbols.free(bound).isEmpty()) {
                throw new IntegrationError("the bounds must be numbers, got " + bound
                        + "; for a symbolic bound take F = integrate(e, x) and (F | x = b) - (F | x = a) where F is continuous");
            }
        }
        Set<Sym> others = new TreeSet<>(Sym.BY_NAME);
        others.addAll(Symbols.free(f));
        others.remove(x);
        if (!others.isEmpty()) {
            throw new IntegrationError("the integrand has symbols besides " + x + " (" + others.iterator().next()
                    + "); give them values, or take the antiderivative integrate(e, " + x + ")");
        }
        if (a.equals(b)) return new Result(Num.ZERO, null);
        double from = value(a), to = value(b);
        if (from > to) {
            Result reversed = of(f, x, b, a, timeoutSeconds, limits);
            return new Result(Expr.neg(reversed.value()), reversed.note());
        }
        Quadrature.Estimate numeric = Quadrature.of(Compiler.compile(f, List.of(x)), from, to);
        if (!numeric.converged()) {
            throw new IntegrationError("the integral of " + f + " from " + a + " to " + b
                    + " does not converge (the integrand is unbounded or oscillates near " + x + " = " + ((float) numeric.worstAt() + 0f) + ")"); // + 0f: -0.0 prints as 0.0
        }
        String why;
        try {
            Antiderivative F = Antiderivative.of(f, x, timeoutSeconds, limits);
            Expr exact = Expr.sub(at(F.value(), x, b), at(F.value(), x, a));
            double tolerance = Math.max(100 * numeric.error(), 1e-11 * Math.abs(numeric.value()));
            if (Math.abs(value(exact) - numeric.value()) <= tolerance) return new Result(Antiderivative.simplify(exact, timeoutSeconds).value(), null);
            why = "the antiderivative " + F.value() + " jumps between " + a + " and " + b;
        } catch (IntegrationError | MathError e) {
            why = e.getMessage();
        }
        return new Result(Num.real(numeric.value()), why + "; numeric quadrature (adaptive Gauss-Kronrod) gives "
                + numeric.value() + " with an error estimate of " + (float) numeric.error());
    }

    /** F at a bound; a MathError where it is undefined there (x*log(x) at 0), which leaves the numeric value. */
    private static Expr at(Expr antiderivative, Sym x, Expr bound) {
        try {
            return Rewrite.subs(antiderivative, Map.of(x, bound));
        } catch (MathError e) {
            throw new IntegrationError("the antiderivative " + antiderivative + " is undefined at " + x + " = " + bound);
        }
    }

    private static double value(Expr closed) { return Refine.toDouble(closed); }
}
