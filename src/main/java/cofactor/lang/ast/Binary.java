package cofactor.lang.ast;

public record Binary(char op, Node left, Node right, Pos pos) implements Node {}
