package cofactor.matrix;

/** A matrix operation that needs an invertible matrix was given a singular one. */
public class SingularError extends ShapeError {
    public SingularError(String operation, String message) { super(operation, message); }
}
