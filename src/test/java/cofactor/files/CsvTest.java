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

    /** Numbers of every shape the format allows are read as Double.parseDouble reads them, to the last bit. */
    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {4, 5, 6})
    void numbersAreReadAsTheJdkReadsThem(long seed) throws Exception {
        Random r = new Random(seed);
        StringBuilder text = new StringBuilder();
        List<String> fields = new java.util.ArrayList<>();
        for (int i = 0; i < 3000; i++) {
            String f = randomDecimal(r);
            fields.add(f);
            text.append(f).append(i % 3 == 2 ? "\n" : ",");
        }
        double[][] rows = Csv.read(file(text.toString()).toString()).rows();
        for (int i = 0; i < fields.size(); i++) {
            assertTrue(Csv.isDecimal(fields.get(i)), fields.get(i));
            assertEquals(Double.doubleToRawLongBits(Double.parseDouble(fields.get(i))), Double.doubleToRawLongBits(rows[i / 3][i % 3]), "seed " + seed + ": " + fields.get(i));
        }
    }

    /** A decimal of up to 25 digits, the point anywhere or nowhere, maybe a sign and an exponent near the ends of the range (finite). */
    private static String randomDecimal(Random r) {
        StringBuilder s = new StringBuilder(r.nextInt(4) == 0 ? "-" : r.nextInt(8) == 0 ? "+" : "");
        int digits = 1 + r.nextInt(25), point = r.nextInt(digits + 2) - 1;
        for (int d = 0; d < digits; d++) {
            if (d == point) s.append('.');
            s.append((char) ('0' + r.nextInt(10)));
        }
        if (point == digits) s.append('.');
        if (r.nextBoolean()) {
            boolean small = r.nextInt(3) == 0; // down to the subnormals, and up to 1e305 at most
            s.append(r.nextBoolean() ? 'e' : 'E').append(small ? "-" : "").append(r.nextInt(r.nextBoolean() ? 20 : small ? 345 : 280));
        }
        return s.toString();
    }

    @Test void decimalsAreTheFormatsNumbers() {
        for (String yes : List.of("0", "-1", "+2.", ".5", "1.5e-7", "3E+08", "007")) assertTrue(Csv.isDecimal(yes), yes);
        for (String no : List.of("", "-", ".", "1e", "1e+", "e5", "NaN", "Infinity", "0x1p3", "1d", "1f", "1..2", "1 2", "--1")) assertFalse(Csv.isDecimal(no), no);
    }
}
