package cofactor.compile;

import cofactor.expr.Sym;
import java.util.List;

/**
 * What a compiled kernel knows about itself: its variables, the shape of its
 * result (a scalar, or a rows×cols matrix — a vector is n×1), and how many
 * arithmetic operations and function calls one evaluation performs.
 */
record Info(List<Sym> variables, boolean matrix, int rows, int cols, int operations) {
    Info {
        variables = List.copyOf(variables);
    }
}
