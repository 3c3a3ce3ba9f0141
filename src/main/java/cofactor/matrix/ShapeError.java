package cofactor.matrix;

/** An operation given matrices of shapes it cannot take; names the operation, like every user-facing error. */
public class ShapeError extends RuntimeException {
    private final String operation;

    public ShapeError(String operation, String message) {
        super(message);
        this.operation = operation;
    }

    public String operation() { return operation; }
}
