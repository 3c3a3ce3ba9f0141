package cofactor.kernel;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.zeromq.ZFrame;
import org.zeromq.ZMsg;

/**
 * The wire protocol, version 5.3: a message's frames are its identities, the delimiter
 * {@code <IDS|MSG>}, the signature, then header, parent header, metadata and content as
 * JSON (and binary buffers, which this kernel neither needs nor sends). A message whose
 * signature is wrong is {@link Rejected}, never read further.
 */
final class Wire {
    static final String VERSION = "5.3";
    private static final byte[] DELIMITER = "<IDS|MSG>".getBytes(StandardCharsets.US_ASCII);

    /** Frames that are not a message of this connection: unsigned, wrongly signed, or not the protocol. */
    static final class Rejected extends Exception {
        Rejected(String reason) { super(reason); }
    }

    private final ObjectMapper json = new ObjectMapper();
    private final Signer signer;
    private final String session = UUID.randomUUID().toString(); // this kernel's messages' session

    Wire(String key) { this.signer = new Signer(key); }

    ObjectNode object() { return json.createObjectNode(); }

    Message read(ZMsg msg) throws Rejected {
        List<byte[]> frames = new ArrayList<>();
        for (ZFrame f : msg) frames.add(f.getData());
        int d = 0;
        while (d < frames.size() && !Arrays.equals(frames.get(d), DELIMITER)) d++;
        if (frames.size() < d + 6) throw new Rejected("not a Jupyter message (no <IDS|MSG> and five frames after it)");
        List<byte[]> signed = frames.subList(d + 2, d + 6);
        if (!signer.verify(frames.get(d + 1), signed)) throw new Rejected("wrong signature");
        return new Message(List.copyOf(frames.subList(0, d)), parse(signed.get(0)), parse(signed.get(1)), parse(signed.get(2)), parse(signed.get(3)));
    }

    private ObjectNode parse(byte[] frame) throws Rejected {
        try {
            JsonNode node = json.readTree(frame);
            if (node instanceof ObjectNode o) return o;
        } catch (IOException e) {
            // reported below as what it is
        }
        throw new Rejected("a part is not a JSON object");
    }

    ZMsg frames(Message m) {
        ZMsg msg = new ZMsg();
        for (byte[] id : m.identities()) msg.add(id);
        List<byte[]> parts = List.of(bytes(m.header()), bytes(m.parent()), bytes(m.metadata()), bytes(m.content()));
        msg.add(DELIMITER);
        msg.add(signer.sign(parts));
        for (byte[] p : parts) msg.add(p);
        return msg;
    }

    private byte[] bytes(ObjectNode node) {
        try {
            return json.writeValueAsBytes(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a tree of JSON nodes always writes", e);
        }
    }

    /** A new message of {@code type} answering {@code parent}, routed back to where the parent came from. */
    Message reply(Message parent, String type, ObjectNode content) {
        return new Message(parent.identities(), header(type), parent.header(), object(), content);
    }

    /** A message on iopub, its topic its type, about the request {@code parent} (null: about none). */
    Message broadcast(Message parent, String type, ObjectNode content) {
        return new Message(List.of(type.getBytes(StandardCharsets.UTF_8)), header(type), parent == null ? object() : parent.header(), object(), content);
    }

    private ObjectNode header(String type) {
        ObjectNode h = object();
        h.put("msg_id", UUID.randomUUID().toString());
        h.put("session", session);
        h.put("username", "cofactor");
        h.put("date", Instant.now().toString());
        h.put("msg_type", type);
        h.put("version", VERSION);
        return h;
    }
}
