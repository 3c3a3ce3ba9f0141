package cofactor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.tools.DiagnosticCollector;
import javax.tools.FileObject;
import javax.tools.ForwardingJavaFileManager;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileManager;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
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

        Class<?> snippetClass = compile("Snippet", source);
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

    /** Compiles one class in memory with the test's class path and loads it. */
    private static Class<?> compile(String name, String source) throws IOException, ClassNotFoundException {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        assertNotNull(javac, "no compiler: the tests need a JDK");
        Map<String, ByteArrayOutputStream> classes = new HashMap<>();
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        StandardJavaFileManager standard = javac.getStandardFileManager(diagnostics, null, StandardCharsets.UTF_8);
        JavaFileManager files = new ForwardingJavaFileManager<>(standard) {
            @Override
            public JavaFileObject getJavaFileForOutput(Location location, String className, JavaFileObject.Kind kind, FileObject sibling) {
                return new SimpleJavaFileObject(URI.create("mem:///" + className + ".class"), kind) {
                    @Override
                    public java.io.OutputStream openOutputStream() {
                        return classes.computeIfAbsent(className, k -> new ByteArrayOutputStream());
                    }
                };
            }
        };
        JavaFileObject unit = new SimpleJavaFileObject(URI.create("string:///" + name + ".java"), JavaFileObject.Kind.SOURCE) {
            @Override
            public CharSequence getCharContent(boolean ignoreEncodingErrors) { return source; }
        };
        boolean ok = javac.getTask(null, files, diagnostics, List.of("-classpath", System.getProperty("java.class.path")), null, List.of(unit)).call();
        assertTrue(ok, "the README's Java snippet does not compile:\n" + diagnostics.getDiagnostics() + "\n" + source);
        ClassLoader loader = new ClassLoader(ReadmeJavaApiTest.class.getClassLoader()) {
            @Override
            protected Class<?> findClass(String n) throws ClassNotFoundException {
                ByteArrayOutputStream bytes = classes.get(n);
                if (bytes == null) throw new ClassNotFoundException(n);
                return defineClass(n, bytes.toByteArray(), 0, bytes.size());
            }
        };
        return loader.loadClass(name);
    }
}
