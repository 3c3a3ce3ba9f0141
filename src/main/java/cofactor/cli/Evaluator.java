package cofactor.cli;

import cofactor.guard.Gate;
import cofactor.guard.Interrupted;
import cofactor.guard.Interrupts;
import cofactor.guard.TimeLimit;
import cofactor.lang.EvalError;
import java.util.concurrent.Callable;

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
        w.submit(run);
        long start = System.nanoTime(), limitNanos = limit.nanos();
        long stopAsked = 0; // when Ctrl-C or the limit asked the statement to stop, 0 before
        boolean overTime = false;
        try {
            while (true) {
                if (run.awaitEnd(POLL_MILLIS)) {
                    if (overTime) throw overTime(limit);
                    return run.value();
                }
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
        } catch (InterruptedException e) { // the caller itself is told to stop: do not wait for the statement
            abandon(w, run, gate);
            Thread.currentThread().interrupt();
            throw new EvalError("", "interrupted");
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
        w.shutdown();
        worker = new Worker();
    }

    @Override public void close() { worker.shutdown(); }

    /**
     * One thread, started at once so that it can be barred before it runs anything, running
     * the statements handed to it one after another. A plain thread and a monitor rather than a
     * one-thread executor: an executor's first use in a process initialises its thread
     * container, its futures' and the fork-join pool's classes, a few milliseconds of a one-line
     * run spent before the statement starts.
     */
    private static final class Worker {
        final Thread thread;
        private Run<?> next;      // guarded by this: handed over, not yet taken
        private boolean shutdown; // guarded by this: exit once nothing is handed over

        Worker() {
            thread = new Thread(null, this::serve, "cofactor-eval", STACK_BYTES);
            thread.setDaemon(true);
            thread.start();
        }

        synchronized void submit(Run<?> run) {
            next = run;
            notifyAll();
        }

        /** The statement running, or one handed over, still runs; then the thread ends. */
        synchronized void shutdown() {
            shutdown = true;
            notifyAll();
        }

        private void serve() {
            while (true) {
                Run<?> run;
                synchronized (this) {
                    while (next == null && !shutdown) {
                        try {
                            wait();
                        } catch (InterruptedException e) {
                            // a stop that came after its statement ended: no statement to stop
                        }
                    }
                    if (next == null) return;
                    run = next;
                    next = null;
                }
                run.execute();
            }
        }
    }

    /** One statement on the worker: stop() interrupts it only while it runs, so no interrupt reaches the next one. */
    private static final class Run<T> {
        private final Callable<T> work;
        private Thread thread;      // guarded by this: the worker, while the work runs
        private boolean stopping;   // guarded by this
        private boolean ended;      // guarded by this
        private T value;            // guarded by this: the result once ended
        private Throwable failure;  // guarded by this: or what the work threw

        Run(Callable<T> work) { this.work = work; }

        /** Runs the work on the calling thread (the worker) and records how it ended. */
        void execute() {
            Thread.interrupted(); // whatever was left over belongs to no statement
            synchronized (this) {
                thread = Thread.currentThread();
                if (stopping) thread.interrupt();
            }
            T result = null;
            Throwable thrown = null;
            try {
                result = guarded(work);
            } catch (Throwable e) {
                thrown = e;
            }
            synchronized (this) {
                thread = null;
                value = result;
                failure = thrown;
                ended = true;
                notifyAll();
            }
            Thread.interrupted();
        }

        /** Whether the work has ended, waiting at most this long for it. */
        synchronized boolean awaitEnd(long millis) throws InterruptedException {
            if (!ended) wait(millis);
            return ended;
        }

        /** The work's result, or its error: an {@link EvalError} as thrown, any other failure as an internal error. */
        synchronized T value() {
            if (failure == null) return value;
            if (failure instanceof RuntimeException e) throw e;
            throw new EvalError("", "internal error: " + failure);
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
