package cofactor.files;

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Reading and writing tables of numbers as CSV: the header, the numbers, and errors that name the file and line. */
class CsvTest {
    @TempDir Path dir;

    Path file(String text) throws IOException {
        Path p = dir.resolve("data.csv");
        Files.writeString(p, text);
        return p;
    }

    String error(String text) throws IOException {
        Path p = file(text);
        return assertThrows(Csv.ReadError.class, () -> Csv.read(p.toString())).getMessage().replace(p.toString(), "data.csv");
    }

    @Test void aHeaderNamesTheColumnsAndBlankLinesAndSpacesAreSkipped() throws Exception {
        Csv.Table t = Csv.read(file("\uFEFF\"t\", y\n0, 1.5\n\n 2.5e-1 ,-3\n").toString());
        assertEquals(List.of("t", "y"), t.header());
        assertArrayEquals(new double[][] {{0, 1.5}, {0.25, -3}}, t.rows());
    }

    @Test void withoutAHeaderEveryLineIsARow() throws Exception {
        Csv.Table t = Csv.read(file("1,2\n3,4").toString());
        assertEquals(List.of(), t.header());
        assertArrayEquals(new double[][] {{1, 2}, {3, 4}}, t.rows());
    }

    @Test void badFilesAreNamedWithTheLine() throws Exception {
        assertEquals("data.csv:3: field 2 is \"abc\", not a number", error("x,y\n1,2\n3,abc\n"));
        assertEquals("data.csv:2: 3 fields, the first row has 2", error("1,2\n3,4,5\n"));
        assertEquals("data.csv:2: field 1 is empty, not a number", error("x,y\n,4\n"));
        assertEquals("data.csv:2: field 1 is \"NaN\", not a number", error("x\nNaN\n"));
        assertEquals("data.csv:1: field 1 is beyond the range of a double (1.8E308)", error("1e400\n"));
        assertEquals("data.csv: no rows of numbers", error("x,y\n"));
        assertEquals("data.csv:1: the header's field 2 is empty", error("x,\n1,2\n"));
        assertEquals("cannot read " + dir.resolve("none.csv") + ": no such file",
                assertThrows(Csv.ReadError.class, () -> Csv.read(dir.resolve("none.csv").toString())).getMessage());
    }

    /** Doubles written in their shortest round-trip form are read back exactly. */
    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3})
    void writtenTablesReadBackExactly(long seed) throws Exception {
        Random r = new Random(seed);
        double[][] rows = new double[50][3];
        for (double[] row : rows) for (int k = 0; k < 3; k++) row[k] = (r.nextDouble() - 0.5) * Math.pow(10, r.nextInt(40) - 20);
        String name = dir.resolve("out.csv").toString();
        Csv.write(name, List.of("a", "b", "c"), rows, v -> cofactor.expr.Num.real(v).toString());
        Csv.Table t = Csv.read(name);
        assertEquals(List.of("a", "b", "c"), t.header());
        assertArrayEquals(rows, t.rows(), "seed " + seed);
    }
}
