package cofactor.compile;

import cofactor.expr.Expr;
import cofactor.expr.Num;
import cofactor.expr.Sym;
import java.util.ArrayList;
import java.util.List;

/** The determinant as the Leibniz sum over permutations, Σ sign(σ) Π a_{i,σ(i)}: a test-side reference. */
final class Leibniz {
    private Leibniz() {}

    static Expr det(Expr[][] a) {
        int n = a.length;
        List<Expr> terms = new ArrayList<>();
        permute(a, new int[n], new boolean[n], 0, 1, terms);
        return Expr.add(terms);
    }

    private static void permute(Expr[][] a, int[] sigma, boolean[] used, int row, int sign, List<Expr> terms) {
        int n = a.length;
        if (row == n) {
            List<Expr> factors = new ArrayList<>(n + 1);
            factors.add(Num.of(sign));
            for (int i = 0; i < n; i++) factors.add(a[i][sigma[i]]);
            terms.add(Expr.mul(factors));
            return;
        }
        int inversions = 0; // columns already used that are greater than the chosen one flip the sign
        for (int c = n - 1; c >= 0; c--) {
            if (used[c]) { inversions++; continue; }
            used[c] = true;
            sigma[row] = c;
            permute(a, sigma, used, row + 1, (inversions % 2 == 0) ? sign : -sign, terms);
            used[c] = false;
        }
    }

    /** The n×n matrix of symbols a_i_j. */
    static Expr[][] symbols(String stem, int n) {
        Expr[][] a = new Expr[n][n];
        for (int i = 0; i < n; i++) for (int j = 0; j < n; j++) a[i][j] = Sym.of(stem + "_" + (i + 1) + "_" + (j + 1));
        return a;
    }

    /** The integer determinant by the same sum, in long arithmetic (small n). */
    static long det(long[][] a) {
        int n = a.length;
        long[] total = {0};
        permuteLong(a, new int[n], new boolean[n], 0, 1, total);
        return total[0];
    }

    private static void permuteLong(long[][] a, int[] sigma, boolean[] used, int row, int sign, long[] total) {
        int n = a.length;
        if (row == n) {
            long p = sign;
            for (int i = 0; i < n; i++) p *= a[i][sigma[i]];
            total[0] += p;
            return;
        }
        int inversions = 0;
        for (int c = n - 1; c >= 0; c--) {
            if (used[c]) { inversions++; continue; }
            used[c] = true;
            sigma[row] = c;
            permuteLong(a, sigma, used, row + 1, (inversions % 2 == 0) ? sign : -sign, total);
            used[c] = false;
        }
    }
}
