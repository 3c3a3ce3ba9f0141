package cofactor.files;

import com.fasterxml.jackson.core.io.NumberInput;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleFunction;

/**
 * Tables of numbers in comma-separated text: one row per line, fields separated by commas,
 * blanks around a field ignored, blank lines skipped. A first line that is not all numbers is
 * the header, naming the columns (a name may be in double quotes). Every row has as many fields
 * as the first. Numbers are decimal ({@code 2}, {@code -0.5}, {@code 1.5e-7}); NaN and infinities
 * are refused, as no value of the language is one. They are read, correctly rounded as by
 * {@code Double.parseDouble}, with Jackson's FastDoubleParser (Eisel–Lemire), which is 2–2.5× faster
 * on the 17-digit numbers that programs write: parsing was half of reading a large file.
 */
public final class Csv {
    private Csv() {}

    /** The header's names (empty without one) and the rows. */
    public record Table(List<String> header, double[][] rows) {}

    /** A file that cannot be read as a table, said with its name and line: {@code data.csv:3: ...}. */
    public static final class ReadError extends Exception {
        ReadError(String message) { super(message); }
    }

    public static Table read(String name) throws ReadError {
        List<String> header = List.of();
        List<double[]> rows = new ArrayList<>();
        int width = -1;
        try (BufferedReader in = Files.newBufferedReader(Path.of(name), StandardCharsets.UTF_8)) {
            int line = 0;
            for (String text = in.readLine(); text != null; text = in.readLine()) {
                line++;
                if (line == 1 && text.startsWith("\uFEFF")) text = text.substring(1);
                if (text.isBlank()) continue;
                String[] fields = text.split(",", -1);
                for (int k = 0; k < fields.length; k++) fields[k] = fields[k].strip();
                if (width < 0) {
                    width = fields.length;
                    if (!allNumbers(fields)) {
                        header = names(fields, name, line);
                        continue;
                    }
                }
                if (fields.length != width) {
                    throw new ReadError(name + ":" + line + ": " + fields.length + " field" + (fields.length == 1 ? "" : "s") + ", the first row has " + width);
                }
                double[] row = new double[width];
                for (int k = 0; k < width; k++) {
                    if (!isDecimal(fields[k])) {
                        throw new ReadError(name + ":" + line + ": field " + (k + 1) + " is " + (fields[k].isEmpty() ? "empty" : "\"" + fields[k] + "\"") + ", not a number");
                    }
                    row[k] = NumberInput.parseDouble(fields[k], true);
                    if (Double.isInfinite(row[k])) throw new ReadError(name + ":" + line + ": field " + (k + 1) + " is beyond the range of a double (1.8E308)");
                }
                rows.add(row);
            }
        } catch (NoSuchFileException e) {
            throw new ReadError("cannot read " + name + ": no such file");
        } catch (java.nio.charset.MalformedInputException e) {
            throw new ReadError("cannot read " + name + ": it is not UTF-8 text");
        } catch (IOException e) {
            throw new ReadError("cannot read " + name + ": " + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()));
        }
        if (rows.isEmpty()) throw new ReadError(name + ": no rows of numbers");
        return new Table(header, rows.toArray(double[][]::new));
    }

    private static boolean allNumbers(String[] fields) {
        for (String f : fields) if (!isDecimal(f)) return false;
        return true;
    }

    /**
     * Whether f is a decimal number, {@code [+-]?(d+.?d*|.d+)([eE][+-]?d+)?}: what parseDouble reads
     * less NaN, infinities, hexadecimal and type suffixes. Scanned by hand: a regex match per field
     * was a third of reading a large file.
     */
    static boolean isDecimal(String f) {
        int i = 0, n = f.length();
        if (i < n && (f.charAt(i) == '+' || f.charAt(i) == '-')) i++;
        int start = i;
        while (i < n && isDigit(f.charAt(i))) i++;
        boolean digits = i > start;
        if (i < n && f.charAt(i) == '.') {
            int fraction = ++i;
            while (i < n && isDigit(f.charAt(i))) i++;
            digits |= i > fraction;
        }
        if (!digits) return false;
        if (i < n && (f.charAt(i) == 'e' || f.charAt(i) == 'E')) {
            i++;
            if (i < n && (f.charAt(i) == '+' || f.charAt(i) == '-')) i++;
            int exponent = i;
            while (i < n && isDigit(f.charAt(i))) i++;
            if (i == exponent) return false;
        }
        return i == n;
    }

    private static boolean isDigit(char c) { return c >= '0' && c <= '9'; }

    private static List<String> names(String[] fields, String name, int line) throws ReadError {
        List<String> names = new ArrayList<>();
        for (int k = 0; k < fields.length; k++) {
            String f = fields[k];
            if (f.length() >= 2 && f.startsWith("\"") && f.endsWith("\"")) f = f.substring(1, f.length() - 1).strip();
            if (f.isEmpty()) throw new ReadError(name + ":" + line + ": the header's field " + (k + 1) + " is empty");
            names.add(f);
        }
        return List.copyOf(names);
    }

    /**
     * Writes the rows (and the header first, when not empty) to {@code name} atomically: readers see
     * the old file or the new one, never a part. {@code number} writes one entry.
     */
    public static void write(String name, List<String> header, double[][] rows, DoubleFunction<String> number) throws AtomicFile.WriteError {
        StringBuilder text = new StringBuilder();
        if (!header.isEmpty()) text.append(String.join(",", header)).append('\n');
        for (double[] row : rows) {
            for (int k = 0; k < row.length; k++) text.append(k == 0 ? "" : ",").append(number.apply(row[k]));
            text.append('\n');
        }
        AtomicFile.write(name, out -> out.write(text.toString().getBytes(StandardCharsets.UTF_8)));
    }
}
