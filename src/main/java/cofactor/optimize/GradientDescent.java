package cofactor.optimize;

/** x ← x − rate·∇f(x): exactly TensorFlow's GradientDescentOptimizer. */
final class GradientDescent implements Method.Step {
    private final double rate;

    GradientDescent(double rate) { this.rate = rate; }

    @Override public double step(Objective f, double[] x, double[] g, double loss) {
        for (int i = 0; i < x.length; i++) x[i] -= rate * g[i];
        return f.valueAndGradient(x, g);
    }
}
