package cofactor.dense;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The native kernels against the pure-Java ones (EJML) and against the definitions they compute:
 * products in every transposition, and from one LU factorization det, its sign, log|det|, solves
 * with A and with A' (a vector and a matrix on the right), and the inverse, at sizes around the
 * blocks both libraries use, also on the same thread repeatedly (its native buffers reused and
 * grown).
 */
public class KernelsTest {
    private static final Kernels NATIVE = Kernels.best(), JAVA = Kernels.pureJava();

    private static Dense random(Random r, int rows, int cols) {
        double[] d = new double[rows * cols];
        for (int k = 0; k < d.length; k++) d[k] = r.nextGaussian();
        return new Dense(rows, cols, d);
    }

    /** Well conditioned and not symmetric. */
    private static Dense square(Random r, int n) { return random(r, n, n).plusScaled(3 * Math.sqrt(n), Dense.identity(n)); }

    /** Entry by entry within 1e-11 of the largest entry (or of 1). */
    public static void assertClose(Dense expected, Dense actual, String what) {
        assertEquals(expected.rows(), actual.rows(), what);
        assertEquals(expected.cols(), actual.cols(), what);
        double scale = 1, diff = 0;
        for (int k = 0; k < expected.data().length; k++) {
            scale = Math.max(scale, Math.abs(expected.data()[k]));
            diff = Math.max(diff, Math.abs(expected.data()[k] - actual.data()[k]));
        }
        assertTrue(diff <= 1e-11 * scale, what + ": differs by " + diff + " (scale " + scale + ")");
    }

    @ParameterizedTest(name = "n = {0}")
    @ValueSource(ints = {1, 2, 7, 50, 130, 3, 64})
    void productsAgree(int n) {
        Random r = new Random(n);
        int m = n + 3, k = Math.max(1, n - 1);
        for (int t = 0; t < 4; t++) {
            boolean ta = (t & 1) != 0, tb = (t & 2) != 0;
            Dense a = ta ? random(r, k, m) : random(r, m, k), b = tb ? random(r, n, k) : random(r, k, n);
            assertClose(JAVA.multiply(-2.5, a, ta, b, tb), NATIVE.multiply(-2.5, a, ta, b, tb), "α·op(A)·op(B), " + ta + ", " + tb);
        }
        Dense a = random(r, m, k);
        Dense gram = NATIVE.multiply(1, a, true, a, false); // A'*A with one array for both sides
        assertClose(JAVA.multiply(1, a.transpose(), false, a, false), gram, "A'*A");
    }

    /** α·op(A)·op(B) + β·C in dgemm's one pass, against the product with C added entry by entry after it; C is left as it was. */
    @ParameterizedTest(name = "n = {0}")
    @ValueSource(ints = {1, 2, 7, 50, 130})
    void productsWithATermAddedAgree(int n) {
        Random r = new Random(100 + n);
        int m = n + 3, k = Math.max(1, n - 1);
        for (int t = 0; t < 4; t++) {
            boolean ta = (t & 1) != 0, tb = (t & 2) != 0;
            Dense a = ta ? random(r, k, m) : random(r, m, k), b = tb ? random(r, n, k) : random(r, k, n), c = random(r, m, n);
            double[] before = c.data().clone();
            Dense expected = JAVA.multiply(2, a, ta, b, tb);
            for (int i = 0; i < m; i++) for (int j = 0; j < n; j++) expected.data()[i * n + j] -= 0.75 * c.get(i, j);
            assertClose(expected, NATIVE.multiplyAdd(2, a, ta, b, tb, -0.75, c), "2·op(A)·op(B) - 0.75·C, " + ta + ", " + tb);
            assertClose(expected, JAVA.multiplyAdd(2, a, ta, b, tb, -0.75, c), "2·op(A)·op(B) - 0.75·C in Java, " + ta + ", " + tb);
            assertTrue(java.util.Arrays.equals(before, c.data()), "C unchanged");
        }
        Dense empty = new Dense(m, 0, new double[0]), c = random(r, m, n); // no inner dimension: β·C alone
        assertClose(c.scale(3), NATIVE.multiplyAdd(1, empty, false, new Dense(0, n, new double[0]), false, 3, c), "β·C when op(A) has no columns");
    }

    @ParameterizedTest(name = "n = {0}")
    @ValueSource(ints = {1, 2, 7, 50, 130, 3, 64})
    void factorizationsAgree(int n) {
        Random r = new Random(100 + n);
        Dense a = square(r, n);
        Factorization f = NATIVE.factor(a), g = JAVA.factor(a);
        assertEquals(g.sign(), f.sign());
        assertEquals(g.logAbsDet(), f.logAbsDet(), 1e-11 * Math.max(1, Math.abs(g.logAbsDet())));
        if (n <= 7) assertEquals(g.det(), f.det(), 1e-11 * Math.abs(g.det()));
        Dense inv = NATIVE.inverse(f);
        assertClose(JAVA.inverse(g), inv, "inv(A)");
        assertClose(Dense.identity(n), NATIVE.multiply(1, a, false, inv, false), "A*inv(A)");
        for (int cols : new int[] {1, 4}) {
            Dense b = random(r, n, cols);
            for (boolean transposed : new boolean[] {false, true}) {
                Dense x = NATIVE.solve(f, b, transposed);
                assertClose(b, NATIVE.multiply(1, a, transposed, x, false), "op(A)*solve(op(A), b), " + cols + " columns, transposed " + transposed);
                assertClose(JAVA.solve(g, b, transposed), x, "solve against EJML");
            }
        }
    }

    @ParameterizedTest(name = "n = {0}")
    @ValueSource(ints = {2, 5})
    void signOfTheDeterminantFollowsTheRowSwaps(int n) {
        // a permutation matrix of one swap: det −1, and the factors say so
        Dense p = Dense.identity(n);
        p.data()[0] = 0;
        p.data()[n + 1] = 0;
        p.data()[1] = 1;
        p.data()[n] = 1;
        assertEquals(-1, NATIVE.factor(p).sign());
        assertEquals(-1, NATIVE.factor(p).det(), 0);
        Dense singular = new Dense(n, n, new double[n * n]);
        assertTrue(NATIVE.factor(singular).isSingular());
    }
}
