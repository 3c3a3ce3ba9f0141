package cofactor.lang.ast;
import java.util.List;
public record Index(Node target, List<Node> indices, Pos pos) implements Node {}
