package cofactor.plot;

import cofactor.files.AtomicFile;
import java.util.Locale;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.VectorGraphicsEncoder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.SeriesMarkers;

/** Writes a chart as PNG or SVG (XChart, headless) through {@link AtomicFile}. */
public final class ChartFile {
    private ChartFile() {}

    /** @throws IllegalArgumentException when the name ends in neither .png nor .svg */
    public static void write(Series s, String file) throws AtomicFile.WriteError {
        String name = file.toLowerCase(Locale.ROOT);
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
        AtomicFile.write(file, out -> {
            if (svg) VectorGraphicsEncoder.saveVectorGraphic(chart, out, VectorGraphicsEncoder.VectorGraphicsFormat.SVG);
            else BitmapEncoder.saveBitmap(chart, out, BitmapEncoder.BitmapFormat.PNG);
        });
    }

    /** The coordinates of the points whose y is finite (XChart cannot draw NaN or infinity). */
    private static double[] finite(double[] x, double[] y, boolean wantX) {
        return java.util.stream.IntStream.range(0, x.length).filter(i -> Double.isFinite(y[i]) && Double.isFinite(x[i]))
                .mapToDouble(i -> wantX ? x[i] : y[i]).toArray();
    }
}
