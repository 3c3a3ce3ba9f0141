package cofactor.guard;

/**
 * Cooperative interruption: long computations call {@link #check()} in their
 * loops, so Ctrl-C (which interrupts the evaluating thread) or a time limit stops
 * them cleanly between steps and the session keeps its state. Nothing stops a
 * thread by force, so no lock, class initialiser or half-built value is ever cut
 * through.
 */
public final class Interrupts {
    private Interrupts() {}

    public static void check() {
        if (Thread.currentThread().isInterrupted()) throw new Interrupted();
    }
}
