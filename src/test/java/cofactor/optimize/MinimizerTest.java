package cofactor.optimize;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The methods on objectives with hand-written derivatives, against closed forms and known minima. */
class MinimizerTest {
    /** Rosenbrock's function, minimum 0 at (1, 1). */
    static final Objective ROSENBROCK = new Objective() {
        @Override public int dimension() { return 2; }

        @Override public double valueAndGradient(double[] v, double[] g) {
            double x = v[0], y = v[1];
            g[0] = -2 * (1 - x) - 400 * x * (y - x * x);
            g[1] = 200 * (y - x * x);
            return (1 - x) * (1 - x) + 100 * (y - x * x) * (y - x * x);
        }

        @Override public void hessian(double[] v, double[][] h) {
            double x = v[0], y = v[1];
            h[0][0] = 2 - 400 * (y - x * x) + 800 * x * x;
            h[0][1] = h[1][0] = -400 * x;
            h[1][1] = 200;
        }
    };

    /** f = a·x²/2 in one variable. */
    static Objective parabola(double a) {
        return new Objective() {
            @Override public int dimension() { return 1; }
            @Override public double valueAndGradient(double[] v, double[] g) { g[0] = a * v[0]; return a * v[0] * v[0] / 2; }
            @Override public void hessian(double[] v, double[][] h) { h[0][0] = a; }
        };
    }

    private static Method.Options options(Method m, double rate, long steps, double tol) {
        return new Method.Options(m, rate, 0.9, steps, tol);
    }

    @ParameterizedTest @EnumSource(value = Method.class, names = {"NEWTON", "LBFGS"})
    void reachRosenbrocksMinimumFromTheClassicStart(Method m) {
        Minimum r = Minimizer.minimize(ROSENBROCK, new double[] {-1.2, 1}, options(m, 0, 200, 1e-12));
        assertTrue(r.steps() <= 200, r.reason());
        assertEquals(1, r.x()[0], 1e-8, r.reason());
        assertEquals(1, r.x()[1], 1e-8, r.reason());
        assertTrue(r.loss() < 1e-16, "loss " + r.loss());
    }

    /** f = sqrt(x) + (x − 1)²: at the start x = 0 the loss is 1 but the gradient is infinite. */
    @ParameterizedTest @EnumSource(Method.class)
    void aStartWithoutAGradientIsReturnedWithItsLoss(Method m) {
        Objective f = new Objective() {
            @Override public int dimension() { return 1; }
            @Override public double valueAndGradient(double[] v, double[] g) {
                g[0] = 0.5 / Math.sqrt(v[0]) + 2 * (v[0] - 1);
                return Math.sqrt(v[0]) + (v[0] - 1) * (v[0] - 1);
            }
            @Override public void hessian(double[] v, double[][] h) { h[0][0] = -0.25 / Math.pow(v[0], 1.5) + 2; }
        };
        Minimum r = Minimizer.minimize(f, new double[] {0}, options(m, 0.01, 100, 1e-10));
        assertEquals(0, r.steps());
        assertArrayEquals(new double[] {0}, r.x());
        assertEquals(1.0, r.loss(), 0.0, r.reason());
        assertTrue(r.reason().startsWith("the gradient became non-finite at step 0"), r.reason());
    }

    @Test void gradientDescentIsTheClosedFormOnAParabola() {
        // x_k = (1 - rate·a)^k x_0, exactly the update TensorFlow's optimizer makes
        Minimum r = Minimizer.minimize(parabola(3), new double[] {2}, options(Method.GD, 0.1, 25, 0));
        assertEquals(2 * Math.pow(0.7, 25), r.x()[0], 1e-15);
        assertEquals(25, r.steps());
        assertEquals(26, r.history().length);
        assertTrue(r.normalStop());
    }

    @Test void momentumAndAdamConverge() {
        for (Method m : new Method[] {Method.MOMENTUM, Method.ADAM}) {
            Minimum r = Minimizer.minimize(parabola(1), new double[] {1}, options(m, 0.05, 5000, 1e-9));
            assertEquals(0, r.x()[0], 1e-6, m + ": " + r.reason());
        }
    }

    @Test void adamsFirstStepHasTheSizeOfTheRate() {
        // with bias correction, the first Adam step is rate·g/|g| (up to ε)
        Minimum r = Minimizer.minimize(parabola(5), new double[] {1}, options(Method.ADAM, 0.01, 1, 0));
        assertEquals(0.99, r.x()[0], 1e-9);
    }

    @Test void aDivergingRunIsReportedWithTheBestPoint() {
        Minimum r = Minimizer.minimize(parabola(1), new double[] {1}, options(Method.GD, 3, 100_000, 0));
        assertFalse(r.normalStop());
        assertTrue(r.reason().startsWith("the loss became infinite at step "), r.reason());
        assertArrayEquals(new double[] {1}, r.x());
    }

    @Test void anInterruptStopsWithTheBestPointSoFar() {
        Thread.currentThread().interrupt();
        Minimum r = Minimizer.minimize(parabola(1), new double[] {1}, options(Method.GD, 0.1, 1_000_000_000L, 0));
        assertFalse(Thread.currentThread().isInterrupted());
        assertTrue(r.reason().startsWith("interrupted at step 0"), r.reason());
    }

    @Test void historyOfAVeryLongRunStaysBounded() {
        Minimum r = Minimizer.minimize(parabola(1e-12), new double[] {1}, options(Method.GD, 1e-3, 1_000_000, 0));
        assertTrue(r.history().length <= History.CAPACITY && r.history().length > History.CAPACITY / 4, "" + r.history().length);
        assertEquals(0, r.historySteps()[0]);
        long stride = r.historySteps()[1] - r.historySteps()[0];
        for (int i = 1; i < r.historySteps().length; i++) assertEquals(stride, r.historySteps()[i] - r.historySteps()[i - 1]);
    }
}
