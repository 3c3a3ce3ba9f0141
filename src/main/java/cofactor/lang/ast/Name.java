package cofactor.lang.ast;

public record Name(String name, Pos pos) implements Node {}
