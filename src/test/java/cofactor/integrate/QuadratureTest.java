package cofactor.integrate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import java.util.function.DoubleUnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Adaptive Gauss–Kronrod against integrals known by hand. */
class QuadratureTest {
    private static void integrates(DoubleUnaryOperator f, double a, double b, double expected) {
        Quadrature.Estimate q = Quadrature.of(f, a, b);
        assertTrue(q.converged(), "not converged: " + q);
        assertEquals(expected, q.value(), 1e-13 * Math.max(1, Math.abs(expected)), q.toString());
        // the estimate bounds the error, up to the rounding of the sums (and of the expected value, computed in doubles)
        assertTrue(Math.abs(q.value() - expected) <= q.error() + 1e-14 * Math.max(1, Math.abs(expected)), "the error estimate " + q.error() + " is too small");
    }

    /** Random polynomials of degree up to 12 against their antiderivatives. */
    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8})
    void polynomials(long seed) {
        Random r = new Random(seed);
        int degree = r.nextInt(13);
        double[] c = new double[degree + 1];
        for (int i = 0; i <= degree; i++) c[i] = r.nextInt(21) - 10;
        double a = -r.nextInt(3) - 0.5, b = r.nextInt(3) + 0.25;
        DoubleUnaryOperator p = t -> {
            double s = 0;
            for (int i = degree; i >= 0; i--) s = s * t + c[i];
            return s;
        };
        double exact = 0;
        for (int i = 0; i <= degree; i++) exact += c[i] * (Math.pow(b, i + 1) - Math.pow(a, i + 1)) / (i + 1);
        integrates(p, a, b, exact);
    }

    @Test void smoothFunctions() {
        integrates(Math::sin, 0, Math.PI, 2);
        integrates(Math::exp, 0, 1, Math.E - 1);
        integrates(t -> 1 / (1 + t * t), -1, 1, Math.PI / 2);
        integrates(t -> Math.cos(20 * t), 0, 1, Math.sin(20) / 20); // ten half-periods
    }

    /** The nodes are interior, so an integrable singularity at an end is approached by halving. */
    @Test void endSingularities() {
        integrates(t -> 1 / Math.sqrt(t), 0, 1, 2);
        integrates(Math::log, 0, 1, -1);
    }

    @Test void kinksAndJumps() {
        integrates(Math::abs, -1, 2, 2.5);
        integrates(t -> Math.signum(t - 1.0 / 3), 0, 1, 1.0 / 3);
    }

    @Test void infiniteRanges() {
        integrates(t -> Math.exp(-t), 0, Double.POSITIVE_INFINITY, 1);
        integrates(t -> Math.exp(-t * t), Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY, Math.sqrt(Math.PI));
        integrates(t -> 1 / (1 + t * t), Double.NEGATIVE_INFINITY, 1, 3 * Math.PI / 4);
        assertFalse(Quadrature.of(t -> 1 / t, 1, Double.POSITIVE_INFINITY).converged()); // log diverges
    }

    @Test void divergentIntegralsDoNotConverge() {
        Quadrature.Estimate q = Quadrature.of(t -> 1 / t, 0, 1);
        assertFalse(q.converged());
        Quadrature.Estimate pole = Quadrature.of(t -> 1 / (t * t), -1, 1);
        assertFalse(pole.converged());
        assertEquals(0, pole.worstAt(), 1e-6);
        Quadrature.Estimate tan = Quadrature.of(Math::tan, 1, 2);
        assertFalse(tan.converged());
        assertEquals(Math.PI / 2, tan.worstAt(), 1e-6);
    }
}
