package cofactor.lang;

/** An error in evaluating the user's input, reported as {@code error: <where>: <message>}. */
public class EvalError extends RuntimeException {
    private final String where;

    public EvalError(String where, String message) {
        super(message);
        this.where = where;
    }

    /** The function or operator the error belongs to (may be empty). */
    public String where() { return where; }

    public String format() { return "error: " + (where.isEmpty() ? "" : where + ": ") + getMessage(); }
}
