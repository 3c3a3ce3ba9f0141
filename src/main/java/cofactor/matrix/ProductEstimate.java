package cofactor.matrix;

import cofactor.expr.Add;
import cofactor.expr.Expr;
import cofactor.expr.Num;

/**
 * An upper bound on the terms of a matrix product A·B, made before any entry is
 * built. Entry (i, j) is Σₖ A[i][k]·B[k][j]: a number times a sum adds the sum's
 * terms, two other factors make one product term, and products of two numbers
 * fold into one constant per entry. Counted column k of A against row k of B,
 * so the bound costs a pass over both matrices, not the n³ products.
 */
final class ProductEstimate {
    private ProductEstimate() {}

    static double terms(Matrix a, Matrix b) {
        double terms = 0, numberPairs = 0;
        for (int k = 0; k < a.cols(); k++) {
            Counts x = new Counts(), y = new Counts();
            for (int i = 0; i < a.rows(); i++) x.add(a.get(i, k));
            for (int j = 0; j < b.cols(); j++) y.add(b.get(k, j));
            terms += x.numbers * y.terms + x.terms * y.numbers + x.others * y.others;
            numberPairs += x.numbers * y.numbers;
        }
        return terms + Math.min(numberPairs, (double) a.rows() * b.cols());
    }

    /** The nonzero entries of a row or column: numbers, other entries, and the terms of those. */
    private static final class Counts {
        double numbers, others, terms;

        void add(Expr e) {
            if (e.isZero()) return;
            if (e instanceof Num) { numbers++; return; }
            others++;
            terms += e instanceof Add s ? s.size() + (s.constant().isZero() ? 0 : 1) : 1;
        }
    }
}
