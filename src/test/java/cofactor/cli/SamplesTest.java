package cofactor.cli;

import cofactor.testing.ExpectFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every sample runs and prints exactly what its {@code # expect:} lines say ({@link ExpectFile}). */
class SamplesTest {
    static Stream<Path> samples() throws IOException {
        return Files.list(Path.of("samples")).filter(p -> p.toString().endsWith(".cof")).sorted();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void printsWhatItExpects(Path sample) throws IOException {
        ExpectFile.check(sample);
    }
}
