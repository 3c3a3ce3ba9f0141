package cofactor.matrix;

import static org.junit.jupiter.api.Assertions.assertEquals;

import cofactor.expr.Expr;
import cofactor.expr.Num;
import cofactor.expr.Sym;
import cofactor.guard.Limits;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The estimate behind det's and adj's term limits: the permutations with all entries nonzero,
 * each weighted by the product of its entries' term counts, with one row left out or none,
 * against the sum over every injection of the rows into the columns (brute force), for sparse
 * matrices of sums of distinct symbols: rows and columns of zeros among them, so that the
 * shared levels of the DP end early.
 */
class PermutationsEstimateTest {
    static LongStream seeds() { return LongStream.range(0, 40); }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void eachRowLeftOutAgainstBruteForce(long seed) {
        Random r = new Random(seed);
        int n = 2 + r.nextInt(5);
        int[][] terms = new int[n][n];
        Expr[] entries = new Expr[n * n];
        int zeroRow = seed % 4 == 0 ? r.nextInt(n) : -1, zeroCol = seed % 4 == 1 ? r.nextInt(n) : -1;
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                int t = i == zeroRow || j == zeroCol || r.nextInt(3) == 0 ? 0 : 1 + r.nextInt(3);
                terms[i][j] = t;
                List<Expr> symbols = new ArrayList<>();
                for (int k = 0; k < t; k++) symbols.add(Sym.of("a" + i + j + "_" + k));
                entries[i * n + j] = t == 0 ? Num.ZERO : Expr.add(symbols);
            }
        }
        PolyMatrix pm = new PolyMatrix(Matrix.of(n, n, entries), Limits.DEFAULT);
        // in the order adj asks (each row, then the whole), and the whole first
        for (int without = 0; without < n; without++) assertEquals(injections(terms, without, 0, new boolean[n]), pm.permutations(without), 0, "seed " + seed + ", row " + without);
        assertEquals(injections(terms, -1, 0, new boolean[n]), pm.permutations(-1), 0, "seed " + seed);
        PolyMatrix fresh = new PolyMatrix(Matrix.of(n, n, entries), Limits.DEFAULT);
        assertEquals(injections(terms, -1, 0, new boolean[n]), fresh.permutations(-1), 0, "seed " + seed);
        for (int without = n - 1; without >= 0; without--) assertEquals(injections(terms, without, 0, new boolean[n]), fresh.permutations(without), 0, "seed " + seed + ", row " + without);
    }

    /** Σ over injections of rows row … n-1 (but without) into the unused columns of Π terms. */
    private static double injections(int[][] terms, int without, int row, boolean[] used) {
        int n = terms.length;
        if (row == n) return 1;
        if (row == without) return injections(terms, without, row + 1, used);
        double sum = 0;
        for (int j = 0; j < n; j++) {
            if (used[j] || terms[row][j] == 0) continue;
            used[j] = true;
            sum += terms[row][j] * injections(terms, without, row + 1, used);
            used[j] = false;
        }
        return sum;
    }
}
