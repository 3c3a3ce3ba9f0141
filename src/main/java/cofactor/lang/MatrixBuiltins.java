package cofactor.lang;

import cofactor.matrix.Adjugate;
import cofactor.matrix.Det;
import cofactor.matrix.Inverse;

/** Determinants and matrix algebra: det, adj, cofactor, minor, inv, tr, charpoly. */
final class MatrixBuiltins {
    private MatrixBuiltins() {}

    static void register(Builtins b) {
        b.add(Builtin.of("det", 1, 1, "det(A)",
                "the determinant, fully expanded (entries that are not polynomials stay whole as factors)",
                a -> Value.of(Det.of(a.matrix(0), a.session().limits()))));
        b.add(Builtin.of("adj", 1, 1, "adj(A)", "the adjugate (transposed cofactors); defined for singular matrices too",
                a -> Value.of(Adjugate.adj(a.matrix(0), a.session().limits()))));
        b.add(Builtin.of("cofactor", 1, 1, "cofactor(A)", "the matrix of cofactors: (-1)^(i+j) times minor(A, i, j)",
                a -> Value.of(Adjugate.cofactors(a.matrix(0), a.session().limits()))));
        b.add(Builtin.of("minor", 3, 3, "minor(A, i, j)", "the determinant of A without row i and column j (from 1)",
                a -> Value.of(Det.minor(a.matrix(0), a.integer(1) - 1, a.integer(2) - 1, a.session().limits()))));
        b.add(Builtin.of("inv", 1, 1, "inv(A)", "the inverse (exact; adj(A)/det(A) for symbolic matrices)",
                a -> Value.of(Inverse.of(a.matrix(0), a.session().limits()))));
        b.add(Builtin.of("tr", 1, 1, "tr(A)", "the trace: the sum of the diagonal", a -> Value.of(Det.trace(a.matrix(0)))));
        b.add(Builtin.of("charpoly", 2, 2, "charpoly(A, λ)", "the characteristic polynomial det(λI - A), expanded",
                a -> Value.of(Det.charpoly(a.matrix(0), a.symbol(1), a.session().limits()))));
    }

}
