package cofactor.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** How input is cut into statements: where each piece starts, what a bad piece costs, and that nothing is lost. */
class StatementReaderTest {
    private static StatementReader reader(String input, boolean commands, int maxBytes) {
        return new StatementReader(new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)), commands, maxBytes);
    }

    /** Every piece as "line: text", and bad input as "line:column! message". */
    private static List<String> pieces(StatementReader r) throws IOException {
        List<String> out = new ArrayList<>();
        while (true) {
            try {
                StatementReader.Lines lines = r.next();
                if (lines == null) return out;
                out.add(lines.firstLine() + ": " + lines.text());
            } catch (StatementReader.BadInput e) {
                out.add(e.line + ":" + e.column + "! " + e.getMessage());
            }
        }
    }

    @Test void aStatementSpansLinesOnlyWhileABracketOrStringIsOpen() throws IOException {
        String input = "a = 1; b = 2\n\n# (not open\nA = [[1, 2],\n  [3, 4]]\ns = \"two\nlines (\"\nlast";
        assertEquals(List.of("1: a = 1; b = 2\n", "2: \n", "3: # (not open\n", "4: A = [[1, 2],\n  [3, 4]]\n",
                "6: s = \"two\nlines (\"\n", "8: last"), pieces(reader(input, false, 1000)));
        assertEquals(input, String.join("", pieces(reader(input, false, 1000)).stream().map(p -> p.substring(p.indexOf(": ") + 2)).toList()),
                "the pieces are the input, byte for byte");
    }

    @Test void anOpenBracketAtTheEndIsOnePieceForTheParserToReport() throws IOException {
        assertEquals(List.of("1: x = 1\n", "2: y = (1,\n\n"), pieces(reader("x = 1\ny = (1,\n\n", false, 1000)));
    }

    @Test void windowsLineEndsStayInTheText() throws IOException {
        assertEquals(List.of("1: x = [1,\r\n 2]\r\n", "3: y\r\n"), pieces(reader("x = [1,\r\n 2]\r\ny\r\n", false, 1000)));
    }

    @Test void aCommandLineIsWholeWhateverItsBrackets() throws IOException {
        assertEquals(List.of("1: :save f(1.cof\n", "2: x = (1\n)\n"), pieces(reader(":save f(1.cof\nx = (1\n)\n", true, 1000)));
        assertEquals(List.of("1: :save f(1.cof\nx = (1\n)\n"), pieces(reader(":save f(1.cof\nx = (1\n)\n", false, 1000)));
    }

    /** A statement over the limit is reported at its first line; its rest, up to where its brackets close, is dropped. */
    @Test void aStatementOverTheLimitIsSkippedWhole() throws IOException {
        String longLine = "y = " + "1+".repeat(40) + "1";
        String input = "x = 1\n" + longLine + "\nz = [\n" + "1,".repeat(30) + "\n" + "2]\nw = 2\n";
        assertEquals(List.of("1: x = 1\n", "2:0! statement too long: over 50 bytes from this line on; split it into smaller statements",
                "3:0! statement too long: over 50 bytes from this line on; split it into smaller statements", "6: w = 2\n"),
                pieces(reader(input, false, 50)));
    }

    @Test void anEndlessLineCostsOnlyTheLimit() throws Exception {
        StatementReader r = new StatementReader(new java.io.InputStream() {
            private long left = 100_000_000L; // 100 MB of zero bytes, never one line break
            @Override public int read() { return left-- > 0 ? 0 : -1; }
        }, false, 1 << 10);
        StatementReader.BadInput e = assertThrows(StatementReader.BadInput.class, r::next);
        assertEquals(1, e.line);
        assertNull(r.next(), "the rest of the line is dropped, and the input ends");
    }

    @Test void aByteThatIsNotUtf8IsPlacedByLineAndColumn() throws IOException {
        // 0xCF starts a two-byte character, and 0xC3 cannot continue one
        byte[] in = {'x', '\n', 'y', ' ', '=', ' ', '"', (byte) 0xCF, (byte) 0xC3, '"', '\n', 'z', '\n'};
        StatementReader r = new StatementReader(new ByteArrayInputStream(in), false, 1000);
        assertEquals(List.of("1: x\n", "2:6! not UTF-8 text (byte 0xCF); save the file as UTF-8", "3: z\n"), pieces(r));
        byte[] good = "é = \"π\"\n".getBytes(StandardCharsets.UTF_8);
        assertEquals(List.of("1: é = \"π\"\n"), pieces(new StatementReader(new ByteArrayInputStream(good), false, 1000)));
    }
}
