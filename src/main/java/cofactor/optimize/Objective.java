package cofactor.optimize;

/** A smooth function to minimize: value and gradient together (and, for Newton's method, the Hessian). */
public interface Objective {
    int dimension();

    /** Returns f(x) and writes ∇f(x) into {@code gradient}. */
    double valueAndGradient(double[] x, double[] gradient);

    /**
     * A step length t such that x + s·p stays where the function is defined for every s in [0, t),
     * for a function defined on part of space only (log(det(X)) where det(X) > 0): the line searches
     * never try a longer step, so they cannot jump over the boundary into another part of the domain
     * where the loss may fall without bound. Infinity for a function defined everywhere.
     */
    default double maxStep(double[] x, double[] p) { return Double.POSITIVE_INFINITY; }

    /** Writes the Hessian at x into {@code out}; only methods that need it call it. */
    default void hessian(double[] x, double[][] out) {
        throw new UnsupportedOperationException("this objective has no Hessian");
    }
}
