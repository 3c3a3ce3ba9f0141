package cofactor.lang.ast;

import java.util.List;

/** {@code body | x = 1, y = 2}; pos is that of the bar. */
public record Subst(Node body, List<NamedArg> bindings, Pos pos) implements Node {
    public Subst {
        bindings = List.copyOf(bindings);
    }
}
