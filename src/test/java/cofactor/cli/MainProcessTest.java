package cofactor.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The exit status of a whole process: Main returns from main on success and ends it by an
 * exception that prints nothing for an error in the input (System.exit costs a search of the
 * class path on JDK 21+), and exits with the status otherwise, as --help documents it (0 success,
 * 1 an error in the input, 2 bad usage or an unreadable file). Standard error has the error's own
 * line and never a Java stack trace.
 */
class MainProcessTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "-e 1+1                | 0 | 2",
        "-e det(1,2)           | 1 | ''",
        "--bogus               | 2 | ''",
        "no-such-file.cof      | 2 | ''",
        "-e x=3; -e x^2        | 0 | 9",
        "-e x=3; -e foo(x)     | 1 | ''",
        "-e 1+1 -e 1+*2        | 1 | 2",
    })
    void exitsWithTheDocumentedStatus(String args, int status, String out) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Main.class.getName()));
        command.addAll(List.of(args.split(" ")));
        Process p = new ProcessBuilder(command).start();
        String printed = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        String errors = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(status, p.waitFor(), errors);
        assertEquals(out, printed);
        assertFalse(errors.contains("Exception") || errors.contains("\tat "), errors);
        assertEquals(status != 0, errors.startsWith("error: "), errors);
    }

    /**
     * An error ends the process without System.exit, whose logging of the exit loads the platform
     * logger and searches every jar on the class path for a logging back end (an error cost a
     * one-line run twice the CPU of 1+1): no logger class is loaded, and the status is still 1.
     */
    @Test
    void anErrorExitsWithoutLookingForALogger(@TempDir Path dir) throws IOException, InterruptedException {
        Path java = java21OrNewer();
        assumeTrue(java != null, "System.exit logs the exit from JDK 21 on; no such JDK here");
        Path log = dir.resolve("classes.log");
        Process p = new ProcessBuilder(java.toString(),
                "-Xlog:class+load=info:file=" + log, "-cp", System.getProperty("java.class.path"), Main.class.getName(), "-e", "foo(1)")
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        assertEquals(1, p.waitFor());
        List<String> loaded = Files.readAllLines(log);
        assertTrue(loaded.stream().anyMatch(l -> l.contains("cofactor.cli.Main ")), "the log lists the classes loaded");
        assertEquals(List.of(), loaded.stream().filter(l -> l.contains("jdk.internal.logger.") || l.contains("sun.util.logging.")).toList());
    }

    /** This JVM's java when it is JDK 21 or newer, else one found beside it as the launcher finds JDKs, else null. */
    private static Path java21OrNewer() throws IOException {
        if (Runtime.version().feature() >= 21) return Path.of(System.getProperty("java.home"), "bin", "java");
        Path jvms = Path.of("/usr/lib/jvm");
        if (!Files.isDirectory(jvms)) return null;
        try (var homes = Files.list(jvms)) {
            for (Path home : homes.sorted().toList()) {
                Path release = home.resolve("release"), java = home.resolve("bin/java");
                if (!Files.isReadable(release) || !Files.isExecutable(java)) continue;
                for (String line : Files.readAllLines(release)) {
                    if (!line.startsWith("JAVA_VERSION=")) continue;
                    String version = line.substring("JAVA_VERSION=".length()).replace("\"", "");
                    int dot = version.indexOf('.');
                    try {
                        if (Integer.parseInt(dot < 0 ? version : version.substring(0, dot)) >= 21) return java;
                    } catch (NumberFormatException e) {
                        // not a release file the launcher would read either
                    }
                }
            }
        }
        return null;
    }
}
