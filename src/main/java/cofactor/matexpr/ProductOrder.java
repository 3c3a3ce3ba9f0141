package cofactor.matexpr;

/**
 * The cheapest way to evaluate a chain of factors, some of them inverses, by dynamic programming
 * over where each product splits (the matrix-chain order, in floating-point operations): an
 * inverse next to a product is a solve with its LU factors, never an inverse times a matrix,
 * so {@code x'*inv(A)*b} costs one factorization and two vector products.
 */
final class ProductOrder {
    /** rows of factor i are dims[i], its columns dims[i + 1]; inverse[i] when factor i is inv(A) or inv(A)'. */
    private final long[] dims;
    private final boolean[] inverse;
    private final double[][] cost;
    private final int[][] split;

    ProductOrder(long[] dims, boolean[] inverse) {
        this.dims = dims;
        this.inverse = inverse;
        int k = inverse.length;
        cost = new double[k][k];
        split = new int[k][k];
        for (int i = 0; i < k; i++) cost[i][i] = inverse[i] ? lu(i) + 4.0 / 3 * cube(dims[i]) : 0;
        for (int length = 2; length <= k; length++) {
            for (int i = 0; i + length - 1 < k; i++) {
                int j = i + length - 1;
                cost[i][j] = Double.POSITIVE_INFINITY;
                for (int s = i; s < j; s++) {
                    double c = join(i, s, j);
                    if (c < cost[i][j]) { cost[i][j] = c; split[i][j] = s; }
                }
            }
        }
    }

    /** Factors i..s times factors s+1..j. */
    private double join(int i, int s, int j) {
        boolean leftInverse = i == s && inverse[i], rightInverse = s + 1 == j && inverse[j];
        if (leftInverse) return lu(i) + 2.0 * dims[i] * dims[i] * dims[j + 1] + cost[s + 1][j]; // solve A x = right
        if (rightInverse) return cost[i][s] + lu(j) + 2.0 * dims[j] * dims[j] * dims[i]; // solve A' x' = left'
        return cost[i][s] + cost[s + 1][j] + 2.0 * dims[i] * dims[s + 1] * dims[j + 1];
    }

    private double lu(int i) { return 2.0 / 3 * cube(dims[i]); }

    private static double cube(long n) { return (double) n * n * n; }

    /** Operations to form factors i..j as one matrix. */
    double cost(int i, int j) { return cost[i][j]; }

    /** Where factors i..j (at least two) split: i..s and s+1..j. */
    int split(int i, int j) { return split[i][j]; }

    boolean isInverse(int i) { return inverse[i]; }

    long dim(int i) { return dims[i]; }
}
