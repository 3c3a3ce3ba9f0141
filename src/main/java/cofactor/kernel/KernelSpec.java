package cofactor.kernel;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The kernelspec that tells Jupyter how to start this kernel: {@code kernels/cofactor/kernel.json}
 * in the user's Jupyter data directory (no root needed), found as jupyter_core finds it.
 * It starts the Java that runs this command on the same jar, with the options the
 * {@code cofactor} launcher gives it, and asks to be interrupted by message (the control
 * socket), which reaches a running cell at once.
 */
final class KernelSpec {
    /** The JVM options of the launcher: a large stack for deep expressions, the serial collector, warnings to stderr. */
    private static final List<String> JAVA_OPTIONS = List.of("-XX:+UseSerialGC", "-Xss8m", "-Xlog:disable", "-Xlog:all=warning:stderr");

    private KernelSpec() {}

    /** The user's Jupyter data directory: JUPYTER_DATA_DIR, else the platform's (jupyter_core's jupyter_data_dir). */
    static Path dataDir(Map<String, String> env, String home, String os) {
        String set = env.get("JUPYTER_DATA_DIR");
        if (set != null && !set.isEmpty()) return Path.of(set);
        String name = os.toLowerCase(Locale.ROOT);
        if (name.startsWith("mac")) return Path.of(home, "Library", "Jupyter");
        if (name.startsWith("windows")) return Path.of(env.getOrDefault("APPDATA", home), "jupyter");
        String xdg = env.get("XDG_DATA_HOME");
        return (xdg != null && !xdg.isEmpty() ? Path.of(xdg) : Path.of(home, ".local", "share")).resolve("jupyter");
    }

    /** Writes the kernelspec under {@code dataDir} and returns the kernel.json written. */
    static Path install(Path dataDir) throws IOException {
        Path dir = dataDir.resolve("kernels").resolve("cofactor");
        Files.createDirectories(dir);
        Path file = dir.resolve("kernel.json");
        Files.writeString(file, new ObjectMapper().writerWithDefaultPrettyPrinter().writeValueAsString(spec()) + "\n");
        return file;
    }

    static ObjectNode spec() {
        ObjectNode spec = new ObjectMapper().createObjectNode();
        ArrayNode argv = spec.putArray("argv");
        argv.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        JAVA_OPTIONS.forEach(argv::add);
        Path code = codeLocation();
        if (code.toString().endsWith(".jar")) {
            argv.add("-jar").add(code.toString());
        } else { // classes on a class path (a development build): the same class path
            argv.add("-cp").add(System.getProperty("java.class.path")).add("cofactor.cli.Main");
        }
        argv.add("kernel").add("--connection-file").add("{connection_file}");
        spec.put("display_name", "Cofactor");
        spec.put("language", "cofactor");
        spec.put("interrupt_mode", "message");
        spec.putObject("metadata");
        return spec;
    }

    private static Path codeLocation() {
        try {
            return Path.of(KernelSpec.class.getProtectionDomain().getCodeSource().getLocation().toURI()).toAbsolutePath();
        } catch (URISyntaxException e) {
            throw new IllegalStateException("the class's own location is a file URI", e);
        }
    }
}
