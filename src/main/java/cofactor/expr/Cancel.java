package cofactor.expr;

/**
 * Cooperative cancellation: long computations call {@link #check()} in their
 * loops, so Ctrl-C (which interrupts the evaluating thread) or a time limit stops
 * them cleanly and the session keeps its state.
 */
public final class Cancel {
    private Cancel() {}

    public static final class Cancelled extends RuntimeException {
        public Cancelled() { super("interrupted", null, false, false); }
    }

    public static void check() {
        if (Thread.currentThread().isInterrupted()) throw new Cancelled();
    }
}
