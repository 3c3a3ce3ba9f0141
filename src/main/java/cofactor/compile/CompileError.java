package cofactor.compile;

/** The expression cannot be compiled (free symbols, or too large for the JVM's class-file limits). */
public final class CompileError extends RuntimeException {
    public CompileError(String message) { super(message); }
}
