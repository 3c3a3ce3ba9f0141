package cofactor.dense;

import static org.bytedeco.openblas.global.openblas.CblasNoTrans;
import static org.bytedeco.openblas.global.openblas.CblasRowMajor;
import static org.bytedeco.openblas.global.openblas.CblasTrans;
import static org.bytedeco.openblas.global.openblas.LAPACK_COL_MAJOR;
import static org.bytedeco.openblas.global.openblas.LAPACKE_dgetrf;
import static org.bytedeco.openblas.global.openblas.LAPACKE_dgetri;
import static org.bytedeco.openblas.global.openblas.LAPACKE_dgetrs;
import static org.bytedeco.openblas.global.openblas.cblas_dgemm;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import org.bytedeco.javacpp.DoublePointer;
import org.bytedeco.javacpp.IntPointer;

/**
 * OpenBLAS (0.3.31, the build NumPy ships here too) through JavaCPP's prebuilt library for
 * linux-x86_64: dgemm for products, LAPACK's dgetrf/dgetrs/dgetri for factorizations, solves
 * and inverses, threaded over the cores. Operands go through native buffers kept per thread
 * ({@link Scratch}): allocating native memory per call costs more than a 50×50 product, and
 * passing Java arrays makes JNI copy each of them both ways.
 */
final class OpenBlasKernels implements Kernels {
    /**
     * OpenBLAS's threaded dgetrf keeps a table of MAX_CPU² cache lines on the calling thread's stack,
     * 2 to 4 MB for this build: a default Java thread (1 MB) crashes the process there. It threads only
     * from 10 000 entries on (interface/lapack/getrf.c); such calls run on a thread with a large stack.
     */
    private static final long THREADED_ENTRIES = 10_000;
    private static final long STACK_BYTES = 64L << 20;
    private static final ExecutorService LARGE_STACK = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(null, r, "cofactor-lapack", STACK_BYTES);
        t.setDaemon(true);
        return t;
    });

    private OpenBlasKernels() {}

    /** These kernels when the native library loads and runs a product, else EJML's. */
    static Kernels load() {
        try {
            Kernels k = new OpenBlasKernels();
            Dense m = k.multiply(1, new Dense(1, 2, new double[] {1, 2}), false, new Dense(2, 1, new double[] {3, 4}), false);
            return m.data()[0] == 11 ? k : EjmlKernels.INSTANCE;
        } catch (Throwable unavailable) { // UnsatisfiedLinkError, NoClassDefFoundError: no native build for this platform
            return EjmlKernels.INSTANCE;
        }
    }

    @Override public Dense multiply(double alpha, Dense a, boolean ta, Dense b, boolean tb) { return gemm(alpha, a, ta, b, tb, 0, null); }

    /** dgemm's own β·C: c is copied in where the product is written, so the sum costs no pass of its own. */
    @Override public Dense multiplyAdd(double alpha, Dense a, boolean ta, Dense b, boolean tb, double beta, Dense c) {
        return gemm(alpha, a, ta, b, tb, beta, c);
    }

    /** α·op(a)·op(b), plus β·c where c is given. */
    private static Dense gemm(double alpha, Dense a, boolean ta, Dense b, boolean tb, double beta, Dense c) {
        int m = ta ? a.cols() : a.rows(), k = ta ? a.rows() : a.cols(), n = tb ? b.rows() : b.cols();
        if (c != null && (c.rows() != m || c.cols() != n)) throw new IllegalArgumentException("adding a " + c.rows() + "×" + c.cols() + " matrix to a " + m + "×" + n + " product");
        if (m == 0 || n == 0 || k == 0) return c == null ? Dense.zeros(m, n) : Dense.zeros(m, n).plusScaled(beta, c);
        double[] out = new double[m * n];
        Scratch s = Scratch.LOCAL.get();
        try {
            DoublePointer result = c == null ? s.doubles(2, out.length) : s.in(2, c.data());
            cblas_dgemm(CblasRowMajor, ta ? CblasTrans : CblasNoTrans, tb ? CblasTrans : CblasNoTrans, m, n, k, alpha, s.in(0, a.data()), a.cols(), s.in(1, b.data()), b.cols(), beta, result, n);
            result.get(out);
        } finally {
            s.release();
        }
        return new Dense(m, n, out);
    }

    /** LAPACK's 1-based pivots, kept for dgetrs and dgetri. */
    private record Pivots(int[] ipiv) {}

    /**
     * The row-major array of A is LAPACK's column-major A', and it is factored as it is: det(A') =
     * det(A), solves with A are solves with A' transposed, and the inverse of A' written column by
     * column is inv(A) row by row. LAPACKE's row-major interface would copy every matrix into a
     * transposed array and back instead.
     */
    @Override public Factorization factor(Dense a) {
        int n = a.rows();
        if (n == 0) return new Factorization(a, 1, new Pivots(new int[0]));
        return onLargeStack(a, () -> {
            Scratch s = Scratch.LOCAL.get();
            try {
                DoublePointer lu = s.in(0, a.data());
                IntPointer pivots = s.ints(n);
                LAPACKE_dgetrf(LAPACK_COL_MAJOR, n, n, lu, n, pivots); // info > 0 is a zero pivot, which the factorization shows
                double[] factors = new double[n * n];
                int[] ipiv = new int[n];
                lu.get(factors);
                pivots.get(ipiv);
                int sign = 1;
                for (int i = 0; i < n; i++) if (ipiv[i] != i + 1) sign = -sign;
                return new Factorization(new Dense(n, n, factors), sign, new Pivots(ipiv));
            } finally {
                s.release();
            }
        });
    }

    /** A x = b is A'' x = b: dgetrs transposed on the factors of A'; b and x column by column. */
    @Override public Dense solve(Factorization f, Dense b, boolean transposed) {
        int n = f.lu().rows(), cols = b.cols();
        if (n == 0 || cols == 0) return new Dense(b.rows(), cols, b.data().clone());
        boolean column = cols == 1; // a column is the same array in both orders
        return onLargeStack(f.lu(), () -> {
            Scratch s = Scratch.LOCAL.get();
            try {
                DoublePointer x = s.in(1, column ? b.data() : b.transpose().data());
                LAPACKE_dgetrs(LAPACK_COL_MAJOR, (byte) (transposed ? 'N' : 'T'), n, cols, s.in(0, f.lu().data()), n, s.ints(n).put(((Pivots) f.state()).ipiv()), x, n);
                double[] out = new double[n * cols];
                x.get(out);
                return column ? new Dense(n, 1, out) : new Dense(cols, n, out).transpose();
            } finally {
                s.release();
            }
        });
    }

    @Override public Dense inverse(Factorization f) {
        int n = f.lu().rows();
        if (n == 0) return f.lu();
        return onLargeStack(f.lu(), () -> {
            Scratch s = Scratch.LOCAL.get();
            try {
                DoublePointer inv = s.in(0, f.lu().data());
                LAPACKE_dgetri(LAPACK_COL_MAJOR, n, inv, n, s.ints(n).put(((Pivots) f.state()).ipiv()));
                double[] out = new double[n * n];
                inv.get(out);
                return new Dense(n, n, out);
            } finally {
                s.release();
            }
        });
    }

    /**
     * A thread's native memory for the operands of its calls. JNI copies a Java array whole into native
     * memory and back out again, both ways for every array of every call, inputs too: at n = 50 that
     * is 5 µs of a 16 µs dgemm (measured). Here each operand is copied in once and the result out
     * once. Buffers up to {@link #KEEP} entries stay for the thread's next call; larger ones are freed
     * after the call.
     */
    private static final class Scratch {
        static final ThreadLocal<Scratch> LOCAL = ThreadLocal.withInitial(Scratch::new);
        private static final long KEEP = 1 << 21;
        private final DoublePointer[] doubles = new DoublePointer[3];
        private IntPointer ints;

        /** Buffer k holding {@code values}. */
        DoublePointer in(int k, double[] values) { return doubles(k, values.length).put(values); }

        DoublePointer doubles(int k, long size) {
            if (doubles[k] == null || doubles[k].capacity() < size) {
                if (doubles[k] != null) doubles[k].close();
                doubles[k] = new DoublePointer(size);
            }
            return doubles[k];
        }

        IntPointer ints(long size) {
            if (ints == null || ints.capacity() < size) {
                if (ints != null) ints.close();
                ints = new IntPointer(size);
            }
            return ints;
        }

        void release() {
            for (int k = 0; k < doubles.length; k++) {
                if (doubles[k] != null && doubles[k].capacity() > KEEP) {
                    doubles[k].close();
                    doubles[k] = null;
                }
            }
            if (ints != null && ints.capacity() > KEEP) {
                ints.close();
                ints = null;
            }
        }
    }

    @Override public String name() { return "OpenBLAS 0.3.31 (native)"; }

    private static <T> T onLargeStack(Dense a, Supplier<T> call) {
        if ((long) a.rows() * a.cols() < THREADED_ENTRIES) return call.get();
        Future<T> done = LARGE_STACK.submit(call::get);
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    return done.get();
                } catch (InterruptedException e) {
                    interrupted = true; // the native call cannot be stopped: wait for it, then pass the interrupt on
                }
            }
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) throw r;
            throw new IllegalStateException(e.getCause());
        } finally {
            if (interrupted) Thread.currentThread().interrupt();
        }
    }
}
