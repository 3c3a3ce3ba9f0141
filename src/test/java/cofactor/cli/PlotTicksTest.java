package cofactor.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cofactor.testing.CommandLineRun;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The charts the samples and the help examples draw, written as SVG: every number on
 * an axis is a round value. The x axis's labels share a baseline, the y axis's their
 * right edge's neighbourhood; on each, consecutive labels differ by one step of 1, 2 or
 * 5 × 10^k of which every label is a multiple, or (a log axis) are powers of ten.
 */
class PlotTicksTest {
    private static final Pattern PLOT = Pattern.compile("^plot\\((.*)\\)\\s*(#.*)?$");
    private static final Pattern TEXT = Pattern.compile("<text[^>]* x=\"([-0-9.]+)\" y=\"([-0-9.]+)\">([^<]*)</text>");

    static Stream<Path> filesWithPlots() throws IOException {
        return Stream.concat(Files.list(Path.of("samples")), Files.walk(Path.of("src/main/resources/cofactor/help")))
                .filter(p -> p.toString().endsWith(".cof"))
                .filter(p -> { try { return Files.readString(p).lines().anyMatch(l -> PLOT.matcher(l).matches()); } catch (IOException e) { throw new AssertionError(e); } })
                .sorted();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("filesWithPlots")
    void axesAreMarkedAtRoundValues(Path source, @TempDir Path dir) throws IOException {
        List<String> lines = new ArrayList<>();
        List<Path> charts = new ArrayList<>();
        for (String line : Files.readAllLines(source)) {
            Matcher m = PLOT.matcher(line);
            if (m.matches()) {
                Path svg = dir.resolve("chart" + charts.size() + ".svg");
                charts.add(svg);
                line = "plot(" + m.group(1) + ", file = \"" + svg + "\")";
            }
            lines.add(line);
        }
        Path script = dir.resolve("with-files.cof");
        Files.write(script, lines);
        CommandLineRun run = CommandLineRun.of(script.toString());
        assertEquals(0, run.status(), run.err());
        assertTrue(!charts.isEmpty());
        for (Path svg : charts) {
            // each number's baseline and value; the x labels share one baseline, each y label has its own
            Map<Double, List<BigDecimal>> byBaseline = new TreeMap<>();
            Matcher m = TEXT.matcher(Files.readString(svg));
            while (m.find()) {
                if (!m.group(3).matches("-?[0-9.]+(E-?[0-9]+)?")) continue; // the title and the axis names
                byBaseline.computeIfAbsent(-Double.parseDouble(m.group(2)), k -> new ArrayList<>()).add(new BigDecimal(m.group(3)));
            }
            List<BigDecimal> x = new ArrayList<>(), y = new ArrayList<>(); // y from the bottom up
            for (List<BigDecimal> row : byBaseline.values()) (row.size() > 1 ? x : y).addAll(row);
            assertRound(source + " x axis", x);
            assertRound(source + " y axis", y);
        }
    }

    private static void assertRound(String where, List<BigDecimal> ticks) {
        assertTrue(ticks.size() >= 2, where + ": " + ticks);
        BigDecimal step = ticks.get(1).subtract(ticks.get(0));
        boolean linear = true, decades = true;
        for (int i = 0; i < ticks.size(); i++) {
            if (i > 0) linear &= ticks.get(i).subtract(ticks.get(i - 1)).compareTo(step) == 0;
            linear &= ticks.get(i).remainder(step).signum() == 0;
            decades &= ticks.get(i).stripTrailingZeros().unscaledValue().equals(java.math.BigInteger.ONE);
        }
        String s = step.abs().stripTrailingZeros().unscaledValue().toString();
        assertTrue(linear && List.of("1", "2", "5").contains(s) || decades, where + ": " + ticks);
    }
}
