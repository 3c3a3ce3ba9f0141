package cofactor.lang.ast;

public record Statement(Node node, boolean silent, Pos pos, String sourceText) {}
