package cofactor.lang;

import cofactor.expr.Expr;
import cofactor.matrix.Echelon;

/** Linear algebra at a point: rank, rref, nullspace, eigenvals, eigenvects of explicit matrices. */
final class LinearAlgebraBuiltins {
    private LinearAlgebraBuiltins() {}

    private static final String EXACTNESS = "exact for exact entries (for symbols: the generic rank, true for all values but those where a pivot vanishes); "
            + "with doubles, entries at most tol (default max(m, n)*eps*norm(A, inf)) count as 0";

    static void register(Builtins b) {
        b.add(Builtin.of("rank", 1, 1, "rank(A), rank(A, tol = t)", "the number of linearly independent rows; " + EXACTNESS,
                a -> Value.of(Expr.num(echelon(a).rank()))).withOptions("tol"));
        b.add(Builtin.of("rref", 1, 1, "rref(A), rref(A, tol = t)",
                "the reduced row echelon form: each pivot 1 with zeros above and below it; " + EXACTNESS,
                a -> Value.of(echelon(a).rref())).withOptions("tol"));
        b.add(Builtin.of("nullspace", 1, 1, "nullspace(A), nullspace(A, tol = t)",
                "a basis of the vectors v with A*v = 0, one per row (one per column without a pivot), each scaled to integer "
                        + "coefficients without a common factor for exact entries; [] when only 0; " + EXACTNESS,
                a -> Value.of(echelon(a).nullspace())).withOptions("tol"));
    }

    private static Echelon echelon(Args a) {
        double tol = a.realOption("tol", -1);
        if (a.hasOption("tol") && !(tol >= 0)) throw a.error("option tol must be a number at least 0, got " + a.option("tol").describe());
        return Echelon.of(a.matrix(0), a.session().limits(), tol);
    }
}
