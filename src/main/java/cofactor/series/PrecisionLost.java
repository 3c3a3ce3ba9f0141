package cofactor.series;

/**
 * Every coefficient a series was known to is 0 where a leading term is needed (to divide
 * by it, or take a power or logarithm of it): at a higher working order it may not be,
 * as 1/(sin x - x) needs the x³ term. {@link Expansion#of} catches it and raises the order.
 */
final class PrecisionLost extends RuntimeException {
    PrecisionLost(int order) {
        super("every coefficient below t^" + order + " is 0", null, false, false);
    }
}
