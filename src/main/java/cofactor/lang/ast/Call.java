package cofactor.lang.ast;

import java.util.List;

/**
 * {@code name(args, key = value)}, or an application without parentheses such as
 * {@code sin x}, which has one argument and no named ones.
 */
public record Call(String name, List<Node> args, List<NamedArg> named, Pos pos) implements Node {
    public Call {
        args = List.copyOf(args);
        named = List.copyOf(named);
    }
}
