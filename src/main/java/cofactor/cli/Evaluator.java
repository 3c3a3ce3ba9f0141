package cofactor.cli;

import cofactor.expr.Cancel;
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
    private static final long STACK_BYTES = 1L << 30;

    private ExecutorService worker = newWorker();
    private volatile Future<?> running;

    private static ExecutorService newWorker() {
        return Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(null, r, "cofactor-eval", STACK_BYTES);
            t.setDaemon(true);
            return t;
        });
    }

    /**
     * After a cancel, work that does not notice its interrupt soon (a loop without
     * {@link Cancel#check()}) is abandoned on its daemon thread, and the next
     * statement gets a fresh worker instead of queueing behind it.
     */
    private void abandon(Future<?> f) {
        f.cancel(true);
        worker.shutdownNow();
        worker = newWorker();
    }

    /** Evaluates on the worker; timeLimitSeconds 0 means no limit. */
    <T> T run(Callable<T> work, double timeLimitSeconds) {
        Future<T> f = worker.submit(() -> guarded(work));
        running = f;
        try {
            return timeLimitSeconds > 0 ? f.get((long) (timeLimitSeconds * 1000), TimeUnit.MILLISECONDS) : f.get();
        } catch (TimeoutException e) {
            abandon(f);
            throw new EvalError("", "stopped after the time limit of " + timeLimitSeconds + " s (raise it with set(timeout = ...))");
        } catch (InterruptedException e) {
            abandon(f);
            Thread.currentThread().interrupt();
            throw new EvalError("", "interrupted");
        } catch (java.util.concurrent.CancellationException e) {
            abandon(f);
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

    /** Stops the statement being evaluated (Ctrl-C). */
    void interrupt() {
        Future<?> f = running;
        if (f != null) f.cancel(true);
    }

    private static <T> T guarded(Callable<T> work) throws Exception {
        try {
            return work.call();
        } catch (Cancel.Cancelled e) {
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
