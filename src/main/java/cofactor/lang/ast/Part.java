package cofactor.lang.ast;

/** {@code target.name}, a part of a result such as {@code r.x}; pos is that of the name. */
public record Part(Node target, String name, Pos pos) implements Node {}
