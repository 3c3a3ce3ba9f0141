package cofactor.lang.ast;

public record Part(Node target, String name, Pos pos) implements Node {}
