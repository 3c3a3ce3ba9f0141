package cofactor.bignum;

/** An argument outside a function's domain at every point of its ball (log of a negative), or exactly at a pole (a divisor that is exactly 0). */
public final class DomainError extends RuntimeException {
    private final boolean pole;

    public DomainError(boolean pole) {
        super(pole ? "division by zero" : "not a real number", null, false, false);
        this.pole = pole;
    }

    public boolean isPole() { return pole; }
}
