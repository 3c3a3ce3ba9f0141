package cofactor.kernel;

import cofactor.cli.Version;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintStream;
import org.zeromq.SocketType;
import org.zeromq.ZContext;
import org.zeromq.ZMQ;
import org.zeromq.ZMsg;

/**
 * A Jupyter kernel (messaging protocol 5.3): requests on the shell socket run one at a
 * time on the calling thread; interrupt and shutdown come on the control socket, served by
 * a thread of its own so they reach a cell while it runs; the heartbeat socket echoes on a
 * third. Every message read is checked against the connection's key: one with a wrong
 * signature is logged and dropped, never run. Outputs go out on iopub ({@link Iopub}).
 */
public final class Kernel {
    /** How often a socket's loop looks up from waiting to see whether the kernel is shutting down. */
    private static final int POLL_MILLIS = 100;

    private final ConnectionFile connection;
    private final PrintStream log;
    private final Wire wire;
    private final Notebook notebook = new Notebook();
    private volatile boolean running = true;

    /** A kernel for {@code connection} that logs what it rejects on {@code log}. */
    public Kernel(ConnectionFile connection, PrintStream log) {
        this.connection = connection;
        this.log = log;
        this.wire = new Wire(connection.key());
    }

    /** Binds the sockets and serves until a shutdown request. */
    public void run() {
        try (ZContext context = new ZContext(); notebook) {
            context.setLinger(1000); // a reply sent just before shutdown still leaves
            ZMQ.Socket shell = bind(context, SocketType.ROUTER, connection.shellPort());
            ZMQ.Socket control = bind(context, SocketType.ROUTER, connection.controlPort());
            ZMQ.Socket hb = bind(context, SocketType.REP, connection.hbPort());
            bind(context, SocketType.ROUTER, connection.stdinPort()); // no cell asks for input: bound, never read
            Iopub iopub = new Iopub(bind(context, SocketType.PUB, connection.iopubPort()), wire);
            Thread controlThread = serve("cofactor-kernel-control", control, m -> control(m, control));
            Thread hbThread = thread("cofactor-kernel-heartbeat", () -> {
                while (running) {
                    ZMsg ping = ZMsg.recvMsg(hb);
                    if (ping != null) ping.send(hb);
                }
            });
            iopub.status(null, "starting");
            loop(shell, m -> shell(m, shell, iopub));
            join(controlThread);
            join(hbThread);
        }
    }

    /** SIGINT, when Jupyter interrupts by signal: stops the running cell as an interrupt_request does. */
    public void interrupt() { notebook.interrupt(); }

    private ZMQ.Socket bind(ZContext context, SocketType type, int port) {
        ZMQ.Socket s = context.createSocket(type);
        s.setReceiveTimeOut(POLL_MILLIS);
        s.bind(connection.address(port));
        return s;
    }

    private interface Handler { void handle(Message m); }

    private Thread serve(String name, ZMQ.Socket socket, Handler handler) {
        return thread(name, () -> loop(socket, handler));
    }

    private static Thread thread(String name, Runnable body) {
        Thread t = new Thread(body, name);
        t.setDaemon(true);
        t.start();
        return t;
    }

    private static void join(Thread t) {
        try {
            t.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Reads messages until shutdown; one that is not signed with the key is logged and dropped. */
    private void loop(ZMQ.Socket socket, Handler handler) {
        while (running) {
            ZMsg frames = ZMsg.recvMsg(socket);
            if (frames == null) continue;
            Message m;
            try {
                m = wire.read(frames);
            } catch (Wire.Rejected e) {
                log.println("cofactor kernel: rejected a message: " + e.getMessage());
                continue;
            }
            handler.handle(m);
        }
    }

    private void shell(Message m, ZMQ.Socket shell, Iopub iopub) {
        iopub.status(m, "busy");
        ObjectNode c = m.content(), r = wire.object();
        String type = m.type();
        switch (type) {
            case "kernel_info_request" -> kernelInfo(r);
            case "execute_request" -> execute(m, iopub, r);
            case "complete_request" -> {
                Notebook.Completions found = notebook.complete(c.path("code").asText(), c.path("cursor_pos").asInt());
                ArrayNode matches = r.putArray("matches");
                found.matches().forEach(matches::add);
                r.put("cursor_start", found.start());
                r.put("cursor_end", c.path("cursor_pos").asInt());
                r.putObject("metadata");
                r.put("status", "ok");
            }
            case "inspect_request" -> {
                String help = notebook.inspect(c.path("code").asText(), c.path("cursor_pos").asInt());
                r.put("status", "ok");
                r.put("found", help != null);
                ObjectNode data = r.putObject("data");
                if (help != null) data.put("text/plain", help);
                r.putObject("metadata");
            }
            case "is_complete_request" -> {
                boolean complete = notebook.isComplete(c.path("code").asText());
                r.put("status", complete ? "complete" : "incomplete");
                if (!complete) r.put("indent", "");
            }
            case "history_request" -> r.put("status", "ok").putArray("history");
            case "comm_info_request" -> r.put("status", "ok").putObject("comms");
            case "shutdown_request" -> shutdown(m, r);
            default -> {
                log.println("cofactor kernel: ignored a " + type + " (not part of what this kernel does)");
                iopub.status(m, "idle");
                return;
            }
        }
        send(shell, wire.reply(m, type.replace("_request", "_reply"), r));
        iopub.status(m, "idle");
    }

    private void execute(Message m, Iopub iopub, ObjectNode r) {
        ObjectNode c = m.content();
        Notebook.Executed done = notebook.execute(c.path("code").asText(), c.path("silent").asBoolean(false),
                c.path("store_history").asBoolean(true), iopub, m);
        if (done.error() == null) {
            r.put("status", "ok");
            r.putArray("payload");
            r.putObject("user_expressions");
        } else {
            r.put("status", "error");
            CellOutput.errorContent(r, done.error());
        }
        r.put("execution_count", done.count());
    }

    private void kernelInfo(ObjectNode r) {
        String version = Version.text();
        r.put("status", "ok");
        r.put("protocol_version", Wire.VERSION);
        r.put("implementation", "cofactor");
        r.put("implementation_version", version);
        ObjectNode language = r.putObject("language_info");
        language.put("name", "cofactor");
        language.put("version", version);
        language.put("mimetype", "text/x-cofactor");
        language.put("file_extension", ".cof");
        r.put("banner", "Cofactor " + version + " — exact determinants and derivatives. Tab completes; Shift-Tab shows help.");
        r.putArray("help_links");
    }

    private void control(Message m, ZMQ.Socket control) {
        ObjectNode r = wire.object();
        switch (m.type()) {
            case "interrupt_request" -> {
                notebook.interrupt();
                r.put("status", "ok");
            }
            case "shutdown_request" -> shutdown(m, r);
            case "kernel_info_request" -> kernelInfo(r);
            default -> {
                log.println("cofactor kernel: ignored a " + m.type() + " on the control socket");
                return;
            }
        }
        send(control, wire.reply(m, m.type().replace("_request", "_reply"), r));
    }

    private void shutdown(Message m, ObjectNode r) {
        r.put("status", "ok");
        r.put("restart", m.content().path("restart").asBoolean(false));
        stop();
    }

    /** Ends {@link #run}: every loop stops (after the reply being sent), and a running cell is interrupted. */
    public void stop() {
        running = false;
        notebook.interrupt();
    }

    private void send(ZMQ.Socket socket, Message m) { wire.frames(m).send(socket); }
}
