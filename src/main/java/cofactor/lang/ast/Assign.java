package cofactor.lang.ast;

/** {@code name = value}. */
public record Assign(String name, Node value, Pos pos) implements Node {}
