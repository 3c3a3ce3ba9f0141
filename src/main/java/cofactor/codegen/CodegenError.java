package cofactor.codegen;

/** What {@code code} cannot write, said for the user ("java cannot write ..."). */
public final class CodegenError extends RuntimeException {
    public CodegenError(String message) { super(message); }
}
