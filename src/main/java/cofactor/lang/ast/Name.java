package cofactor.lang.ast;

/** A bare name: a variable, a symbol, or a function used as a value. */
public record Name(String name, Pos pos) implements Node {}
