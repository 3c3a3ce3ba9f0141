package cofactor.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cofactor.lang.Example;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs a {@code .cof} file as {@code ./cofactor FILE} does and checks it prints
 * exactly what its {@code # expect:} lines say, in order (jlox's test style). An
 * expectation ending in {@code …} matches a prefix, for long decimals;
 * {@code # expect-lines: N} accepts N lines of any text (a chart).
 */
public final class ExpectFile {
    private ExpectFile() {}

    public static void check(Path file) throws IOException {
        List<String> expected = new ArrayList<>();
        for (String line : Files.readAllLines(file)) {
            String expectation = Example.expectation(line);
            if (expectation != null) expected.add(expectation);
            if (line.startsWith("# expect-lines: ")) {
                for (int n = Integer.parseInt(line.substring("# expect-lines: ".length()).strip()); n > 0; n--) expected.add(null);
            }
        }
        assertTrue(!expected.isEmpty(), file + " has no # expect: lines");
        CommandLineRun run = CommandLineRun.of(file.toString());
        assertEquals(0, run.status(), file + " failed: " + run.err());
        List<String> actual = run.out().lines().toList();
        assertEquals(expected.size(), actual.size(), file + " printed:\n" + run.out());
        for (int i = 0; i < expected.size(); i++) {
            String want = expected.get(i), got = actual.get(i);
            if (want == null) continue;
            if (want.endsWith("…")) {
                assertTrue(got.startsWith(want.substring(0, want.length() - 1)), file + " line " + (i + 1) + ": expected " + want + " but was " + got);
            } else {
                assertEquals(want, got, file + " output line " + (i + 1));
            }
        }
    }
}
