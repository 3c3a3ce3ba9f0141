package cofactor.expr;

/** A mathematical operation that has no answer (division by zero, a power too large to hold). */
public class MathError extends RuntimeException {
    public MathError(String message) { super(message); }
}
