package cofactor.matrix;

import cofactor.expr.Expr;
import cofactor.expr.Num;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.BiFunction;

/** The null space read off a reduced row echelon form, the same way for exact entries and doubles. */
final class NullSpace {
    private NullSpace() {}

    /**
     * One basis vector per column f without a pivot, as the rows of the result: 1 at f, 0 at
     * the other free columns, minus the reduced form's column f at the pivot columns; then
     * {@code scale(v, f)} (integer normalization, or nothing for doubles).
     */
    static Matrix of(Matrix rref, List<Integer> pivotColumns, BiFunction<Expr[], Integer, List<Expr>> scale) {
        int cols = rref.cols();
        List<Expr> basis = new ArrayList<>();
        int count = 0;
        for (int f = 0; f < cols; f++) {
            if (pivotColumns.contains(f)) continue;
            Expr[] v = new Expr[cols];
            Arrays.fill(v, Num.ZERO);
            v[f] = Num.ONE;
            for (int i = 0; i < pivotColumns.size(); i++) v[pivotColumns.get(i)] = Expr.neg(rref.get(i, f));
            basis.addAll(scale.apply(v, f));
            count++;
        }
        return Matrix.of(count, cols, basis.toArray(Expr[]::new));
    }
}
