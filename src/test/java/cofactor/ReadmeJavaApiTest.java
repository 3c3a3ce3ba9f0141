package cofactor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cofactor.testing.InMemoryJava;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The README's Java API snippet compiles exactly as shown (its imports, then its
 * statements as a method body) against the project's classes, and running it gives the
 * values its comments state.
 */
class ReadmeJavaApiTest {
    @Test
    void theSnippetCompilesAndComputesWhatItsCommentsSay() throws Exception {
        String readme = Files.readString(Path.of("README.md"));
        int start = readme.indexOf("```java\n");
        assertTrue(start >= 0, "README has no ```java block");
        String snippet = readme.substring(start + "```java\n".length(), readme.indexOf("```", start + 7));
        List<String> imports = new ArrayList<>(), body = new ArrayList<>();
        for (String line : snippet.lines().toList()) (line.startsWith("import ") ? imports : body).add(line);
        String source = String.join("\n", imports) + "\npublic class Snippet {\n  public static Object[] run() {\n"
                + String.join("\n", body) + "\n    return new Object[] {det, dd, f, ys};\n  }\n}\n";

        Class<?> snippetClass = InMemoryJava.compile("Snippet", source, "the README's Java snippet");
        Object[] values = (Object[]) snippetClass.getMethod("run").invoke(null);
        assertEquals(comment(body, "Expr det"), values[0].toString());
        assertEquals(comment(body, "Expr dd"), values[1].toString());
        // f is d/dx (x sin x - x^2) = x cos x + sin x - 2x, compiled
        double x = 0.7;
        assertEquals(x * Math.cos(x) + Math.sin(x) - 2 * x, ((java.util.function.DoubleUnaryOperator) values[2]).applyAsDouble(x), 1e-15);
        // ys is f at the points 0.7 and 1.3
        double[] ys = (double[]) values[3];
        assertEquals(2, ys.length);
        for (int i = 0; i < 2; i++) {
            double t = new double[] {0.7, 1.3}[i];
            assertEquals(t * Math.cos(t) + Math.sin(t) - 2 * t, ys[i], 1e-15);
        }
    }

    /** The text after // on the line that starts with the declaration. */
    private static String comment(List<String> body, String declaration) {
        String line = body.stream().filter(l -> l.startsWith(declaration)).findFirst().orElseThrow();
        return line.substring(line.indexOf("//") + 2).strip();
    }
}
