package cofactor.lang.ast;

import java.util.List;

/** {@code [a, b]}; a matrix is a list of lists {@code [[a, b], [c, d]]}. */
public record ListLit(List<Node> elements, Pos pos) implements Node {
    public ListLit {
        elements = List.copyOf(elements);
    }
}
