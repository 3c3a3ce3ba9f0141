package cofactor.optimize;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The line searches never step past {@link Objective#maxStep}: a loss 100·(x − 0.9)² on x < 1 that
 * falls to −1000 past x = 1 (as −log det does past two eigenvalues crossing 0) is minimized at 0.9
 * from 0, though the first L-BFGS step (1/|g| along −g) lands exactly on 1 without the bound.
 */
class MaxStepTest {
    private static Objective walled(boolean bounded) {
        return new Objective() {
            @Override public int dimension() { return 1; }
            @Override public double valueAndGradient(double[] x, double[] g) {
                if (x[0] >= 1) { g[0] = 0; return -1000; }
                g[0] = 200 * (x[0] - 0.9);
                return 100 * (x[0] - 0.9) * (x[0] - 0.9);
            }
            @Override public double maxStep(double[] x, double[] p) {
                return bounded && p[0] > 0 ? (1 - x[0]) / p[0] : Double.POSITIVE_INFINITY;
            }
        };
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"lbfgs", "newton"})
    void staysOnItsSideOfTheWall(String method) {
        Objective f = new Objective() {
            final Objective w = walled(true);
            @Override public int dimension() { return 1; }
            @Override public double valueAndGradient(double[] x, double[] g) { return w.valueAndGradient(x, g); }
            @Override public double maxStep(double[] x, double[] p) { return w.maxStep(x, p); }
            @Override public void hessian(double[] x, double[][] out) { out[0][0] = x[0] >= 1 ? 0 : 200; }
        };
        Minimum m = Minimizer.minimize(f, new double[] {0}, new Method.Options(Method.byName(method), 0.001, 0.9, 100, 1e-10));
        assertEquals(0.9, m.x()[0], 1e-9, m.reason());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"lbfgs"})
    void withoutTheBoundTheFirstStepJumps(String method) {
        Minimum m = Minimizer.minimize(walled(false), new double[] {0}, new Method.Options(Method.byName(method), 0.001, 0.9, 100, 1e-10));
        assertEquals(-1000, m.loss(), m.reason());
    }
}
