package cofactor.bignum;

/**
 * An operation whose answer depends on which point of a ball is meant: a divisor ball
 * that holds 0, a logarithm of a ball that reaches 0. A higher precision (smaller balls)
 * may decide it; a value that is exactly at the boundary never will.
 */
public final class Undecided extends RuntimeException {
    private final String boundary;

    /** @param boundary the point the ball could not be told from, as text ({@code 0}, {@code 1}, {@code -1}) */
    public Undecided(String boundary) {
        super("cannot be told from " + boundary, null, false, false);
        this.boundary = boundary;
    }

    public String boundary() { return boundary; }
}
