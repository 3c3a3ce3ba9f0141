package cofactor.files;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleFunction;
import java.util.regex.Pattern;

/**
 * Tables of numbers in comma-separated text: one row per line, fields separated by commas,
 * blanks around a field ignored, blank lines skipped. A first line that is not all numbers is
 * the header, naming the columns (a name may be in double quotes). Every row has as many fields
 * as the first. Numbers are decimal ({@code 2}, {@code -0.5}, {@code 1.5e-7}); NaN and infinities
 * are refused, as no value of the language is one.
 */
public final class Csv {
    private Csv() {}

    /** The header's names (empty without one) and the rows. */
    public record Table(List<String> header, double[][] rows) {}

    /** A file that cannot be read as a table, said with its name and line: {@code data.csv:3: ...}. */
    public static final class ReadError extends Exception {
        ReadError(String message) { super(message); }
    }

    private static final Pattern NUMBER = Pattern.compile("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?");

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
                    if (!NUMBER.matcher(fields[k]).matches()) {
                        throw new ReadError(name + ":" + line + ": field " + (k + 1) + " is " + (fields[k].isEmpty() ? "empty" : "\"" + fields[k] + "\"") + ", not a number");
                    }
                    row[k] = Double.parseDouble(fields[k]);
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
        for (String f : fields) if (!NUMBER.matcher(f).matches()) return false;
        return true;
    }

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
