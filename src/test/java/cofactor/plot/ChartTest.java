package cofactor.plot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChartTest {
    static Series decay(int n) {
        double[] x = IntStream.range(0, n).asDoubleStream().toArray();
        double[] y = IntStream.range(0, n).mapToDouble(i -> Math.exp(-i / 10.0)).toArray();
        return new Series("loss", "step", "loss", x, y, true);
    }

    /** y = x on [0, 1], so a value v is drawn at column v·67 of the 68. */
    static Series identity() {
        double[] x = IntStream.range(0, 401).mapToDouble(i -> i / 400.0).toArray();
        return new Series("x", "x", "value", x, x.clone(), false);
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
        assertTrue(!TerminalChart.render(new Series("t", "s", "v", x, y, true)).contains("log scale"));
    }

    @Test void aCurveKeepsItsLinearScaleWhateverItSpans() {
        Series s = decay(200);
        assertTrue(!TerminalChart.render(new Series("e", "x", "value", s.x(), s.y(), false)).contains("log scale"));
    }

    /** Each label is a round value on the row where the curve takes that value; the x labels sit under their ticks. */
    @Test void labelsMarkTheRowsAndColumnsOfTheirValues() {
        String[] lines = TerminalChart.render(identity()).split("\n");
        List<String> labelled = IntStream.range(1, 17).mapToObj(r -> lines[r].substring(0, 10).strip()).filter(l -> !l.isEmpty()).toList();
        assertEquals(List.of("1", "0.5", "0"), labelled, String.join("\n", lines));
        for (int r = 1; r <= 16; r++) {
            String label = lines[r].substring(0, 10).strip();
            if (label.isEmpty()) continue;
            double column = Double.parseDouble(label) * 67; // where y = x takes the label's value
            assertEquals('+', lines[r].charAt(11), lines[r]);
            assertTrue(lines[r].indexOf('*', 12) - 12 <= Math.ceil(column) && Math.floor(column) <= lines[r].lastIndexOf('*') - 12, "row " + label + ": " + lines[r]);
        }
        String axis = lines[17], xLabels = lines[18];
        assertEquals(List.of("0", "0.2", "0.4", "0.6", "0.8", "1"), List.of(xLabels.strip().split(" +")), xLabels);
        for (String t : xLabels.strip().split(" +")) {
            int column = (int) Math.round(Double.parseDouble(t) * 67);
            assertEquals('+', axis.charAt(12 + column), t + " in\n" + axis);
            int at = xLabels.indexOf(t, column == 0 ? 0 : 12 + column - t.length());
            assertTrue(at <= 12 + column && 12 + column < at + t.length() + 1, t + " not under its tick:\n" + axis + "\n" + xLabels);
        }
    }

    @Test void svgKeepsItsTextAsText(@TempDir Path dir) throws Exception {
        Path svg = dir.resolve("loss.svg");
        ChartFile.write(decay(100), svg.toString());
        String text = Files.readString(svg);
        assertTrue(text.contains(">loss (log scale)</text>"), "the title");
        assertTrue(text.contains(">step</text>") && text.contains(">0.001</text>") && text.contains(">1</text>"), "axis titles and ticks");
        assertTrue(text.length() < 40_000, "with its text as outlines it was 500 KB: " + text.length());
    }

    @Test void writesPngAndSvg(@TempDir Path dir) throws Exception {
        Path png = dir.resolve("loss.png"), svg = dir.resolve("loss.svg");
        ChartFile.write(identity(), png.toString());
        ChartFile.write(identity(), svg.toString());
        BufferedImage image = ImageIO.read(png.toFile());
        assertEquals(800, image.getWidth());
        assertEquals(500, image.getHeight());
        // the curve y = x runs from the bottom left corner of the frame to the top right: its middle is blue
        int mid = image.getRGB((90 + 770) / 2, (50 + 435) / 2);
        assertTrue((mid & 0xFF) > 0x80 && (mid >> 16 & 0xFF) < 0x80, Integer.toHexString(mid));
        assertTrue(Files.readString(svg).contains("<svg"));
        try (var files = Files.list(dir)) { assertEquals(2, files.count(), "no temporary files are left behind"); }
    }
}
