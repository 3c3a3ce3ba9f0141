package cofactor.lang;

/** Compiled functions over many points and data: grid of values. */
final class BatchBuiltins {
    private BatchBuiltins() {}

    static void register(Builtins b) {
        b.add(Builtin.of("grid", 5, 5, "grid(e, x, a, b, n) | grid(e, [x, y], [a, c], [b, d], n)",
                "e (an expression, a vector, or a compiled function) at n evenly spaced points from a to b through its compiled kernel, "
                        + "as the rows [x, e] of a matrix; over a rectangle, n×n points (n = [n1, n2] for n1×n2), x varying slowest, rows [x, y, e]",
                Grid::of));
    }
}
