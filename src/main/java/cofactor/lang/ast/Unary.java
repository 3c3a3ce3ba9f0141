package cofactor.lang.ast;

/** A sign in front of an operand: {@code -x}, {@code +x}. */
public record Unary(char op, Node operand, Pos pos) implements Node {}
