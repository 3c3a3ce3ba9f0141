package cofactor.lang.ast;

/** {@code target'}. */
public record Transpose(Node target, Pos pos) implements Node {}
