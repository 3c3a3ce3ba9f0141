package cofactor.cli;

import cofactor.guard.Interrupted;
import cofactor.guard.Interrupts;
import cofactor.lang.EvalError;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Runs each statement on one worker thread with a large stack, so deeply nested
 * input is evaluated rather than overflowing, and so a statement can be
 * interrupted (Ctrl-C) or stopped by a time limit while the session lives on.
 * Every failure comes back as an {@link EvalError}: the user never sees a stack trace.
 */
final class Evaluator implements AutoCloseable {
    private static final long STACK_BYTES = 256L << 20;

    private static final long POLL_MILLIS = 50, GRACE_NANOS = 1_000_000_000L;

    private ExecutorService worker = newWorker();
    private volatile Future<?> running;
    private volatile Thread workerThread;
    private volatile long interruptedAt;

    private ExecutorService newWorker() {
        return Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(null, r, "cofactor-eval", STACK_BYTES);
            t.setDaemon(true);
            workerThread = t;
            return t;
        });
    }

    /**
     * After a cancel, work that does not notice its interrupt soon (a loop without
     * {@link Interrupts#check()}) is abandoned on its daemon thread, and the next
     * statement gets a fresh worker instead of queueing behind it.
     */
    @SuppressWarnings({"removal", "deprecation"})
    private void abandon(Future<?> f) {
        f.cancel(true);
        worker.shutdownNow();
        Thread t = workerThread;
        worker = newWorker();
        // Left alone, the abandoned computation would burn a core until it ends. It works
        // on immutable values and has not bound its result, so stopping it loses nothing.
        try {
            if (t != null && t.isAlive()) t.stop();
        } catch (UnsupportedOperationException e) {
            // newer JDKs cannot stop threads: the daemon thread runs out on its own
        }
    }

    /**
     * Evaluates on the worker; timeLimitSeconds 0 means no limit. Ctrl-C first
     * interrupts the worker, so work that can stop gracefully (an optimizer returning
     * its best point so far) does; work still running a second later is abandoned.
     */
    <T> T run(Callable<T> work, double timeLimitSeconds) {
        Future<T> f = worker.submit(() -> guarded(work));
        running = f;
        interruptedAt = 0;
        long deadline = timeLimitSeconds > 0 ? System.nanoTime() + (long) (timeLimitSeconds * 1e9) : Long.MAX_VALUE;
        try {
            while (true) {
                try {
                    return f.get(POLL_MILLIS, TimeUnit.MILLISECONDS);
                } catch (TimeoutException e) {
                    long now = System.nanoTime();
                    if (now > deadline) {
                        abandon(f);
                        throw new EvalError("", "stopped after the time limit of " + timeLimitSeconds + " s (raise it with set(timeout = ...))");
                    }
                    if (interruptedAt != 0 && now - interruptedAt > GRACE_NANOS) {
                        abandon(f);
                        throw new EvalError("", "interrupted");
                    }
                }
            }
        } catch (InterruptedException e) {
            abandon(f);
            Thread.currentThread().interrupt();
            throw new EvalError("", "interrupted");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof EvalError err) throw err;
            if (cause instanceof RuntimeException re) throw re;
            throw new EvalError("", "internal error: " + cause);
        } finally {
            running = null;
        }
    }

    /** Ctrl-C: asks the statement being evaluated to stop. */
    void interrupt() {
        Thread t = workerThread;
        if (running != null && t != null) {
            interruptedAt = System.nanoTime();
            t.interrupt();
        }
    }

    private static <T> T guarded(Callable<T> work) throws Exception {
        try {
            return work.call();
        } catch (Interrupted e) {
            throw new EvalError("", "interrupted");
        } catch (StackOverflowError e) {
            throw new EvalError("", "expression nested too deeply");
        } catch (OutOfMemoryError e) {
            throw new EvalError("", "out of memory: the computation is too large (see set(maxterms = ...))");
        } finally {
            Thread.interrupted(); // a late interrupt must not leak into the next statement
        }
    }

    @Override public void close() { worker.shutdownNow(); }
}
