package cofactor.plot;

/**
 * Points to draw: x and y of equal length, a title and axis labels, and whether y may
 * go on a log scale (a loss history, which falls by decades; a curve plot(e, x, a, b)
 * keeps the linear scale its shape is known by: x^2 is a parabola).
 */
public record Series(String title, String xLabel, String yLabel, double[] x, double[] y, boolean logScaleAllowed) {
    public Series {
        if (x.length != y.length) throw new IllegalArgumentException("x and y differ in length");
    }

    /** Whether any point can be drawn: charts skip points whose coordinates are not finite. */
    public boolean hasFinitePoint() {
        for (int i = 0; i < x.length; i++) if (Double.isFinite(x[i]) && Double.isFinite(y[i])) return true;
        return false;
    }

    /** Log scale when it is allowed, every value is positive and they span more than two decades. */
    public boolean wantsLogScale() {
        if (!logScaleAllowed) return false;
        double lo = Double.POSITIVE_INFINITY, hi = 0;
        for (double v : y) {
            if (!Double.isFinite(v)) continue;
            if (v <= 0) return false;
            lo = Math.min(lo, v);
            hi = Math.max(hi, v);
        }
        return hi > 0 && hi / lo > 100;
    }
}
