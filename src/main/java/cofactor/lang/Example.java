package cofactor.lang;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A worked example: a few statements, each followed by what it prints in an
 * {@code # expect:} comment, in the format of the samples (a test runs every one
 * and compares). Each built-in's is the resource {@code cofactor/help/<name>.cof},
 * each operator's {@code cofactor/help/operator/<word>.cof}.
 */
public record Example(String path, String text) {
    /** The folder of the examples among the resources. */
    public static final String FOLDER = "cofactor/help/";

    private static final String EXPECT = "# expect:";

    /** The example at {@code FOLDER + relative}, or null when there is none. */
    public static Example load(String relative) {
        String path = FOLDER + relative;
        try (InputStream in = Example.class.getClassLoader().getResourceAsStream(path)) {
            return in == null ? null : new Example(path, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The example as a session shows it: each statement after a {@code >}, what it
     * prints below it, and the file's own comments as they are.
     */
    public List<String> transcript() {
        List<String> lines = new ArrayList<>();
        for (String line : text.lines().toList()) {
            int at = expectAt(line);
            String code = (at >= 0 ? line.substring(0, at) : line).strip();
            if (at < 0 && code.startsWith("#")) lines.add(code);
            else if (!code.isEmpty()) lines.add("> " + code);
            if (at >= 0) lines.add(expectation(line));
        }
        return lines;
    }

    /**
     * What an {@code # expect:} comment on this line says is printed, or null when the line
     * has none. A bare {@code # expect:} at the end of the line is an empty line of output,
     * so no expectation depends on trailing blanks an editor may strip.
     */
    public static String expectation(String line) {
        int at = expectAt(line);
        return at < 0 ? null : line.substring(at + EXPECT.length()).stripTrailing().replaceFirst("^ ", "");
    }

    private static int expectAt(String line) {
        int at = line.indexOf(EXPECT);
        if (at < 0) return -1;
        int after = at + EXPECT.length();
        return after == line.stripTrailing().length() || line.charAt(after) == ' ' ? at : -1;
    }
}
