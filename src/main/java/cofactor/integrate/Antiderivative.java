package cofactor.integrate;

import cofactor.expr.Expr;
import cofactor.expr.Sym;
import cofactor.expr.Symbols;
import cofactor.guard.Limits;
import cofactor.symja.SymjaBridge;

/**
 * An antiderivative found by Symja's integrator, simplified, and shown only once
 * {@link BackDerivative} has proved it: Cofactor's derivative engine is the proof, as
 * it is for determinants in {@code jacobi}.
 */
public final class Antiderivative {
    private final Expr value;
    private final BackDerivative.Proof proof;

    private Antiderivative(Expr value, BackDerivative.Proof proof) {
        this.value = value;
        this.proof = proof;
    }

    /** An antiderivative of f by x, without the constant; a {@link IntegrationError} when none was found or proved. */
    public static Antiderivative of(Expr f, Sym x, double timeoutSeconds, Limits limits) {
        if (!Symbols.contains(f, x)) return new Antiderivative(Expr.mul(f, x), BackDerivative.Proof.EXACT);
        SymjaBridge.Outcome found = SymjaBridge.integrate(f, x, timeoutSeconds);
        if (found.value() == null) throw new IntegrationError("no closed form found for " + f + ": " + found.warning());
        Expr value = simplify(found.value(), timeoutSeconds).value(); // unsimplified when the simplifier gave up, which the proof does not mind
        return new Antiderivative(value, BackDerivative.check(value, f, x, timeoutSeconds, limits));
    }

    /** Symja's simplify, given its usual time at most: a simplification only tidies or labels, and the integrator had its own time. */
    static SymjaBridge.Outcome simplify(Expr e, double timeoutSeconds) {
        return SymjaBridge.simplify(e, Math.min(timeoutSeconds, SymjaBridge.DEFAULT_TIMEOUT_SECONDS));
    }

    public Expr value() { return value; }

    /** Whether F' = f was proved exactly (otherwise at random points). */
    public boolean provedExactly() { return proof == BackDerivative.Proof.EXACT; }

    /** How F' = f was proved, as the end of "differentiates back to the integrand …". */
    public String proof() { return proof.text(); }
}
