package cofactor.matrix;

import cofactor.expr.Find;
import cofactor.guard.Limits;
import cofactor.numeric.NumericValue;

/**
 * rank, rref and nullspace of an explicit matrix, from one row reduction chosen by its
 * entries: exact ones (rationals, symbols) fraction-free ({@link RowEchelon}); numbers with
 * a double among them with a tolerance ({@link FloatRowEchelon}); symbols with a double
 * among them exactly from the decimals the doubles print as, the results then numeric.
 */
public interface Echelon {
    int rank();

    Matrix rref();

    /** A basis of the null space, one vector per row (a 0×n matrix when there is none). */
    Matrix nullspace();

    /** {@code tolerance} applies to matrices of doubles; a negative one means the default. */
    static Echelon of(Matrix m, Limits limits, double tolerance) {
        if (NumberMatrices.isNumeric(m) && !NumberMatrices.isExact(m)) {
            FloatRowEchelon f = FloatRowEchelon.of(m, tolerance);
            return new Echelon() {
                @Override public int rank() { return f.rank(); }
                @Override public Matrix rref() { return f.rref(); }
                @Override public Matrix nullspace() { return f.nullspace(); }
            };
        }
        boolean doubles = m.entries().stream().anyMatch(Find::anyDouble);
        RowEchelon r = RowEchelon.of(doubles ? m.map(Echelon::printedValues) : m, limits);
        return new Echelon() {
            @Override public int rank() { return r.rank(); }
            @Override public Matrix rref() { return numeric(r.rref()); }
            @Override public Matrix nullspace() { return numeric(r.nullspace()); }
            private Matrix numeric(Matrix x) { return doubles ? x.map(NumericValue::of) : x; }
        };
    }

    /** e with each double replaced by the exact decimal it prints as (0.1 by 1/10). */
    private static cofactor.expr.Expr printedValues(cofactor.expr.Expr e) {
        if (e instanceof cofactor.expr.Num n) return n.printedValue();
        return e.args().isEmpty() ? e : e.withArgs(e.args().stream().map(Echelon::printedValues).toList());
    }
}
