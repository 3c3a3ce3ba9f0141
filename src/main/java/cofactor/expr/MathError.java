package cofactor.expr;

/**
 * A mathematical operation that has no answer (division by zero, a power too large to hold),
 * with the function whose rule refused it when one did ({@code log} for log(0)), so the
 * error line names it once: {@code error: log: 0 is outside its domain}.
 */
public class MathError extends RuntimeException {
    private final String function;

    public MathError(String message) { this("", message); }

    public MathError(String function, String message) {
        super(message);
        this.function = function;
    }

    /** The function that refused, or "" when the error belongs to an operation (a sum, a power). */
    public String function() { return function; }
}
