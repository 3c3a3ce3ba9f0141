package cofactor.lang.ast;

import java.util.List;

/** {@code name(params) = body}. The parser guarantees distinct plain-name parameters. */
public record FuncDef(String name, List<String> params, Node body, Pos pos) implements Node {
    public FuncDef {
        params = List.copyOf(params);
    }
}
