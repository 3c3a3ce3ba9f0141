package cofactor.guard;

import java.util.Collections;
import java.util.Set;
import java.util.WeakHashMap;

/**
 * The one way a statement changes what outlives it: binding a name, changing a
 * limit, printing a warning or progress. A statement that is given up on (it did
 * not stop within its grace period, or it passed its time limit) has its thread
 * barred here, so whatever that thread still does can never reach the session or
 * the terminal: its work is discarded, not cut short by force.
 *
 * <p>A change and a bar exclude each other, so once {@link #bar} returns, the
 * barred thread has made its last change.
 */
public final class Gate {
    private final Set<Thread> barred = Collections.newSetFromMap(new WeakHashMap<>()); // guarded by this

    /** Makes the change unless the calling thread is barred; a barred thread gets {@link Interrupted}. */
    public synchronized void pass(Runnable change) {
        if (barred.contains(Thread.currentThread())) throw new Interrupted();
        change.run();
    }

    /** From now on the thread can change nothing (it is never admitted again). */
    public synchronized void bar(Thread thread) { barred.add(thread); }
}
