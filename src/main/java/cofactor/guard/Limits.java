package cofactor.guard;

/**
 * The limits on the size of results, one immutable value: a session holds one,
 * {@code set(...)} and the command line's options make a new one, and every
 * operation that expands or builds matrices takes it. There is no default
 * overload anywhere: a Java caller passes {@link #DEFAULT} (or its own) explicitly.
 *
 * @param maxTerms   expanded results (determinants, powers of sums, derivatives,
 *                   symbolic matrix products) over this many terms are refused
 * @param maxEntries matrices with more entries than this are refused before they are built
 */
public record Limits(long maxTerms, long maxEntries) {
    /** 10^7 terms (a 10×10 determinant has 3.6·10^6), 10^6 entries (eye(5000) has 2.5·10^7). */
    public static final Limits DEFAULT = new Limits(10_000_000L, 1_000_000L);

    public Limits {
        if (maxTerms < 1 || maxEntries < 1) throw new IllegalArgumentException("limits must be at least 1, got " + maxTerms + " and " + maxEntries);
    }

    public Limits withMaxTerms(long n) { return new Limits(n, maxEntries); }

    public Limits withMaxEntries(long n) { return new Limits(maxTerms, n); }

    /** Refuses, before it starts, work whose result is estimated at more than {@link #maxTerms} terms. */
    public void checkTerms(double estimate) {
        if (estimate > maxTerms) throw new TooLargeError(estimate, maxTerms);
    }

    /**
     * Stops work that could not be estimated up front once it has built more than
     * {@link #maxTerms} terms: {@code what} have grown past the limit, because {@code why}.
     */
    public void checkGrowth(long built, String what, String why) {
        if (built > maxTerms) throw new TooLargeError(what, why, built, maxTerms);
    }
}
