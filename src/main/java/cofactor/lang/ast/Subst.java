package cofactor.lang.ast;
import java.util.List;
public record Subst(Node body, List<NamedArg> bindings, Pos pos) implements Node {}
