package cofactor.plot;

/** Points to draw: x and y of equal length, a title and axis labels, and whether y is best on a log scale. */
public record Series(String title, String xLabel, String yLabel, double[] x, double[] y) {
    public Series {
        if (x.length != y.length) throw new IllegalArgumentException("x and y differ in length");
    }

    /** Whether any point can be drawn: charts skip points whose coordinates are not finite. */
    public boolean hasFinitePoint() {
        for (int i = 0; i < x.length; i++) if (Double.isFinite(x[i]) && Double.isFinite(y[i])) return true;
        return false;
    }

    /** Log scale when every value is positive and they span more than two decades. */
    public boolean wantsLogScale() {
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
