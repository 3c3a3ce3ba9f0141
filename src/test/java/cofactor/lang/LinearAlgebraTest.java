package cofactor.lang;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cofactor.Cofactor;
import cofactor.guard.Limits;
import cofactor.matrix.Echelon;
import cofactor.matrix.Eigenvalues;
import cofactor.matrix.Matrix;
import cofactor.expr.Expr;
import java.util.Random;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * rank, rref, nullspace, eigenvals and eigenvects as users type them: the forms and errors
 * SymPy's table does not hold (tolerances, symbols beside doubles, reports of complex
 * eigenvalues, eigenvectors), entry-wise functions of explicit matrices, and the relations
 * that tie the answers together on seeded random matrices.
 */
class LinearAlgebraTest {
    static String show(String source) { return MatrixExpressionsTest.show(new Cofactor(), source); }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = "=>", value = {
            "nullspace([[1, 2], [2, 4]])                          => [[-2, 1]]",
            "nullspace([[1, 2], [2, 4.0]])                        => [[-2.0, 1.0]]",
            "nullspace([[1, 2, 3], [4, 5, 6], [7, 8, 9.0]])       => [[1.0, -2.0, 1.0]]",
            "nullspace([[x, 0.5]])                                => [[-1.0, 2.0*x]]",
            "nullspace([[1, x], [1/x, 1]])                        => [[-x, 1]]",
            "nullspace([[a, b, c]])                               => [[-b, a, 0], [-c, 0, a]]",
            "nullspace([[sin(x), cos(x)], [2*sin(x), 2*cos(x)]])  => [[-cos(x), sin(x)]]",
            "nullspace(zeros(1, 2))                               => [[1, 0], [0, 1]]",
            "rank([[0.1, 0.2], [0.3, 0.6000000000000001]])        => 1",
            "rank([[0.1, 0.2], [0.3, 0.6000000000000001]], tol = 0) => 2",
            "rank([[1, 1e-10], [0, 1e-10]], tol = 1e-9)           => 1",
            "rank(zeros(2, 3))                                    => 0",
            "rank([[x, 1], [1, x]])                               => 2",
            "rank([[x, 1], [1, x]] | x = 1)                       => 1",
            "rref([[0, 2, 4], [1, 1, 1]])                         => [[1, 0, -1], [0, 1, 2]]",
            "rref([[1, x], [x, 1]])                               => [[1, 0], [0, 1]]",
            "rref([[2.0, 4], [1, 3]])                             => [[1.0, 0.0], [0.0, 1.0]]",
            "rank([[1, 2]], tol = -1)                             => error: rank: option tol must be a number at least 0, got -1",
            "rank(x)                                              => error: rank: argument 1 must be a matrix, got x",
            "eigenvals([[1, 2]])                                  => error: eigenvals: needs a square matrix, got 1×2",
            "eigenvals([[2, 1], [1, 2]])                          => [1, 3]",
            "eigenvals([[0, x], [x, 0]])                          => [-x, x]",
            "eigenvals([[0, -1], [1, 0]])                         => []   # 2 complex eigenvalues (roots of λ^2 + 1), not shown: Cofactor has no complex numbers",
            "eigenvals([[0, -1.0], [1, 0]])                       => []   # 2 complex eigenvalues, not shown: Cofactor has no complex numbers",
            "eigenvals([[2.0, 0], [0, 2]])                        => [2.0, 2.0]",
            "eigenvals([[λ, 1], [0, 2]])                          => [2, λ]",
            "eigenvects([[2, 0], [0, 3]])                         => λ = 2, multiplicity 1, eigenvectors [[1, 0]]\\nλ = 3, multiplicity 1, eigenvectors [[0, 1]]",
            "eigenvects([[0, -1], [1, 0]])                        => 2 complex eigenvalues (roots of λ^2 + 1), not shown: Cofactor has no complex numbers",
            "eigenvects([[1.0, 1], [0, 1]])                       => λ = 1.0, multiplicity 2, eigenvectors [[1.0, 0.0]]",
            "eigenvals([[0, 1, 0], [0, 0, 1], [1, 0, 0]])         => [1]   # 2 complex eigenvalues (roots of λ^2 + λ + 1), not shown: Cofactor has no complex numbers",
            "eigenvals([[0, 1, 0, 0], [0, 0, 1, 0], [0, 0, 0, 1], [1, 1, 0, 0]]) => [root(λ^4 - λ - 1, 1), root(λ^4 - λ - 1, 2)]   # 2 complex eigenvalues (roots of λ^4 - λ - 1), not shown: Cofactor has no complex numbers",
            "eigenvects([[0, 1, 0, 0], [0, 0, 1, 0], [0, 0, 0, 1], [1, 1, 0, 0]]) => λ = root(λ^4 - λ - 1, 1), multiplicity 1, eigenvectors [[-2.629658126754534, 1.9051661677540184, -1.380277569097614, 1.0]]\\nλ = root(λ^4 - λ - 1, 2), multiplicity 1, eigenvectors [[0.5497004779019703, 0.6710436067037893, 0.8191725133961644, 1.0]]\\n2 complex eigenvalues (roots of λ^4 - λ - 1), not shown: Cofactor has no complex numbers",
            "sin([[0, pi/2], [x, pi]])                            => [[0, 1], [sin(x), 0]]",
            "d(cos([[x, x^2]]), x)                                => [[-sin(x), -2*x*sin(x^2)]]",
    })
    void answers(String input, String expected) {
        assertEquals(expected.strip().replace("\\n", "\n"), show(input.strip()));
    }

    static LongStream seeds() { return LongStream.range(0, 40); }

    /**
     * On a random integer matrix of low rank (a product of random factors), rank + the null
     * space's dimension is the number of columns, A times each basis vector is 0, the rank is
     * the rank of the transpose and of the product's inner size at most, rref is idempotent,
     * and a triangular matrix's eigenvalues are its diagonal with multiplicities.
     */
    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void relations(long seed) {
        Random r = new Random(seed);
        int m = 1 + r.nextInt(4), n = 1 + r.nextInt(5), k = 1 + r.nextInt(3);
        Matrix a = random(r, m, k).times(random(r, k, n), Limits.DEFAULT);
        Echelon e = Echelon.of(a, Limits.DEFAULT, -1);
        Matrix basis = e.nullspace();
        String at = "seed " + seed + ", A = " + a;
        assertEquals(n, e.rank() + basis.rows(), at);
        assertTrue(e.rank() <= Math.min(k, Math.min(m, n)), at);
        assertEquals(e.rank(), Echelon.of(a.transpose(), Limits.DEFAULT, -1).rank(), at);
        if (basis.rows() > 0) assertEquals(Matrix.zeros(m, basis.rows()), a.times(basis.transpose(), Limits.DEFAULT), at);
        assertEquals(e.rref(), Echelon.of(e.rref(), Limits.DEFAULT, -1).rref(), at);

        int size = 1 + r.nextInt(4);
        Expr[] t = new Expr[size * size];
        java.util.List<Expr> diagonal = new java.util.ArrayList<>();
        for (int i = 0; i < size; i++) {
            for (int j = 0; j < size; j++) t[i * size + j] = j < i ? Expr.num(0) : Expr.num(r.nextInt(3) - 1);
            diagonal.add(t[i * size + i]);
        }
        diagonal.sort(java.util.Comparator.comparingDouble(x -> ((cofactor.expr.Num) x).doubleValue()));
        Matrix triangular = Matrix.of(size, size, t);
        assertEquals(Matrix.vector(diagonal), Eigenvalues.of(triangular, Limits.DEFAULT).repeated(), "seed " + seed + ", " + triangular);
    }

    private static Matrix random(Random r, int m, int n) {
        Expr[] e = new Expr[m * n];
        for (int i = 0; i < e.length; i++) e[i] = Expr.num(r.nextInt(7) - 3);
        return Matrix.of(m, n, e);
    }
}
