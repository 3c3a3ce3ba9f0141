package cofactor.lang.ast;

public record Assign(String name, Node value, Pos pos) implements Node {}
