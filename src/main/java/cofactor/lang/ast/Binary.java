package cofactor.lang.ast;

/**
 * {@code left op right} for op one of {@code + - * / ^} and the entry-wise {@code .* ./ .^}.
 * Implicit multiplication ({@code 2x}) is a {@code "*"} too; its position is that of the right operand.
 */
public record Binary(String op, Node left, Node right, Pos pos) implements Node {}
