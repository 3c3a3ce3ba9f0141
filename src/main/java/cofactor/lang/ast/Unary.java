package cofactor.lang.ast;

public record Unary(char op, Node operand, Pos pos) implements Node {}
