package cofactor.lang.ast;
import java.util.List;
public record Call(String name, List<Node> args, List<NamedArg> named, Pos pos) implements Node {}
