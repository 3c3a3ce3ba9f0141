package cofactor.cli;

import cofactor.guard.Gate;
import cofactor.guard.Interrupted;
import cofactor.guard.Interrupts;
import cofactor.guard.TimeLimit;
import cofactor.lang.EvalError;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Runs each statement on a worker thread with a large stack, so deeply nested
 * input is evaluated rather than overflowing, and so a statement can be stopped
 * (Ctrl-C, a time limit) while the session lives on. Every failure comes back as
 * an {@link EvalError}: the user never sees a stack trace.
 *
 * <p>Stopping is cooperative only. Ctrl-C and the time limit interrupt the
 * worker, and keep interrupting it until the statement ends (work such as an
 * optimizer takes the interrupt and returns its best point so far; the rest of the
 * statement must still stop). Every long loop calls {@link Interrupts#check()}, so
 * the statement ends with {@link Interrupted} within moments. Nothing is stopped
 * by force: {@code Thread.stop} (which this class used to call after a second)
 * could kill a class initialiser half-way, after which every use of that class
 * fails with {@code NoClassDefFoundError} for the rest of the process, or break a
 * lock or queue it held.
 *
 * <p>A statement that has not ended within the grace period after it was asked to
 * stop (a loop without a check, a library call that ignores interrupts) is given
 * up on: it is reported as stopped, its thread is barred at the session's
 * {@link Gate} so it can never bind a name or print, and the next statement runs on
 * a fresh worker instead of queueing behind it. The abandoned thread runs on until
 * its work ends, then exits. A statement over its time limit is barred at once,
 * before it is interrupted: what it does after the limit never counts, even when it
 * ends gracefully; its worker is retired like an abandoned one.
 */
public final class Evaluator implements AutoCloseable {
    private static final long STACK_BYTES = 256L << 20;

    /** How long a statement asked to stop may take to end by itself before it is abandoned. */
    static final long DEFAULT_GRACE_NANOS = 1_000_000_000L;

    private static final long POLL_MILLIS = 20;

    private final long graceNanos;
    private Worker worker = new Worker();
    private volatile Run<?> current;
    private int abandoned;

    public Evaluator() { this(DEFAULT_GRACE_NANOS); }

    /** With another grace period: tests use a long one, so that a statement that stops must have stopped by itself. */
    Evaluator(long graceNanos) { this.graceNanos = graceNanos; }

    /**
     * Evaluates on the worker and returns the value, or throws the statement's
     * error; "interrupted" after Ctrl-C, a time-limit error past the limit.
     */
    <T> T run(Callable<T> work, TimeLimit limit, Gate gate) {
        Run<T> run = new Run<>(work);
        Worker w = worker;
        current = run; // before it starts: a Ctrl-C from then on reaches it
        Future<T> f = w.executor.submit(run);
        long start = System.nanoTime(), limitNanos = limit.nanos();
        long stopAsked = 0; // when Ctrl-C or the limit asked the statement to stop, 0 before
        boolean overTime = false;
        try {
            while (true) {
                try {
                    T value = f.get(POLL_MILLIS, TimeUnit.MILLISECONDS);
                    if (overTime) throw overTime(limit);
                    return value;
                } catch (TimeoutException e) {
                    long now = System.nanoTime();
                    if (!overTime && now - start >= limitNanos) {
                        overTime = true;
                        gate.bar(w.thread); // before the interrupt: nothing it does after the limit counts
                        retire(w);
                        run.stop();
                    }
                    if (run.stopping() && stopAsked == 0) stopAsked = now;
                    if (stopAsked != 0 && now - stopAsked > graceNanos) {
                        abandon(w, run, gate);
                        throw overTime ? overTime(limit) : new EvalError("", "interrupted");
                    }
                    if (stopAsked != 0) run.stop(); // again: the interrupt may have been taken by work that went on
                }
            }
        } catch (InterruptedException e) { // the caller itself is told to stop: do not wait for the statement
            abandon(w, run, gate);
            Thread.currentThread().interrupt();
            throw new EvalError("", "interrupted");
        } catch (ExecutionException e) {
            if (overTime) throw overTime(limit);
            Throwable cause = e.getCause();
            if (cause instanceof EvalError err) throw err;
            if (cause instanceof RuntimeException re) throw re;
            throw new EvalError("", "internal error: " + cause);
        } finally {
            current = null;
        }
    }

    private static EvalError overTime(TimeLimit limit) {
        return new EvalError("", "stopped after the time limit of " + limit + " (raise it with set(timeout = ...))");
    }

    /** Ctrl-C: asks the statement being evaluated to stop. */
    public void interrupt() {
        Run<?> run = current;
        if (run != null) run.stop();
    }

    /** How many statements were given up on (they did not stop within the grace period). */
    int abandoned() { return abandoned; }

    private void abandon(Worker w, Run<?> run, Gate gate) {
        gate.bar(w.thread);
        run.stop();
        retire(w);
        abandoned++;
    }

    /** The next statement runs on a fresh worker; this one's thread exits once its statement ends. */
    private void retire(Worker w) {
        if (w != worker) return;
        w.executor.shutdown();
        worker = new Worker();
    }

    @Override public void close() { worker.executor.shutdown(); }

    /** One thread, started at once so that it can be barred before it runs anything. */
    private static final class Worker {
        final Thread thread;
        final ThreadPoolExecutor executor;

        Worker() {
            Thread[] made = new Thread[1];
            executor = new ThreadPoolExecutor(1, 1, 0, TimeUnit.MILLISECONDS, new LinkedBlockingQueue<>(), r -> {
                Thread t = new Thread(null, r, "cofactor-eval", STACK_BYTES);
                t.setDaemon(true);
                made[0] = t;
                return t;
            });
            executor.prestartCoreThread();
            thread = made[0];
        }
    }

    /** One statement on the worker: stop() interrupts it only while it runs, so no interrupt reaches the next one. */
    private static final class Run<T> implements Callable<T> {
        private final Callable<T> work;
        private Thread thread;    // guarded by this: the worker, while the work runs
        private boolean stopping; // guarded by this

        Run(Callable<T> work) { this.work = work; }

        @Override public T call() throws Exception {
            Thread.interrupted(); // whatever was left over belongs to no statement
            synchronized (this) {
                thread = Thread.currentThread();
                if (stopping) thread.interrupt();
            }
            try {
                return guarded(work);
            } finally {
                synchronized (this) { thread = null; }
                Thread.interrupted();
            }
        }

        synchronized void stop() {
            stopping = true;
            if (thread != null) thread.interrupt();
        }

        synchronized boolean stopping() { return stopping; }
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
        }
    }
}
