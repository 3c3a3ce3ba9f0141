package cofactor.poly;

import cofactor.guard.Interrupts;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.IntConsumer;

/**
 * Independent pieces of one computation run on the machine's cores: the calling
 * thread takes pieces beside helper threads. Ctrl-C reaches the calling thread,
 * which stops at its next {@link Interrupts#check()} and interrupts the helpers, so
 * they stop at theirs; the call returns only once every helper has left its piece,
 * so nothing of it runs on after an error or an interrupt.
 */
public final class Cores {
    private Cores() {}

    /** The cores this machine has. */
    public static final int COUNT = Runtime.getRuntime().availableProcessors();

    private static ExecutorService pool;

    private static synchronized ExecutorService pool() {
        if (pool == null) {
            pool = Executors.newCachedThreadPool(run -> {
                Thread t = new Thread(run, "cofactor-core");
                t.setDaemon(true);
                return t;
            });
        }
        return pool;
    }

    /**
     * Runs piece.accept(i) once for each i in [0, n) on up to threads threads, the caller
     * among them, taking the pieces in order; rethrows the first failure of any piece.
     */
    public static void run(int n, int threads, IntConsumer piece) {
        int helpers = Math.min(threads, n) - 1;
        if (helpers <= 0) {
            for (int i = 0; i < n; i++) {
                Interrupts.check();
                piece.accept(i);
            }
            return;
        }
        AtomicInteger next = new AtomicInteger();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Thread[] working = new Thread[helpers]; // guarded by itself: a helper is interrupted only inside its piece
        CountDownLatch done = new CountDownLatch(helpers);
        for (int h = 0; h < helpers; h++) {
            int me = h;
            pool().execute(() -> {
                synchronized (working) { working[me] = Thread.currentThread(); }
                try {
                    for (int i; failure.get() == null && (i = next.getAndIncrement()) < n; ) piece.accept(i);
                } catch (Throwable t) {
                    failure.compareAndSet(null, t);
                } finally {
                    synchronized (working) {
                        working[me] = null;
                        Thread.interrupted(); // the pool's thread goes back clean
                    }
                    done.countDown();
                }
            });
        }
        try {
            for (int i; failure.get() == null && (i = next.getAndIncrement()) < n; ) {
                Interrupts.check();
                piece.accept(i);
            }
        } catch (Throwable t) {
            failure.compareAndSet(null, t);
        }
        if (failure.get() != null) {
            synchronized (working) { for (Thread t : working) if (t != null) t.interrupt(); }
        }
        boolean interrupted = false;
        while (true) {
            try {
                done.await();
                break;
            } catch (InterruptedException e) { // Ctrl-C while the helpers finish: stop them, report it after
                interrupted = true;
                failure.compareAndSet(null, new cofactor.guard.Interrupted());
                synchronized (working) { for (Thread t : working) if (t != null) t.interrupt(); }
            }
        }
        if (interrupted) Thread.currentThread().interrupt();
        Throwable t = failure.get();
        if (t instanceof RuntimeException re) throw re;
        if (t instanceof Error err) throw err;
        if (t != null) throw new IllegalStateException(t);
    }
}
