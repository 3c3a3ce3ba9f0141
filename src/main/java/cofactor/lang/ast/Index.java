package cofactor.lang.ast;

import java.util.List;

/** {@code target[i]} or {@code target[i, j]}; indices are 1-based. */
public record Index(Node target, List<Node> indices, Pos pos) implements Node {
    public Index {
        indices = List.copyOf(indices);
    }
}
