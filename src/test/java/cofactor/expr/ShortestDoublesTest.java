package cofactor.expr;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Doubles print as the shortest decimal that reads back, the nearest one among the shortest
 * (LANGUAGE.md §4): the same digits as Python's repr, which implements that rule with David
 * Gay's algorithm, on 800 doubles committed with it (shortest_doubles.py beside the data).
 * Half are powers of two, where Java 17's own Double.toString keeps a needless digit.
 */
class ShortestDoublesTest {
    private static final String DATA = "/cofactor/expr/shortest_doubles.tsv";

    static List<String[]> rows() throws IOException {
        List<String[]> rows = new ArrayList<>();
        try (InputStream in = ShortestDoublesTest.class.getResourceAsStream(DATA);
             BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line; (line = r.readLine()) != null; ) rows.add(line.split("\t"));
        }
        return rows;
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("rows")
    void sameDigitsAsPythonsRepr(String bits, String repr) {
        double v = Double.longBitsToDouble(Long.parseUnsignedLong(bits, 16));
        String text = Num.doubleText(v);
        assertEquals(v, Double.parseDouble(text), text + " reads back as another double");
        assertEquals(0, new BigDecimal(text).compareTo(new BigDecimal(repr)), "printed " + text + ", Python's repr is " + repr);
    }
}
