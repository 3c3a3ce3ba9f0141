package cofactor.lang.ast;

public record NumberLit(String text, boolean isDouble, Pos pos) implements Node {}
