package cofactor.lang.ast;
import java.util.List;
public record ListLit(List<Node> elements, Pos pos) implements Node {}
