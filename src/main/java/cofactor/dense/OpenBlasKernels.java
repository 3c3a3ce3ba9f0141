package cofactor.dense;

import static org.bytedeco.openblas.global.openblas.CblasNoTrans;
import static org.bytedeco.openblas.global.openblas.CblasRowMajor;
import static org.bytedeco.openblas.global.openblas.CblasTrans;
import static org.bytedeco.openblas.global.openblas.LAPACK_ROW_MAJOR;
import static org.bytedeco.openblas.global.openblas.LAPACKE_dgetrf;
import static org.bytedeco.openblas.global.openblas.LAPACKE_dgetri;
import static org.bytedeco.openblas.global.openblas.LAPACKE_dgetrs;
import static org.bytedeco.openblas.global.openblas.cblas_dgemm;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;

/**
 * OpenBLAS (0.3.31, the build NumPy ships here too) through JavaCPP's prebuilt library for
 * linux-x86_64: dgemm for products, LAPACK's dgetrf/dgetrs/dgetri for factorizations, solves
 * and inverses, threaded over the cores. Java arrays are passed as they are (the JNI layer copies
 * them, a memcpy beside the O(n³) work): measured as fast as native buffers at n = 1000 and twice
 * as fast at n = 50, where allocating native memory per call costs more than the product.
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

    @Override public Dense multiply(double alpha, Dense a, boolean ta, Dense b, boolean tb) {
        int m = ta ? a.cols() : a.rows(), k = ta ? a.rows() : a.cols(), n = tb ? b.rows() : b.cols();
        double[] out = new double[m * n];
        if (m == 0 || n == 0 || k == 0) return new Dense(m, n, out);
        cblas_dgemm(CblasRowMajor, ta ? CblasTrans : CblasNoTrans, tb ? CblasTrans : CblasNoTrans, m, n, k, alpha, a.data(), a.cols(), b.data(), b.cols(), 0, out, n);
        return new Dense(m, n, out);
    }

    /** LAPACK's 1-based pivots, kept for dgetrs and dgetri. */
    private record Pivots(int[] ipiv) {}

    @Override public Factorization factor(Dense a) {
        int n = a.rows();
        return onLargeStack(a, () -> {
            int[] ipiv = new int[n];
            double[] lu = a.data().clone();
            if (n > 0) LAPACKE_dgetrf(LAPACK_ROW_MAJOR, n, n, lu, n, ipiv); // info > 0 is a zero pivot, which the factorization shows
            int sign = 1;
            for (int i = 0; i < n; i++) if (ipiv[i] != i + 1) sign = -sign;
            return new Factorization(new Dense(n, n, lu), sign, new Pivots(ipiv));
        });
    }

    @Override public Dense solve(Factorization f, Dense b, boolean transposed) {
        int n = f.lu().rows(), cols = b.cols();
        return onLargeStack(f.lu(), () -> {
            double[] x = b.data().clone();
            if (n > 0 && cols > 0) LAPACKE_dgetrs(LAPACK_ROW_MAJOR, (byte) (transposed ? 'T' : 'N'), n, cols, f.lu().data(), n, ((Pivots) f.state()).ipiv(), x, cols);
            return new Dense(b.rows(), cols, x);
        });
    }

    @Override public Dense inverse(Factorization f) {
        int n = f.lu().rows();
        return onLargeStack(f.lu(), () -> {
            double[] inv = f.lu().data().clone();
            if (n > 0) LAPACKE_dgetri(LAPACK_ROW_MAJOR, n, inv, n, ((Pivots) f.state()).ipiv());
            return new Dense(n, n, inv);
        });
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
