package cofactor.integrate;

import cofactor.guard.Interrupts;
import java.util.PriorityQueue;
import java.util.function.DoubleUnaryOperator;

/**
 * Adaptive Gauss–Kronrod quadrature (QUADPACK's 7- and 15-point pair): the interval
 * whose two rules disagree most is halved until the disagreements sum to a small
 * fraction of the integral of |f|. The disagreement of the pair bounds the 15-point
 * rule's error generously (the Kronrod rule is far more accurate than the Gauss rule it
 * is compared with), so it serves as the error estimate. The nodes are interior, so an
 * integrable singularity at an end (1/sqrt(x) on [0, 1]) is approached by halving.
 */
final class Quadrature {
    /** The integral, an estimate of its error, and whether the estimate met the tolerance. */
    record Estimate(double value, double error, boolean converged, double worstAt) {}

    /** At most this many intervals: a smooth integrand needs a few dozen, an end singularity a few hundred. */
    static final int MAX_INTERVALS = 4000;

    /** The error sought, relative to the integral of |f|. */
    static final double RELATIVE_TOLERANCE = 1e-13;

    private static final double[] KRONROD_NODES = {
        0.991455371120812639206854697526329, 0.949107912342758524526189684047851,
        0.864864423359769072789712788640926, 0.741531185599394439863864773280788,
        0.586087235467691130294144845693013, 0.405845151377397166906606412076961,
        0.207784955007898467600689403773245, 0.0};
    private static final double[] KRONROD_WEIGHTS = {
        0.022935322010529224963732008058970, 0.063092092629978553290700663189204,
        0.104790010322250183839876322541518, 0.140653259715525918745189590510238,
        0.169004726639267902826583426598550, 0.190350578064785409913256402421014,
        0.204432940075298892414161999234649, 0.209482141084727828012999174891714};
    /** The 7-point Gauss rule's weights, at the Kronrod nodes 1, 3, 5 and 7 (the centre). */
    private static final double[] GAUSS_WEIGHTS = {
        0.129484966168869693270611432679082, 0.279705391489276667901467771423780,
        0.381830050505118944950369775488975, 0.417959183673469387755102040816327};

    private record Piece(double a, double b, double value, double absolute, double error) {}

    private Quadrature() {}

    /**
     * ∫_a^b f for a < b, either or both infinite: then over a finite interval by
     * x = a + t/(1 - t), x = b - (1 - t)/t or x = t/(1 - t^2), whose nodes never reach the
     * infinite end. A non-finite value of f at a node makes its interval's error infinite.
     */
    static Estimate of(DoubleUnaryOperator f, double a, double b) {
        if (Double.isFinite(a) && Double.isFinite(b)) return finite(f, a, b);
        DoubleUnaryOperator x, dx;
        if (Double.isFinite(a)) {
            x = t -> a + t / (1 - t);
            dx = t -> 1 / ((1 - t) * (1 - t));
        } else if (Double.isFinite(b)) {
            x = t -> b - (1 - t) / t;
            dx = t -> 1 / (t * t);
        } else {
            x = t -> t / (1 - t * t);
            dx = t -> (1 + t * t) / ((1 - t * t) * (1 - t * t));
        }
        Estimate e = finite(t -> {
            double v = f.applyAsDouble(x.applyAsDouble(t));
            return v == 0 ? 0 : v * dx.applyAsDouble(t); // f vanishing far out times a large dx/dt is 0, not NaN
        }, Double.isFinite(a) || Double.isFinite(b) ? 0 : -1, 1);
        return new Estimate(e.value, e.error, e.converged, x.applyAsDouble(e.worstAt));
    }

    private static Estimate finite(DoubleUnaryOperator f, double a, double b) {
        PriorityQueue<Piece> pieces = new PriorityQueue<>((p, q) -> Double.compare(q.error, p.error));
        Piece first = rule(f, a, b);
        pieces.add(first);
        double value = first.value, absolute = first.absolute, error = first.error;
        while (!(error <= RELATIVE_TOLERANCE * absolute) && pieces.size() < MAX_INTERVALS) {
            Interrupts.check();
            Piece worst = pieces.peek();
            double mid = 0.5 * (worst.a + worst.b);
            if (!(worst.a < mid && mid < worst.b)) break; // halved down to adjacent doubles
            pieces.poll();
            Piece left = rule(f, worst.a, mid), right = rule(f, mid, worst.b);
            pieces.add(left);
            pieces.add(right);
            value = 0; absolute = 0; error = 0; // summed afresh, so an infinite error that is halved away leaves no NaN behind
            for (Piece p : pieces) {
                value += p.value;
                absolute += p.absolute;
                error += p.error;
            }
        }
        Piece worst = pieces.peek();
        boolean converged = error <= RELATIVE_TOLERANCE * absolute && Double.isFinite(value);
        return new Estimate(value, error, converged, 0.5 * (worst.a + worst.b));
    }

    private static Piece rule(DoubleUnaryOperator f, double a, double b) {
        double centre = 0.5 * (a + b), half = 0.5 * (b - a);
        double kronrod = 0, gauss = 0, absolute = 0;
        boolean finite = true;
        for (int i = 0; i < KRONROD_NODES.length; i++) {
            double sum;
            double absSum;
            if (KRONROD_NODES[i] == 0) {
                sum = f.applyAsDouble(centre);
                absSum = Math.abs(sum);
            } else {
                double dx = half * KRONROD_NODES[i], lo = f.applyAsDouble(centre - dx), hi = f.applyAsDouble(centre + dx);
                sum = lo + hi;
                absSum = Math.abs(lo) + Math.abs(hi);
            }
            finite &= Double.isFinite(sum);
            kronrod += KRONROD_WEIGHTS[i] * sum;
            absolute += KRONROD_WEIGHTS[i] * absSum;
            if (i % 2 == 1) gauss += GAUSS_WEIGHTS[i / 2] * sum;
        }
        if (!finite) return new Piece(a, b, 0, 0, Double.POSITIVE_INFINITY);
        return new Piece(a, b, kronrod * half, absolute * Math.abs(half), Math.abs((kronrod - gauss) * half));
    }
}
