package cofactor.integrate;

/** An integral with no value to show (no antiderivative found or proved, no convergence), with the reason as the user reads it. */
public final class IntegrationError extends RuntimeException {
    IntegrationError(String reason) { super(reason, null, false, false); }
}
