package cofactor.plot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.IntStream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChartTest {
    static Series decay(int n) {
        double[] x = IntStream.range(0, n).asDoubleStream().toArray();
        double[] y = IntStream.range(0, n).mapToDouble(i -> Math.exp(-i / 10.0)).toArray();
        return new Series("loss", "step", "loss", x, y);
    }

    @Test void terminalChartFitsEightyColumnsAndFalls() {
        String chart = TerminalChart.render(decay(200));
        assertTrue(chart.contains("(log scale)"), chart);
        for (String line : chart.split("\n")) assertTrue(line.length() <= 80, "too wide: " + line);
        String[] lines = chart.split("\n");
        // a falling curve: the first column's mark is on the top row, the last column's on the bottom row
        assertEquals('*', lines[1].charAt(12), chart);
        assertTrue(lines[16].stripTrailing().endsWith("*"), chart);
    }

    @Test void linearScaleWhenValuesDoNotSpanDecades() {
        double[] x = {0, 1, 2}, y = {3, 2, 1};
        assertTrue(!TerminalChart.render(new Series("t", "s", "v", x, y)).contains("log scale"));
    }

    @Test void writesPngAndSvg(@TempDir Path dir) throws Exception {
        Path png = dir.resolve("loss.png"), svg = dir.resolve("loss.svg");
        ChartFile.write(decay(100), png.toString());
        ChartFile.write(decay(100), svg.toString());
        assertEquals(800, ImageIO.read(png.toFile()).getWidth());
        assertTrue(Files.readString(svg).contains("<svg"));
        try (var files = Files.list(dir)) { assertEquals(2, files.count(), "no temporary files are left behind"); }
    }
}
