package cofactor.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cofactor.cli.Main;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where the kernelspec goes and what it says; the connection file as jupyter_client writes it. */
class KernelSpecTest {
    @Test void theDataDirectoryIsFoundAsJupyterFindsIt() {
        assertEquals(Path.of("/j"), KernelSpec.dataDir(Map.of("JUPYTER_DATA_DIR", "/j", "XDG_DATA_HOME", "/x"), "/home/u", "Linux"));
        assertEquals(Path.of("/x/jupyter"), KernelSpec.dataDir(Map.of("XDG_DATA_HOME", "/x"), "/home/u", "Linux"));
        assertEquals(Path.of("/home/u/.local/share/jupyter"), KernelSpec.dataDir(Map.of(), "/home/u", "Linux"));
        assertEquals(Path.of("/home/u/Library/Jupyter"), KernelSpec.dataDir(Map.of(), "/home/u", "Mac OS X"));
    }

    @Test void theSpecStartsThisJavaOnThisCodeAndIsInterruptedByMessage(@TempDir Path dir) throws IOException {
        JsonNode spec = new ObjectMapper().readTree(Files.readString(KernelSpec.install(dir)));
        assertTrue(Files.isRegularFile(dir.resolve("kernels/cofactor/kernel.json")));
        List<String> argv = new ArrayList<>();
        spec.path("argv").forEach(a -> argv.add(a.asText()));
        assertEquals(Path.of(System.getProperty("java.home"), "bin", "java").toString(), argv.get(0));
        assertEquals(List.of("kernel", "--connection-file", "{connection_file}"), argv.subList(argv.size() - 3, argv.size()));
        assertEquals("message", spec.path("interrupt_mode").asText());
        assertEquals("cofactor", spec.path("language").asText());
    }

    @Test void aConnectionFileAsJupyterWritesIt(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("kernel-1.json");
        Files.writeString(file, """
                {"shell_port": 50001, "iopub_port": 50002, "stdin_port": 50003, "control_port": 50004, "hb_port": 50005,
                 "ip": "127.0.0.1", "key": "a0436f6c-1916-498b-8eb9-e81ab9368e84", "transport": "tcp",
                 "signature_scheme": "hmac-sha256", "kernel_name": "cofactor"}""");
        assertEquals(new ConnectionFile("127.0.0.1", 50001, 50002, 50003, 50004, 50005, "a0436f6c-1916-498b-8eb9-e81ab9368e84"),
                ConnectionFile.read(file));
        Files.writeString(file, "{\"transport\": \"ipc\", \"shell_port\": 1}");
        ConnectionFile.Unusable e = assertThrows(ConnectionFile.Unusable.class, () -> ConnectionFile.read(file));
        assertEquals(file + ": transport ipc is not supported (only tcp)", e.getMessage());
    }

    @Test void kernelWithoutWhatToDoIsBadUsage() {
        ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();
        int status = Main.run(new String[] {"kernel"}, new ByteArrayInputStream(new byte[0]),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        assertEquals(2, status);
        assertEquals("error: kernel: expected install or --connection-file FILE\n" + KernelCommand.USAGE + "\n", err.toString(StandardCharsets.UTF_8));
    }
}
