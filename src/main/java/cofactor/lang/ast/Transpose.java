package cofactor.lang.ast;

public record Transpose(Node target, Pos pos) implements Node {}
