package cofactor.guard;

import java.util.concurrent.Callable;
import java.util.concurrent.atomic.LongAdder;

/**
 * How far the running statement has got, for a status line that a timer reads a few
 * times a second: a task name, the work expected (0 when nobody can say) and a counter
 * of work done. Writers only add to a counter, never print or call back, so the hooks
 * cost nothing worth measuring even in inner loops (they are placed per product of two
 * polynomials, per optimizer step, not per term).
 *
 * <p>A meter belongs to the statement, as the interrupt flag belongs to the thread that
 * evaluates it ({@link Interrupts}): it is found through {@link #current()} on that thread,
 * so no signature between the REPL and a determinant's inner loop has to carry it. Work
 * shared out to other threads takes the meter along (read it before sharing out).
 */
public final class Progress {
    private static final ThreadLocal<Progress> CURRENT = new ThreadLocal<>();

    private volatile String task = "";
    private volatile double total; // 0: unknown
    private final LongAdder done = new LongAdder();

    /** Runs {@code work} on this thread with this meter as {@link #current()}. */
    public <T> T during(Callable<T> work) throws Exception {
        Progress outer = CURRENT.get();
        CURRENT.set(this);
        try {
            return work.call();
        } finally {
            CURRENT.set(outer);
        }
    }

    /** The meter of the statement this thread evaluates, or null when nobody watches. */
    public static Progress current() { return CURRENT.get(); }

    /** A new stage: {@code task} is what it is, {@code total} the work expected (0 or infinite: unknown). */
    public void start(String task, double total) {
        done.reset();
        this.total = Double.isFinite(total) && total > 0 ? total : 0;
        this.task = task;
    }

    public void advance(long work) { done.add(work); }

    public String task() { return task; }

    /** The fraction of the expected work done, at most 1; NaN when the work expected is unknown. */
    public double fraction() {
        double t = total;
        return t > 0 ? Math.min(1, done.sum() / t) : Double.NaN;
    }
}
