package cofactor.optimize;

/** A smooth function to minimize: value and gradient together (and, for Newton's method, the Hessian). */
public interface Objective {
    int dimension();

    /** Returns f(x) and writes ∇f(x) into {@code gradient}. */
    double valueAndGradient(double[] x, double[] gradient);

    /** Writes the Hessian at x into {@code out}; only methods that need it call it. */
    default void hessian(double[] x, double[][] out) {
        throw new UnsupportedOperationException("this objective has no Hessian");
    }
}
