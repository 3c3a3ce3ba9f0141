package cofactor.optimize;

/**
 * Step lengths along a descent direction p from x: the strong Wolfe conditions
 * (Nocedal and Wright, Numerical Optimization, 2nd ed., Algorithms 3.5 and 3.6,
 * with cubic interpolation in the zoom), and plain Armijo backtracking.
 */
final class LineSearch {
    private static final double C1 = 1e-4, C2 = 0.9;
    private static final int MAX_EVALUATIONS = 60;

    private final Objective f;
    private final double[] x, p;
    private final double f0, d0; // value and directional derivative at step 0
    private final double limit; // no step reaches this far (the function's domain), see Objective.maxStep
    final double[] xNew, gNew;
    double value;

    LineSearch(Objective f, double[] x, double[] p, double f0, double[] g0) {
        this.f = f;
        this.x = x;
        this.p = p;
        this.f0 = f0;
        this.d0 = dot(g0, p);
        double bound = f.maxStep(x, p);
        this.limit = bound == Double.POSITIVE_INFINITY ? bound : 0.99 * bound;
        this.xNew = new double[x.length];
        this.gNew = new double[x.length];
    }

    boolean isDescent() { return d0 < 0; }

    /** Evaluates at step a; returns the directional derivative there. */
    private double at(double a) {
        for (int i = 0; i < x.length; i++) xNew[i] = x[i] + a * p[i];
        value = f.valueAndGradient(xNew, gNew);
        return dot(gNew, p);
    }

    /** A step satisfying the strong Wolfe conditions (or the best found); leaves xNew, gNew, value there. */
    double wolfe(double a1) {
        double aPrev = 0, fPrev = f0, dPrev = d0, a = Math.min(a1, limit);
        for (int i = 0; i < MAX_EVALUATIONS; i++) {
            double d = at(a);
            if (!Double.isFinite(value) || value > f0 + C1 * a * d0 || i > 0 && value >= fPrev) {
                return zoom(aPrev, fPrev, dPrev, a, value, d);
            }
            if (Math.abs(d) <= -C2 * d0) return a;
            if (d >= 0) return zoom(a, value, d, aPrev, fPrev, dPrev);
            if (a >= limit) return a; // as far as the domain allows
            aPrev = a; fPrev = value; dPrev = d;
            a = Math.min(2 * a, limit);
        }
        return a;
    }

    private double zoom(double lo, double fLo, double dLo, double hi, double fHi, double dHi) {
        for (int i = 0; i < MAX_EVALUATIONS; i++) {
            double a = interpolate(lo, fLo, dLo, hi, fHi, dHi);
            double d = at(a);
            if (!Double.isFinite(value) || value > f0 + C1 * a * d0 || value >= fLo) {
                hi = a; fHi = value; dHi = d;
            } else {
                if (Math.abs(d) <= -C2 * d0) return a;
                if (d * (hi - lo) >= 0) { hi = lo; fHi = fLo; dHi = dLo; }
                lo = a; fLo = value; dLo = d;
            }
            if (Math.abs(hi - lo) < 1e-16 * Math.max(1, Math.abs(lo))) break;
        }
        at(lo); // the best point bracketed
        return lo;
    }

    /** The minimizer of the cubic through both ends, kept well inside the interval (else bisection). */
    private static double interpolate(double a, double fa, double da, double b, double fb, double db) {
        double d1 = da + db - 3 * (fa - fb) / (a - b);
        double disc = d1 * d1 - da * db;
        double lo = Math.min(a, b), hi = Math.max(a, b), margin = 0.1 * (hi - lo);
        if (disc >= 0 && Double.isFinite(fb) && Double.isFinite(db)) {
            double d2 = Math.signum(b - a) * Math.sqrt(disc);
            double t = b - (b - a) * (db + d2 - d1) / (db - da + 2 * d2);
            if (t > lo + margin && t < hi - margin) return t;
        }
        return (a + b) / 2;
    }

    /** Backtracking from step 1 until the Armijo condition holds. */
    double armijo() {
        double a = Math.min(1, limit);
        for (int i = 0; i < MAX_EVALUATIONS; i++, a /= 2) {
            at(a);
            if (Double.isFinite(value) && value <= f0 + C1 * a * d0) return a;
        }
        return a;
    }

    static double dot(double[] a, double[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) s += a[i] * b[i];
        return s;
    }
}
