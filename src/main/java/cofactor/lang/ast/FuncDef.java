package cofactor.lang.ast;
import java.util.List;
public record FuncDef(String name, List<String> params, Node body, Pos pos) implements Node {}
