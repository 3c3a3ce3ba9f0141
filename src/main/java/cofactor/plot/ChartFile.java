package cofactor.plot;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.VectorGraphicsEncoder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.SeriesMarkers;

/** Writes a chart as PNG or SVG (XChart, headless), atomically: to a temporary file beside it, then renamed. */
public final class ChartFile {
    private ChartFile() {}

    public static void write(Series s, Path file) throws IOException {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        boolean svg = name.endsWith(".svg");
        if (!svg && !name.endsWith(".png")) throw new IllegalArgumentException("the file name must end in .png or .svg");
        System.setProperty("java.awt.headless", "true");
        XYChart chart = new XYChartBuilder().width(800).height(500).title(s.title()).xAxisTitle(s.xLabel()).yAxisTitle(s.yLabel()).build();
        chart.getStyler().setLegendVisible(false);
        chart.getStyler().setYAxisLogarithmic(s.wantsLogScale());
        chart.getStyler().setXAxisDecimalPattern("#,##0.###");
        chart.getStyler().setXAxisTickMarkSpacingHint(90);
        chart.getStyler().setYAxisDecimalPattern(s.wantsLogScale() ? "0.#E0" : "#,##0.####");
        XYSeries series = chart.addSeries(s.yLabel(), finite(s.x(), s.y(), true), finite(s.x(), s.y(), false));
        series.setMarker(SeriesMarkers.NONE);
        Path target = file.toAbsolutePath();
        Path tmp = Files.createTempFile(target.getParent(), "." + target.getFileName(), svg ? ".svg" : ".png");
        try {
            String base = tmp.toString().substring(0, tmp.toString().length() - 4); // encoders add the extension
            if (svg) VectorGraphicsEncoder.saveVectorGraphic(chart, base, VectorGraphicsEncoder.VectorGraphicsFormat.SVG);
            else BitmapEncoder.saveBitmap(chart, base, BitmapEncoder.BitmapFormat.PNG);
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /** The coordinates of the points whose y is finite (XChart cannot draw NaN or infinity). */
    private static double[] finite(double[] x, double[] y, boolean wantX) {
        return java.util.stream.IntStream.range(0, x.length).filter(i -> Double.isFinite(y[i]) && Double.isFinite(x[i]))
                .mapToDouble(i -> wantX ? x[i] : y[i]).toArray();
    }
}
