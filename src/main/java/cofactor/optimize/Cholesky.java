package cofactor.optimize;

import org.hipparchus.exception.MathIllegalArgumentException;
import org.hipparchus.linear.Array2DRowRealMatrix;
import org.hipparchus.linear.ArrayRealVector;
import org.hipparchus.linear.CholeskyDecomposition;
import org.hipparchus.linear.DecompositionSolver;

/**
 * Symmetric positive definite solves for the small systems of Newton steps and
 * least squares, through Hipparchus' Cholesky factorisation. Not positive
 * definite reads as null, because both callers answer it by damping and retrying.
 */
final class Cholesky {
    /** Any positive pivot is accepted: the callers, not a fixed threshold, decide how much damping is enough. */
    private static final double SYMMETRY = 1e-12, POSITIVITY = 0;

    private Cholesky() {}

    /** The solver for a, or null when a is not positive definite in doubles. */
    private static DecompositionSolver of(double[][] a) {
        try {
            return new CholeskyDecomposition(new Array2DRowRealMatrix(a, false), SYMMETRY, POSITIVITY).getSolver();
        } catch (MathIllegalArgumentException notPositiveDefinite) {
            return null;
        }
    }

    /** x with a·x = b, or null when a is not positive definite. */
    static double[] solve(double[][] a, double[] b) {
        DecompositionSolver solver = of(a);
        return solver == null ? null : solver.solve(new ArrayRealVector(b, false)).toArray();
    }

    /** a⁻¹, or null when a is not positive definite. */
    static double[][] inverse(double[][] a) {
        DecompositionSolver solver = of(a);
        return solver == null ? null : solver.getInverse().getData();
    }
}
