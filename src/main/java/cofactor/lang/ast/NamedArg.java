package cofactor.lang.ast;

public record NamedArg(String name, Node value, Pos pos) {}
