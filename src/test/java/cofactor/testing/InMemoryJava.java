package cofactor.testing;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
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

/** Compiles Java source in memory with the JDK's compiler (javax.tools), against the test's class path, and loads it. */
public final class InMemoryJava {
    private InMemoryJava() {}

    /** The class {@code name} compiled from {@code source}; a compile error fails the test, naming {@code what} and showing the source. */
    public static Class<?> compile(String name, String source, String what) throws ClassNotFoundException {
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
        assertTrue(ok, what + " does not compile:\n" + diagnostics.getDiagnostics() + "\n" + source);
        ClassLoader loader = new ClassLoader(InMemoryJava.class.getClassLoader()) {
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
