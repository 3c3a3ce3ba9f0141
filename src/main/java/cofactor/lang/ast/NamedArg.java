package cofactor.lang.ast;

/** {@code name = value}, as a named argument of a call or a binding of a substitution. */
public record NamedArg(String name, Node value, Pos pos) {}
