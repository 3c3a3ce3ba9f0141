package cofactor.matexpr;

import cofactor.dense.Dense;
import cofactor.dense.Factorization;
import java.util.List;

/**
 * The evaluation of a compiled function's matrix expressions at one set of sizes, decided once
 * ({@link NumericPlanner}): a flat list of steps, each reading numbered slots of a call's
 * {@link Frame} and writing one. Every shared subexpression, factorization and kernel is a slot
 * computed by one step, so a call runs the kernels and nothing else: no expression is looked at,
 * hashed or compared. Immutable; each call has its own frame.
 */
final class NumericPlan {
    /** One computation of a call. */
    interface Step {
        void run(Frame f);
    }

    /** The values of one call: the inputs in the first matrix slots, then every intermediate. */
    static final class Frame {
        final Dense[] matrices;
        final Factorization[] factors;
        final double[] scalars;

        private Frame(int matrices, int factors, double[] constants) {
            this.matrices = new Dense[matrices];
            this.factors = new Factorization[factors];
            this.scalars = constants.clone();
        }
    }

    private final Step[] steps;
    private final int matrices, factors;
    private final double[] constants; // the scalar slots, numbers filled in

    NumericPlan(List<Step> steps, int matrices, int factors, double[] constants) {
        this.steps = steps.toArray(Step[]::new);
        this.matrices = matrices;
        this.factors = factors;
        this.constants = constants;
    }

    /** Runs every step with {@code inputs} in the first slots (their shapes already checked). */
    Frame run(List<Dense> inputs) {
        Frame f = new Frame(matrices, factors, constants);
        for (int k = 0; k < inputs.size(); k++) f.matrices[k] = inputs.get(k);
        for (Step s : steps) s.run(f);
        return f;
    }

    int steps() { return steps.length; }
}
