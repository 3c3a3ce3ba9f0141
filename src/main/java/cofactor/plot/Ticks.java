package cofactor.plot;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Where an axis is marked: at round numbers, the multiples of one step that is 1, 2 or
 * 5 × 10^k (0.5, 1, 1.5 is never chosen: 0.5 is a step, 1.5 is then a tick, 2.5 never
 * a step), so a reader can interpolate between marks; on a log axis at the powers of
 * ten, or at 1, 2 and 5 × 10^k when the range spans less than a decade. Values are
 * computed as decimals, so a tick is 0.3, never 0.30000000000000004.
 */
public final class Ticks {
    private Ticks() {}

    private static final int[] MANTISSAS = {1, 2, 5};

    /**
     * The multiples in [lo, hi] of the smallest round step of which there are at most
     * {@code most}; when that step has only one multiple there, the next smaller step's
     * (a few more than {@code most}), as an axis needs two marks to be read.
     */
    public static List<BigDecimal> linear(double lo, double hi, int most) {
        if (!(lo <= hi) || !Double.isFinite(lo) || !Double.isFinite(hi)) throw new IllegalArgumentException("no range: " + lo + ", " + hi);
        if (lo == hi) return List.of(new BigDecimal(lo));
        List<BigDecimal> previous = null;
        for (int e = (int) Math.floor(Math.log10((hi - lo) / most)) - 1; ; e++) {
            for (int m : MANTISSAS) {
                List<BigDecimal> ticks = multiples(BigDecimal.valueOf(m).scaleByPowerOfTen(e), lo, hi, most);
                if (ticks != null && ticks.size() <= most) return ticks.size() >= 2 || previous == null ? ticks : previous;
                previous = ticks;
            }
        }
    }

    /** The multiples of step in [lo, hi], or null when there are far more than {@code most}. */
    private static List<BigDecimal> multiples(BigDecimal step, double lo, double hi, int most) {
        double s = step.doubleValue();
        long first = (long) Math.ceil(lo / s - 1e-9), last = (long) Math.floor(hi / s + 1e-9);
        if (last - first + 1 > 3 * most) return null;
        List<BigDecimal> ticks = new ArrayList<>();
        for (long k = first; k <= last; k++) ticks.add(step.multiply(BigDecimal.valueOf(k)).stripTrailingZeros());
        return ticks;
    }

    /**
     * Ticks for a log axis over the positive range [lo, hi]: the powers of ten in it (every
     * second or fifth one when there are more than {@code most}); with fewer than two, the
     * values 1, 2 and 5 × 10^k in it, and failing those the linear ticks.
     */
    public static List<BigDecimal> log(double lo, double hi, int most) {
        if (!(lo > 0) || !(lo <= hi) || !Double.isFinite(hi)) throw new IllegalArgumentException("no positive range: " + lo + ", " + hi);
        int first = (int) Math.ceil(Math.log10(lo) - 1e-9), last = (int) Math.floor(Math.log10(hi) + 1e-9);
        for (int every : new int[] {1, 2, 5, 10, 20, 50, 100}) {
            List<BigDecimal> ticks = new ArrayList<>();
            for (int e = first; e <= last; e++) if (Math.floorMod(e, every) == 0) ticks.add(BigDecimal.ONE.scaleByPowerOfTen(e));
            if (ticks.size() <= most && ticks.size() >= 2) return ticks;
            if (ticks.size() < 2) break;
        }
        List<BigDecimal> ticks = new ArrayList<>();
        for (int e = first - 1; e <= last; e++) {
            for (int m : MANTISSAS) {
                BigDecimal t = BigDecimal.valueOf(m).scaleByPowerOfTen(e);
                double v = t.doubleValue();
                if (v >= lo * (1 - 1e-9) && v <= hi * (1 + 1e-9)) ticks.add(t);
            }
        }
        return ticks.size() >= 2 && ticks.size() <= most ? ticks : linear(lo, hi, most);
    }

    /** A tick's text: plain for integers below 10^7 (5, -20, 1000000), else as numbers print (0.5, 1.0E-4). */
    public static String label(BigDecimal tick) {
        BigDecimal t = tick.stripTrailingZeros();
        if (t.signum() == 0) return "0";
        if (t.scale() <= 0 && t.abs().compareTo(BigDecimal.valueOf(10_000_000)) < 0) return t.toPlainString();
        return cofactor.expr.Num.roundedText(t.doubleValue(), 6);
    }
}
