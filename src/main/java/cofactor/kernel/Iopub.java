package cofactor.kernel;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.zeromq.ZMQ;

/**
 * The iopub socket, where the kernel shows what it does: a cell's outputs from the shell
 * thread, its status line from the timer's. A ZeroMQ socket serves one thread at a time,
 * so every message goes out through one lock.
 */
final class Iopub {
    private final ZMQ.Socket socket;
    private final Wire wire;

    Iopub(ZMQ.Socket socket, Wire wire) {
        this.socket = socket;
        this.wire = wire;
    }

    synchronized void publish(Message parent, String type, ObjectNode content) {
        wire.frames(wire.broadcast(parent, type, content)).send(socket);
    }

    /** busy while a request is handled, idle after: a client knows its outputs have all come when it sees idle. */
    void status(Message parent, String state) {
        ObjectNode c = wire.object();
        c.put("execution_state", state);
        publish(parent, "status", c);
    }

    ObjectNode object() { return wire.object(); }
}
