package cofactor.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.zeromq.SocketType;
import org.zeromq.ZContext;
import org.zeromq.ZFrame;
import org.zeromq.ZMQ;
import org.zeromq.ZMsg;

/**
 * A Jupyter client as jupyter_client is one, written from the protocol's documentation
 * and not from the kernel's code: DEALER sockets to shell and control, SUB to iopub, REQ to
 * the heartbeat; every message framed with {@code <IDS|MSG>} and signed with its own
 * HMAC-SHA256, and every message received checked against the same key.
 */
final class KernelClient implements AutoCloseable {
    /** A received message: its type, the id of the request it answers, and its content. */
    record Received(String type, String parentId, JsonNode content) {}

    /** How long a receive waits before the test fails: a guard against a kernel that never answers, not a measurement. */
    private static final int GUARD_MILLIS = 120_000;

    private final ObjectMapper json = new ObjectMapper();
    private final ZContext context = new ZContext();
    private final ConnectionFile connection;
    final ZMQ.Socket shell, control, iopub, hb;

    KernelClient(ConnectionFile connection) {
        this.connection = connection;
        shell = connect(SocketType.DEALER, connection.shellPort());
        control = connect(SocketType.DEALER, connection.controlPort());
        hb = connect(SocketType.REQ, connection.hbPort());
        iopub = connect(SocketType.SUB, connection.iopubPort());
        iopub.subscribe(new byte[0]);
    }

    private ZMQ.Socket connect(SocketType type, int port) {
        ZMQ.Socket s = context.createSocket(type);
        s.setReceiveTimeOut(GUARD_MILLIS);
        s.connect("tcp://" + connection.ip() + ":" + port);
        return s;
    }

    /** Sends a request signed with the connection's key; returns its msg_id. */
    String send(ZMQ.Socket socket, String type, ObjectNode content) { return send(socket, type, content, connection.key()); }

    /** Sends a request signed with {@code key} (a wrong one, to see it refused). */
    String send(ZMQ.Socket socket, String type, ObjectNode content, String key) {
        String id = UUID.randomUUID().toString();
        ObjectNode header = json.createObjectNode();
        header.put("msg_id", id).put("session", "test-session").put("username", "test").put("date", "2026-01-01T00:00:00Z")
                .put("msg_type", type).put("version", "5.3");
        List<byte[]> parts = List.of(bytes(header), bytes(json.createObjectNode()), bytes(json.createObjectNode()), bytes(content));
        ZMsg msg = new ZMsg();
        msg.add("<IDS|MSG>");
        msg.add(hmac(key, parts));
        for (byte[] p : parts) msg.add(p);
        msg.send(socket);
        return id;
    }

    String execute(String code) {
        return send(shell, "execute_request", object().put("code", code).put("silent", false).put("store_history", true)
                .put("allow_stdin", false).put("stop_on_error", true));
    }

    /** The next message on {@code socket}, its signature checked. */
    Received receive(ZMQ.Socket socket) {
        ZMsg msg = ZMsg.recvMsg(socket);
        assertNotNull(msg, "the kernel sent nothing within the guard time");
        return decode(msg);
    }

    private Received decode(ZMsg msg) {
        List<byte[]> frames = new ArrayList<>();
        for (ZFrame f : msg) frames.add(f.getData());
        int d = 0;
        while (!new String(frames.get(d), StandardCharsets.UTF_8).equals("<IDS|MSG>")) d++;
        List<byte[]> parts = frames.subList(d + 2, d + 6);
        assertEquals(hmac(connection.key(), parts), new String(frames.get(d + 1), StandardCharsets.US_ASCII), "the kernel's signature");
        try {
            JsonNode header = json.readTree(parts.get(0)), parent = json.readTree(parts.get(1));
            assertEquals("5.3", header.path("version").asText());
            return new Received(header.path("msg_type").asText(), parent.path("msg_id").asText(null), json.readTree(parts.get(3)));
        } catch (java.io.IOException e) {
            throw new AssertionError("a frame is not JSON", e);
        }
    }

    /** The iopub messages about request {@code id}, up to and without its idle status. */
    List<Received> outputs(String id) {
        List<Received> out = new ArrayList<>();
        while (true) {
            Received r = receive(iopub);
            if (!id.equals(r.parentId())) continue;
            if (r.type().equals("status") && r.content().path("execution_state").asText().equals("idle")) return out;
            out.add(r);
        }
    }

    /** Waits until iopub is subscribed: a PUB socket drops what it sends before a subscriber joins. */
    void awaitIopub() {
        iopub.setReceiveTimeOut(200); // a poll interval, not a measurement: asks again until iopub answers
        try {
            for (int tries = 0; tries < GUARD_MILLIS / 200; tries++) {
                String id = send(shell, "kernel_info_request", object());
                assertEquals("kernel_info_reply", receive(shell).type());
                for (ZMsg m; (m = ZMsg.recvMsg(iopub)) != null; ) {
                    if (id.equals(decode(m).parentId())) return;
                }
            }
            throw new AssertionError("iopub never delivered a status");
        } finally {
            iopub.setReceiveTimeOut(GUARD_MILLIS);
        }
    }

    ObjectNode object() { return json.createObjectNode(); }

    private byte[] bytes(JsonNode node) {
        try {
            return json.writeValueAsBytes(node);
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }

    private static String hmac(String key, List<byte[]> parts) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            for (byte[] p : parts) mac.update(p);
            return HexFormat.of().formatHex(mac.doFinal());
        } catch (GeneralSecurityException e) {
            throw new AssertionError(e);
        }
    }

    @Override public void close() { context.close(); }
}
