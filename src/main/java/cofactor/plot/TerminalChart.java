package cofactor.plot;

import java.util.Arrays;
import java.util.Locale;

/**
 * A chart drawn with characters, at most 80 columns wide: y labels on the left,
 * one mark per column (the column's mean value of the series), x range below.
 */
public final class TerminalChart {
    private static final int WIDTH = 80, HEIGHT = 16, LABEL = 10;

    private TerminalChart() {}

    public static String render(Series s) {
        int columns = WIDTH - LABEL - 2;
        boolean log = s.wantsLogScale();
        double[] col = new double[columns];
        int[] count = new int[columns];
        double xMin = min(s.x()), xMax = max(s.x());
        for (int i = 0; i < s.x().length; i++) {
            double v = s.y()[i];
            if (!Double.isFinite(v) || log && v <= 0) continue;
            int c = xMax == xMin ? 0 : (int) Math.min(columns - 1, (s.x()[i] - xMin) / (xMax - xMin) * (columns - 1) + 0.5);
            col[c] += log ? Math.log10(v) : v;
            count[c]++;
        }
        double lo = Double.POSITIVE_INFINITY, hi = Double.NEGATIVE_INFINITY;
        for (int c = 0; c < columns; c++) {
            if (count[c] == 0) continue;
            col[c] /= count[c];
            lo = Math.min(lo, col[c]);
            hi = Math.max(hi, col[c]);
        }
        StringBuilder sb = new StringBuilder();
        sb.append(s.title()).append(log ? "  (log scale)" : "").append('\n');
        if (lo > hi) return sb.append("(nothing finite to plot)").toString();
        if (hi == lo) { hi += 0.5; lo -= 0.5; }
        char[][] grid = new char[HEIGHT][columns];
        for (char[] row : grid) Arrays.fill(row, ' ');
        for (int c = 0; c < columns; c++) {
            if (count[c] == 0) continue;
            int r = (int) Math.round((hi - col[c]) / (hi - lo) * (HEIGHT - 1));
            grid[r][c] = '*';
        }
        for (int r = 0; r < HEIGHT; r++) {
            String label = r == 0 || r == HEIGHT - 1 || r == HEIGHT / 2 ? number(hi - (hi - lo) * r / (HEIGHT - 1), log) : "";
            sb.append(String.format(Locale.ROOT, "%" + LABEL + "s |", label)).append(new String(grid[r]).stripTrailing()).append('\n');
        }
        sb.append(" ".repeat(LABEL)).append(" +").append("-".repeat(columns)).append('\n');
        String left = number(xMin, false), right = number(xMax, false);
        sb.append(" ".repeat(LABEL + 2)).append(left)
          .append(" ".repeat(Math.max(1, columns - left.length() - right.length()))).append(right).append('\n');
        sb.append(" ".repeat(LABEL + 2)).append(s.xLabel()).append(" → ").append(s.yLabel());
        return sb.toString();
    }

    private static String number(double v, boolean log) {
        double value = log ? Math.pow(10, v) : v;
        if (value == Math.rint(value) && Math.abs(value) < 1e7) return String.valueOf((long) value);
        return cofactor.expr.Num.roundedText(value, 3);
    }

    private static double min(double[] a) { double m = Double.POSITIVE_INFINITY; for (double v : a) m = Math.min(m, v); return m; }
    private static double max(double[] a) { double m = Double.NEGATIVE_INFINITY; for (double v : a) m = Math.max(m, v); return m; }
}
