package cofactor.plot;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * A chart drawn with characters, at most 80 columns wide: one mark per column (the
 * column's mean value of the series), round values ({@link Ticks}) labelled on the
 * left at the rows they fall on, and below at the columns they fall on, each marked
 * with a {@code +} on its axis.
 */
public final class TerminalChart {
    private static final int WIDTH = 80, HEIGHT = 16, LABEL = 10, COLUMNS = WIDTH - LABEL - 2;

    private TerminalChart() {}

    public static String render(Series s) {
        boolean log = s.wantsLogScale();
        double[] col = new double[COLUMNS];
        int[] count = new int[COLUMNS];
        double xMin = min(s.x()), xMax = max(s.x());
        for (int i = 0; i < s.x().length; i++) {
            double v = s.y()[i];
            if (!Double.isFinite(v) || log && v <= 0) continue;
            col[column(s.x()[i], xMin, xMax)] += log ? Math.log10(v) : v;
            count[column(s.x()[i], xMin, xMax)]++;
        }
        double lo = Double.POSITIVE_INFINITY, hi = Double.NEGATIVE_INFINITY;
        for (int c = 0; c < COLUMNS; c++) {
            if (count[c] == 0) continue;
            col[c] /= count[c];
            lo = Math.min(lo, col[c]);
            hi = Math.max(hi, col[c]);
        }
        StringBuilder sb = new StringBuilder();
        sb.append(s.title()).append(log ? "  (log scale)" : "").append('\n');
        if (lo > hi) return sb.append("(nothing finite to plot)").toString();
        if (hi == lo) { hi += 0.5; lo -= 0.5; }
        char[][] grid = new char[HEIGHT][COLUMNS];
        for (char[] row : grid) Arrays.fill(row, ' ');
        for (int c = 0; c < COLUMNS; c++) if (count[c] > 0) grid[row(col[c], lo, hi)][c] = '*';
        String[] labels = new String[HEIGHT];
        char[] axis = new char[HEIGHT];
        Arrays.fill(axis, '|');
        double half = (hi - lo) / (HEIGHT - 1) / 2; // a value within half a row of the range is drawn on its first or last row
        List<BigDecimal> yTicks = log ? Ticks.log(Math.pow(10, lo - half), Math.pow(10, hi + half), 5) : Ticks.linear(lo - half, hi + half, 5);
        for (BigDecimal t : yTicks) {
            double v = log ? Math.log10(t.doubleValue()) : t.doubleValue();
            int r = row(v, lo, hi);
            if (labels[r] == null) { labels[r] = Ticks.label(t); axis[r] = '+'; }
        }
        for (int r = 0; r < HEIGHT; r++) {
            String label = labels[r] == null ? "" : labels[r];
            sb.append(String.format(Locale.ROOT, "%" + LABEL + "s %c", label, axis[r])).append(new String(grid[r]).stripTrailing()).append('\n');
        }
        appendXAxis(sb, xMin, xMax);
        sb.append(" ".repeat(LABEL + 2)).append(s.xLabel()).append(" → ").append(s.yLabel());
        return sb.toString();
    }

    /** The axis line with a + at each tick's column, and the ticks' labels centred below them where they do not collide. */
    private static void appendXAxis(StringBuilder sb, double xMin, double xMax) {
        char[] line = new char[COLUMNS], text = new char[WIDTH];
        Arrays.fill(line, '-');
        Arrays.fill(text, ' ');
        int free = 0; // the first column of text a label may use
        List<BigDecimal> ticks = xMax > xMin ? Ticks.linear(xMin, xMax, 7) : List.of(new BigDecimal(xMin));
        for (BigDecimal t : ticks) {
            int c = column(t.doubleValue(), xMin, xMax);
            line[c] = '+';
            String label = Ticks.label(t);
            int start = Math.max(free, Math.min(LABEL + 2 + c - label.length() / 2, WIDTH - label.length()));
            if (start + label.length() > WIDTH || start > LABEL + 2 + c) continue; // no room under its tick
            label.getChars(0, label.length(), text, start);
            free = start + label.length() + 1;
        }
        sb.append(" ".repeat(LABEL)).append(" +").append(line).append('\n');
        sb.append(new String(text).stripTrailing()).append('\n');
    }

    private static int column(double x, double xMin, double xMax) {
        return xMax == xMin ? 0 : (int) Math.min(COLUMNS - 1, (x - xMin) / (xMax - xMin) * (COLUMNS - 1) + 0.5);
    }

    /** The row a value is drawn on, row 0 at the top holding hi. */
    private static int row(double v, double lo, double hi) {
        return (int) Math.round((hi - v) / (hi - lo) * (HEIGHT - 1));
    }

    private static double min(double[] a) { double m = Double.POSITIVE_INFINITY; for (double v : a) m = Math.min(m, v); return m; }
    private static double max(double[] a) { double m = Double.NEGATIVE_INFINITY; for (double v : a) m = Math.max(m, v); return m; }
}
