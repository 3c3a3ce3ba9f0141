package cofactor.lang.ast;

/** A string literal with its escapes already resolved. */
public record StringLit(String value, Pos pos) implements Node {}
