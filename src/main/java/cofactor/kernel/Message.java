package cofactor.kernel;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * One message of the Jupyter protocol: the routing identities before the delimiter (a
 * ROUTER socket's way back to the client; the topic on iopub), then header, parent header,
 * metadata and content.
 */
record Message(List<byte[]> identities, ObjectNode header, ObjectNode parent, ObjectNode metadata, ObjectNode content) {
    String type() { return header.path("msg_type").asText(); }

    String id() { return header.path("msg_id").asText(); }
}
