package cofactor.dense;

/**
 * The dense linear algebra the evaluator of matrix expressions runs on: products, LU
 * factorizations, solves and inverses of row-major double matrices. Two implementations:
 * OpenBLAS through JavaCPP's prebuilt native library (the BLAS NumPy uses), and EJML in pure
 * Java where that library does not load (another platform). Each method returns a new matrix.
 */
public interface Kernels {
    /** α·op(a)·op(b), op transposing where asked. */
    Dense multiply(double alpha, Dense a, boolean transposeA, Dense b, boolean transposeB);

    /**
     * α·op(a)·op(b) + β·c, c of the product's shape (and left unchanged): a sum that has a product among
     * its terms, the product's pass adding the rest, without the product as a matrix of its own.
     */
    default Dense multiplyAdd(double alpha, Dense a, boolean transposeA, Dense b, boolean transposeB, double beta, Dense c) {
        return multiply(alpha, a, transposeA, b, transposeB).plusScaled(beta, c);
    }

    /** The LU factorization of a square a. */
    Factorization factor(Dense a);

    /** x with A·x = b (or A'·x = b when {@code transposed}), A given by its nonsingular factorization. */
    Dense solve(Factorization f, Dense b, boolean transposed);

    /** inv(A) from A's nonsingular factorization. */
    Dense inverse(Factorization f);

    /** Which library this is, for reports: {@code OpenBLAS 0.3.31 (native)}. */
    String name();

    /** OpenBLAS when its native library loads here, else EJML. Chosen once. */
    static Kernels best() { return Choice.BEST; }

    /** The pure-Java kernels, whatever loads. */
    static Kernels pureJava() { return EjmlKernels.INSTANCE; }
}

/** Holder idiom: the native library is tried once, on first use. */
final class Choice {
    static final Kernels BEST = OpenBlasKernels.load();

    private Choice() {}
}
