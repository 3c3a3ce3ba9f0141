package cofactor.lang.ast;

/** A number as written; {@code isDouble} when it has a '.' or an exponent (else it is exact). */
public record NumberLit(String text, boolean isDouble, Pos pos) implements Node {}
