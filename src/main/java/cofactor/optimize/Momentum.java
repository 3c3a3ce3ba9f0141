package cofactor.optimize;

/** Heavy-ball momentum as TensorFlow's MomentumOptimizer: v ← μ·v + ∇f, x ← x − rate·v. */
final class Momentum implements Method.Step {
    private final double rate, mu;
    private final double[] velocity;

    Momentum(double rate, double mu, int n) {
        this.rate = rate;
        this.mu = mu;
        this.velocity = new double[n];
    }

    @Override public double step(Objective f, double[] x, double[] g, double loss) {
        for (int i = 0; i < x.length; i++) {
            velocity[i] = mu * velocity[i] + g[i];
            x[i] -= rate * velocity[i];
        }
        return f.valueAndGradient(x, g);
    }
}
