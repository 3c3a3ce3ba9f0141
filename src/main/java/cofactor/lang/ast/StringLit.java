package cofactor.lang.ast;

public record StringLit(String value, Pos pos) implements Node {}
