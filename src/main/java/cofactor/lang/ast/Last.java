package cofactor.lang.ast;

/** {@code %}: the value of the previous statement that had one. */
public record Last(Pos pos) implements Node {}
