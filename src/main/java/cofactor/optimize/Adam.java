package cofactor.optimize;

/** Adam with the defaults of Kingma and Ba (2015), Algorithm 1: β1 = 0.9, β2 = 0.999, ε = 1e-8. */
final class Adam implements Method.Step {
    private static final double BETA1 = 0.9, BETA2 = 0.999, EPSILON = 1e-8;

    private final double rate;
    private final double[] m, v;
    private int t;

    Adam(double rate, int n) {
        this.rate = rate;
        this.m = new double[n];
        this.v = new double[n];
    }

    @Override public double step(Objective f, double[] x, double[] g, double loss) {
        t++;
        double c1 = 1 - Math.pow(BETA1, t), c2 = 1 - Math.pow(BETA2, t);
        for (int i = 0; i < x.length; i++) {
            m[i] = BETA1 * m[i] + (1 - BETA1) * g[i];
            v[i] = BETA2 * v[i] + (1 - BETA2) * g[i] * g[i];
            x[i] -= rate * (m[i] / c1) / (Math.sqrt(v[i] / c2) + EPSILON);
        }
        return f.valueAndGradient(x, g);
    }
}
