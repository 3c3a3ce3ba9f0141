package cofactor.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The exit status of a whole process: Main returns from main on success (System.exit costs a
 * search of the class path on JDK 21+) and exits with the status otherwise, as --help documents
 * it (0 success, 1 an error in the input, 2 bad usage or an unreadable file).
 */
class MainProcessTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "-e 1+1                | 0 | 2",
        "-e det(1,2)           | 1 | ''",
        "--bogus               | 2 | ''",
        "no-such-file.cof      | 2 | ''",
        "-e x=3; -e x^2        | 0 | 9",
    })
    void exitsWithTheDocumentedStatus(String args, int status, String out) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Main.class.getName()));
        command.addAll(List.of(args.split(" ")));
        Process p = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String printed = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        assertEquals(status, p.waitFor());
        assertEquals(out, printed);
    }
}
