package cofactor.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cofactor.testing.CommandLineRun;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every sample runs and prints exactly what its {@code # expect:} lines say, in
 * order (jlox's test style). An expectation ending in {@code …} matches a prefix,
 * for long decimals; {@code # expect-lines: N} accepts N lines of any text (a chart).
 */
class SamplesTest {
    static Stream<Path> samples() throws IOException {
        return Files.list(Path.of("samples")).filter(p -> p.toString().endsWith(".cof")).sorted();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void printsWhatItExpects(Path sample) throws IOException {
        List<String> expected = new ArrayList<>();
        for (String line : Files.readAllLines(sample)) {
            int at = line.indexOf("# expect: ");
            if (at >= 0) expected.add(line.substring(at + "# expect: ".length()).stripTrailing());
            if (line.startsWith("# expect-lines: ")) {
                for (int n = Integer.parseInt(line.substring("# expect-lines: ".length()).strip()); n > 0; n--) expected.add(null);
            }
        }
        assertTrue(!expected.isEmpty(), sample + " has no # expect: lines");
        CommandLineRun run = CommandLineRun.of(sample.toString());
        assertEquals(0, run.status(), sample + " failed: " + run.err());
        List<String> actual = run.out().lines().toList();
        assertEquals(expected.size(), actual.size(), sample + " printed:\n" + run.out());
        for (int i = 0; i < expected.size(); i++) {
            String want = expected.get(i), got = actual.get(i);
            if (want == null) continue;
            if (want.endsWith("…")) {
                assertTrue(got.startsWith(want.substring(0, want.length() - 1)), sample + " line " + (i + 1) + ": expected " + want + " but was " + got);
            } else {
                assertEquals(want, got, sample + " output line " + (i + 1));
            }
        }
    }
}
