package cofactor.plot;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.math.BigDecimal;
import java.util.List;

/**
 * Draws a series as a line chart on any Graphics2D (a PNG's image, an SVG document):
 * title, axes framed, a light grid and labels at round values ({@link Ticks}), axis
 * titles, and the curve, broken where a value is not finite. Text is drawn as text,
 * so an SVG keeps it as {@code <text>}.
 */
final class ChartPainter {
    static final int WIDTH = 800, HEIGHT = 500;
    private static final int LEFT = 90, RIGHT = 30, TOP = 50, BOTTOM = 65;
    private static final Color GRID = new Color(0xDD, 0xDD, 0xDD), CURVE = new Color(0x1F, 0x5F, 0xBF);
    // Text is not 12 points: VectorGraphics2D leaves out the size of its default font, 12, and an SVG viewer then takes its own, 16.
    private static final Font TITLE = new Font(Font.SANS_SERIF, Font.PLAIN, 16), TEXT = new Font(Font.SANS_SERIF, Font.PLAIN, 13);

    private final Series s;
    private final boolean log;
    private final double xMin, xMax, yMin, yMax; // y on the log10 scale when log

    ChartPainter(Series s) {
        this.s = s;
        this.log = s.wantsLogScale();
        double x0 = Double.POSITIVE_INFINITY, x1 = Double.NEGATIVE_INFINITY, y0 = Double.POSITIVE_INFINITY, y1 = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < s.x().length; i++) {
            if (!drawable(i)) continue;
            x0 = Math.min(x0, s.x()[i]);
            x1 = Math.max(x1, s.x()[i]);
            y0 = Math.min(y0, y(i));
            y1 = Math.max(y1, y(i));
        }
        if (x0 == x1) { x0 -= 0.5; x1 += 0.5; }
        if (y0 == y1) { y0 -= 0.5; y1 += 0.5; }
        double pad = (y1 - y0) * 0.04; // the curve clear of the frame, and a minimum at 0.00001 labelled 0
        xMin = x0; xMax = x1; yMin = y0 - pad; yMax = y1 + pad;
    }

    void paint(Graphics2D g) {
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        g.fill(new Rectangle2D.Double(0, 0, WIDTH, HEIGHT));
        g.setColor(Color.BLACK);
        g.setFont(TITLE);
        centred(g, s.title() + (log ? " (log scale)" : ""), WIDTH / 2.0, TOP / 2.0 + 6);
        g.setFont(TEXT);
        FontMetrics fm = g.getFontMetrics();
        g.setStroke(new BasicStroke(1f));
        List<BigDecimal> xTicks = Ticks.linear(xMin, xMax, 9);
        for (BigDecimal t : xTicks) {
            double px = px(t.doubleValue());
            g.setColor(GRID);
            g.draw(new Line2D.Double(px, TOP, px, HEIGHT - BOTTOM));
            g.setColor(Color.BLACK);
            g.draw(new Line2D.Double(px, HEIGHT - BOTTOM, px, HEIGHT - BOTTOM + 5));
            centred(g, Ticks.label(t), px, HEIGHT - BOTTOM + 8 + fm.getAscent());
        }
        List<BigDecimal> yTicks = log ? Ticks.log(Math.pow(10, yMin), Math.pow(10, yMax), 8) : Ticks.linear(yMin, yMax, 8);
        for (BigDecimal t : yTicks) {
            double py = py(log ? Math.log10(t.doubleValue()) : t.doubleValue());
            g.setColor(GRID);
            g.draw(new Line2D.Double(LEFT, py, WIDTH - RIGHT, py));
            g.setColor(Color.BLACK);
            g.draw(new Line2D.Double(LEFT - 5, py, LEFT, py));
            String label = Ticks.label(t);
            g.drawString(label, (float) (LEFT - 8 - fm.stringWidth(label)), (float) (py + fm.getAscent() / 2.0 - 1));
        }
        g.draw(new Rectangle2D.Double(LEFT, TOP, WIDTH - LEFT - RIGHT, HEIGHT - TOP - BOTTOM));
        centred(g, s.xLabel(), LEFT + (WIDTH - LEFT - RIGHT) / 2.0, HEIGHT - 12);
        g.setColor(CURVE);
        g.setStroke(new BasicStroke(1.5f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.draw(curve());
        // Last: VectorGraphics2D puts everything drawn after a rotation into the rotated group.
        g.setColor(Color.BLACK);
        g.rotate(-Math.PI / 2);
        centred(g, s.yLabel(), -(TOP + (HEIGHT - TOP - BOTTOM) / 2.0), 20);
    }

    /** The polyline through the drawable points, lifted where one is not. */
    private Path2D curve() {
        Path2D path = new Path2D.Double();
        boolean down = false;
        for (int i = 0; i < s.x().length; i++) {
            if (!drawable(i)) { down = false; continue; }
            if (down) path.lineTo(px(s.x()[i]), py(y(i)));
            else path.moveTo(px(s.x()[i]), py(y(i)));
            down = true;
        }
        return path;
    }

    private boolean drawable(int i) {
        double y = s.y()[i];
        return Double.isFinite(s.x()[i]) && Double.isFinite(y) && (!log || y > 0);
    }

    private double y(int i) { return log ? Math.log10(s.y()[i]) : s.y()[i]; }

    private double px(double x) { return LEFT + (x - xMin) / (xMax - xMin) * (WIDTH - LEFT - RIGHT); }

    private double py(double y) { return HEIGHT - BOTTOM - (y - yMin) / (yMax - yMin) * (HEIGHT - TOP - BOTTOM); }

    private static void centred(Graphics2D g, String text, double x, double baseline) {
        g.drawString(text, (float) (x - g.getFontMetrics().stringWidth(text) / 2.0), (float) baseline);
    }
}
