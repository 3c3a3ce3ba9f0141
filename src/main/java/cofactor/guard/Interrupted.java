package cofactor.guard;

/** Thrown by {@link Interrupts#check()} when the computing thread was asked to stop. */
public final class Interrupted extends RuntimeException {
    public Interrupted() { super("interrupted", null, false, false); }
}
