package cofactor.kernel;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * What Jupyter tells a kernel it starts in a JSON file: where to bind its five sockets and
 * the key that signs every message (jupyter_client's {@code write_connection_file}).
 */
public record ConnectionFile(String ip, int shellPort, int iopubPort, int stdinPort, int controlPort, int hbPort, String key) {

    /** A connection file that cannot be used, said in words. */
    public static final class Unusable extends Exception {
        Unusable(String message) { super(message); }
    }

    /** Reads {@code file}; only TCP and HMAC-SHA256 signatures are spoken (Jupyter's defaults). */
    public static ConnectionFile read(Path file) throws Unusable {
        JsonNode json;
        try {
            json = new ObjectMapper().readTree(Files.readString(file));
        } catch (JacksonException e) {
            throw new Unusable(file + ": not JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new Unusable(file + ": cannot read: " + e.getMessage());
        }
        if (json == null || !json.isObject()) throw new Unusable(file + ": not a JSON object");
        String transport = json.path("transport").asText("tcp");
        if (!transport.equals("tcp")) throw new Unusable(file + ": transport " + transport + " is not supported (only tcp)");
        String scheme = json.path("signature_scheme").asText("hmac-sha256");
        if (!scheme.equals("hmac-sha256")) throw new Unusable(file + ": signature scheme " + scheme + " is not supported (only hmac-sha256)");
        return new ConnectionFile(json.path("ip").asText("127.0.0.1"), port(json, "shell_port", file), port(json, "iopub_port", file),
                port(json, "stdin_port", file), port(json, "control_port", file), port(json, "hb_port", file), json.path("key").asText(""));
    }

    private static int port(JsonNode json, String name, Path file) throws Unusable {
        JsonNode p = json.get(name);
        if (p == null || !p.canConvertToInt() || p.asInt() <= 0 || p.asInt() > 65535) throw new Unusable(file + ": " + name + " is missing or not a port");
        return p.asInt();
    }

    /** The ZeroMQ address of one of the ports. */
    String address(int port) { return "tcp://" + ip + ":" + port; }
}
