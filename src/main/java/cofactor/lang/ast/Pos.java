package cofactor.lang.ast;
/** A 1-based line and column in the source. */
public record Pos(int line, int column) {}
