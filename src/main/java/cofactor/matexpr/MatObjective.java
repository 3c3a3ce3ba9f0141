package cofactor.matexpr;

import cofactor.dense.Dense;
import cofactor.expr.MathError;
import cofactor.matrix.SingularError;
import cofactor.optimize.Objective;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A scalar of matrix expressions as an optimizer's objective over one matrix symbol X: the point is
 * X's entries row by row, the value and the gradient (a matrix expression of X's shape, the closed
 * form d(f, X)) are evaluated together, sharing factorizations. The other matrix symbols keep the
 * values given. Where f is not defined (log(det(X)) at det(X) ≤ 0, an inverse of a singular matrix)
 * the value is NaN, which the line searches treat as a step too long: the path stays where f is.
 */
public final class MatObjective implements Objective {
    private final MatFunction function; // scalars: f; matrices: its gradient
    private final int variable, rows, cols;
    private final List<Dense> given;

    /**
     * @param function compiled with one scalar (f) and one matrix (the gradient of f with respect to input {@code variable})
     * @param given    the values of every input; the variable's gives its shape (and is the start's shape)
     */
    public MatObjective(MatFunction function, int variable, List<Dense> given) {
        this.function = function;
        this.variable = variable;
        this.given = List.copyOf(given);
        this.rows = given.get(variable).rows();
        this.cols = given.get(variable).cols();
    }

    @Override public int dimension() { return rows * cols; }

    /** The value and gradient at x (X's entries row by row), or a {@link MathError} or {@link SingularError} where f is undefined. */
    public double evaluate(double[] x, double[] gradient) {
        List<Dense> args = new ArrayList<>(given);
        args.set(variable, new Dense(rows, cols, x.clone()));
        MatFunction.Values v = function.evaluate(args);
        System.arraycopy(v.matrices().get(0).data(), 0, gradient, 0, gradient.length);
        return v.scalars()[0];
    }

    /** See {@link MatFunction#maxStep}: the line searches stay on the side of det = 0 they started on. */
    @Override public double maxStep(double[] x, double[] p) {
        List<Dense> at = new ArrayList<>(given);
        at.set(variable, new Dense(rows, cols, x.clone()));
        try {
            return function.maxStep(at, variable, new Dense(rows, cols, p.clone()));
        } catch (MathError | SingularError undefined) {
            return 0;
        }
    }

    @Override public double valueAndGradient(double[] x, double[] gradient) {
        try {
            return evaluate(x, gradient);
        } catch (MathError | SingularError undefined) {
            Arrays.fill(gradient, Double.NaN);
            return Double.NaN;
        }
    }
}
