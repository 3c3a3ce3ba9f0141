package cofactor.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cofactor.kernel.KernelClient.Received;
import cofactor.lang.Help;
import cofactor.lang.Session;
import com.fasterxml.jackson.databind.JsonNode;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The kernel driven through real ZeroMQ sockets as a Jupyter client drives it: each test
 * starts a kernel on free ports with a fresh key, talks to it with signed messages, and
 * shuts it down through the control socket. Expected values are derived by hand.
 */
class KernelTest {
    private final ByteArrayOutputStream log = new ByteArrayOutputStream();
    private Thread kernelThread;
    private KernelClient client;

    @BeforeEach void start() throws IOException {
        // five free ports, all held at once so that the system cannot hand out one of them twice
        int[] ports = new int[5];
        ServerSocket[] held = new ServerSocket[ports.length];
        try {
            for (int i = 0; i < ports.length; i++) {
                held[i] = new ServerSocket(0);
                ports[i] = held[i].getLocalPort();
            }
        } finally {
            for (ServerSocket s : held) if (s != null) s.close();
        }
        ConnectionFile connection = new ConnectionFile("127.0.0.1", ports[0], ports[1], ports[2], ports[3], ports[4], UUID.randomUUID().toString());
        Kernel kernel = new Kernel(connection, new PrintStream(log, true, StandardCharsets.UTF_8));
        kernelThread = new Thread(kernel::run, "kernel-under-test");
        kernelThread.start();
        client = new KernelClient(connection);
        client.awaitIopub();
    }

    @AfterEach void shutDown() throws InterruptedException {
        String id = client.send(client.control, "shutdown_request", client.object().put("restart", false));
        Received reply = client.receive(client.control);
        assertEquals("shutdown_reply", reply.type());
        assertEquals(id, reply.parentId());
        assertEquals("ok", reply.content().path("status").asText());
        kernelThread.join(120_000); // a guard: the kernel ends long before
        assertFalse(kernelThread.isAlive(), "the kernel ended after shutdown_request");
        client.close();
    }

    /** Runs a cell; returns its reply, and its iopub messages in {@code outputs}. */
    private JsonNode run(String code, List<Received> outputs) {
        String id = client.execute(code);
        outputs.addAll(client.outputs(id));
        Received reply = client.receive(client.shell);
        assertEquals("execute_reply", reply.type());
        assertEquals(id, reply.parentId());
        return reply.content();
    }

    private static Received only(List<Received> outputs, String type) {
        List<Received> of = outputs.stream().filter(r -> r.type().equals(type)).toList();
        assertEquals(1, of.size(), type + " in " + outputs);
        return of.get(0);
    }

    /** The outputs but a long statement's status line (on a busy machine even a plot may take a second). */
    private static List<Received> withoutStatusLines(List<Received> outputs) {
        return outputs.stream().filter(r -> !r.content().has("transient")).toList();
    }

    private static JsonNode result(List<Received> outputs) { return only(outputs, "execute_result").content(); }

    @Test void aResultIsItsTextAndItsLatexWithTheCellsCount() {
        List<Received> out = new ArrayList<>();
        JsonNode reply = run("A = [[x, x^2], [1, sin x]]", out);
        assertEquals("ok", reply.path("status").asText());
        assertEquals(1, reply.path("execution_count").asInt());
        assertEquals("busy", out.get(0).content().path("execution_state").asText(), "busy comes first");
        assertEquals("A = [[x, x^2], [1, sin x]]", only(out, "execute_input").content().path("code").asText());
        assertEquals("$\\displaystyle \\begin{pmatrix} x & x^{2} \\\\ 1 & \\sin\\left(x\\right) \\end{pmatrix}$",
                result(out).path("data").path("text/latex").asText());

        // det A = x sin x - x^2, so d/dx = sin x + x cos x - 2x
        out.clear();
        reply = run("d(det(A), x)", out);
        assertEquals(2, reply.path("execution_count").asInt());
        JsonNode r = result(out);
        assertEquals(2, r.path("execution_count").asInt());
        assertEquals("x*cos(x) + sin(x) - 2*x", r.path("data").path("text/plain").asText());
        assertEquals("$\\displaystyle x \\cos\\left(x\\right) + \\sin\\left(x\\right) - 2 x$", r.path("data").path("text/latex").asText());

        // % is the previous cell's result: d/dx (x cos x + sin x - 2x) = 2 cos x - x sin x - 2
        out.clear();
        reply = run("d(%, x)", out);
        assertEquals(3, reply.path("execution_count").asInt());
        assertEquals("2*cos(x) - x*sin(x) - 2", result(out).path("data").path("text/plain").asText());
    }

    @Test void valuesBeforeTheLastAreDisplayedAndALongOneIsShortenedWithoutLatex() {
        List<Received> out = new ArrayList<>();
        // (1 + x + y + z)^30 has C(33, 3) = 5456 terms: far over two pages of 100 × 30
        run("1 + 1\nexpand((1 + x + y + z)^30)", out);
        // a status line may show too (printing 145 000 characters takes a while on a busy machine): it is an output of its own
        JsonNode first = only(withoutStatusLines(out), "display_data").content().path("data");
        assertEquals("2", first.path("text/plain").asText());
        JsonNode last = result(out).path("data");
        assertTrue(last.path("text/plain").asText().contains("more terms …"), last.toString());
        assertTrue(last.path("text/plain").asText().endsWith("characters in all: show(%) prints the whole result)"));
        assertFalse(last.has("text/latex"), "a shortened result is not typeset");
    }

    @Test void aPlotIsAnInlineImage() throws IOException {
        List<Received> out = new ArrayList<>();
        JsonNode reply = run("r = minimize((x - 1)^2 + (y + 2)^2, [x, y], start = [0, 0]);\nplot(r)", out);
        assertEquals("ok", reply.path("status").asText());
        JsonNode data = only(withoutStatusLines(out), "display_data").content().path("data");
        BufferedImage png = ImageIO.read(new ByteArrayInputStream(Base64.getDecoder().decode(data.path("image/png").asText())));
        assertEquals(800, png.getWidth());
        assertEquals(500, png.getHeight());
        assertTrue(data.path("image/svg+xml").asText().startsWith("<svg"), "an SVG element, without the XML declaration HTML cannot hold");
        assertTrue(data.path("text/plain").asText().startsWith("loss of "), "the REPL's text chart besides");
    }

    @Test void anErrorIsTheReplsErrorLineAndNeverATrace() {
        List<Received> out = new ArrayList<>();
        JsonNode reply = run("a = 1; det([[1, 2, 3]]); b = 2", out);
        String line = "error: det: needs a square matrix, got 1×3 (the rest of the line was not run: 1 more statement)";
        assertEquals("error", reply.path("status").asText());
        assertEquals(line.substring("error: ".length()), reply.path("evalue").asText());
        assertEquals(List.of(line), texts(reply.path("traceback")));
        assertEquals(List.of(line), texts(only(out, "error").content().path("traceback")));

        out.clear();
        reply = run("det((", out);
        assertEquals(List.of("error: cell:1:6: unexpected end of input, expected an expression", "  det((", "       ^"),
                texts(reply.path("traceback")));
        assertEquals(2, reply.path("execution_count").asInt(), "a cell that failed still counts");
    }

    private static List<String> texts(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }

    @Test void aWronglySignedMessageIsDroppedAndTheKernelGoesOn() {
        client.send(client.shell, "execute_request", client.object().put("code", "leak = 1").put("silent", false), "not-the-key");
        String id = client.send(client.shell, "kernel_info_request", client.object());
        Received reply = client.receive(client.shell);
        assertEquals(id, reply.parentId(), "the first reply answers the signed request: the other got none");
        assertEquals("cofactor", reply.content().path("language_info").path("name").asText());
        assertTrue(log.toString(StandardCharsets.UTF_8).contains("rejected a message: wrong signature"), log.toString(StandardCharsets.UTF_8));
        List<Received> out = new ArrayList<>();
        run("leak", out);
        assertEquals("leak", result(out).path("data").path("text/plain").asText(), "leak was never bound");
    }

    @Test void anInterruptStopsALongDeterminantAndTheSessionGoesOn() {
        List<Received> out = new ArrayList<>();
        run("keep = [[1, 2], [3, 4]]; g(t) = t^2;", out);
        // an 11×11 generic determinant has 39 916 800 terms: minutes of work, past the default term limit
        String id = client.execute("set(maxterms = 10^9); det(matrix(a, 11, 11))");
        Received status;
        do {
            status = client.receive(client.iopub);
        } while (!status.type().equals("display_data"));
        assertEquals(id, status.parentId());
        String line = status.content().path("data").path("text/plain").asText();
        assertTrue(line.contains("det: 11×11") && line.endsWith("(interrupt the kernel to stop it)"), line);
        assertFalse(status.content().path("transient").path("display_id").asText().isEmpty(), "the status line is one output, updated in place");

        client.send(client.control, "interrupt_request", client.object());
        assertEquals("interrupt_reply", client.receive(client.control).type());
        List<Received> rest = client.outputs(id);
        assertEquals(List.of("error: interrupted"), texts(only(rest, "error").content().path("traceback")));
        List<String> types = rest.stream().map(Received::type).filter(t -> !t.equals("update_display_data")).toList();
        assertEquals(List.of("clear_output", "error"), types, "the status line, the cell's only output, was taken away before the error");
        Received reply = client.receive(client.shell);
        assertEquals("error", reply.content().path("status").asText());

        out.clear();
        run("det(keep) + g(3)", out);
        assertEquals("7", result(out).path("data").path("text/plain").asText(), "-2 + 9, from the bindings made before");
    }

    @Test void completionInspectionAndCompletenessAreTheRepls() {
        List<Received> out = new ArrayList<>();
        run("keep = 1", out);
        JsonNode c = complete("minimize(x^2, [x], me");
        assertTrue(texts(c.path("matches")).contains("method = "), c.toString());
        assertEquals(19, c.path("cursor_start").asInt());
        // cursor positions count code points: the emoji is one, though Java holds it in two chars
        String code = "# 😀\nke";
        c = complete(code);
        assertEquals(List.of("keep"), texts(c.path("matches")));
        assertEquals(4, c.path("cursor_start").asInt());
        assertEquals(6, c.path("cursor_end").asInt());

        JsonNode inspected = request("inspect_request", "det(A)", 2);
        assertTrue(inspected.path("found").asBoolean());
        assertEquals(new Help(new Session().builtins()).about("det"), inspected.path("data").path("text/plain").asText());
        assertFalse(request("inspect_request", "zzz", 1).path("found").asBoolean());

        assertEquals("incomplete", request("is_complete_request", "[[1, 2],", 0).path("status").asText());
        assertEquals("complete", request("is_complete_request", "det([[1, 2], [3, 4]])", 0).path("status").asText());
    }

    /** A cell of colon commands runs them as the REPL does; :quit and :save belong to the notebook and say so, as an error. */
    @Test void aCellOfCommandsRunsThemAsTheReplDoes() {
        List<Received> out = new ArrayList<>();
        run("A = [[1, 2], [3, 4]]; t = tr(A);", out);
        out.clear();
        JsonNode reply = run(":vars\n:help det", out);
        assertEquals("ok", reply.path("status").asText());
        List<Received> streams = out.stream().filter(r -> r.type().equals("stream")).toList();
        assertEquals(1, streams.size(), "the commands' text goes out as one stdout stream: " + out);
        assertEquals("stdout", streams.get(0).content().path("name").asText());
        assertEquals("A = [[1, 2], [3, 4]]\nt = 5\n" + new Help(new Session().builtins()).about("det") + "\n", streams.get(0).content().path("text").asText());

        out.clear();
        reply = run(":vars\n:quit\n:vars", out);
        assertEquals("error", reply.path("status").asText());
        assertEquals(List.of("error: :quit: a notebook's kernel stops from the notebook (Kernel ▸ Shut Down)"), texts(reply.path("traceback")));
        assertEquals(List.of("stream", "error"), out.stream().map(Received::type).filter(t -> t.equals("stream") || t.equals("error")).toList(),
                "the first :vars shows before the error, and nothing runs after it");
        client.hb.send("ping");
        assertEquals("ping", client.hb.recvStr(), "the kernel goes on");
    }

    private JsonNode complete(String code) { return request("complete_request", code, code.codePointCount(0, code.length())); }

    private JsonNode request(String type, String code, int cursor) {
        String id = client.send(client.shell, type, client.object().put("code", code).put("cursor_pos", cursor).put("detail_level", 0));
        Received reply = client.receive(client.shell);
        assertEquals(id, reply.parentId());
        assertEquals(type.replace("_request", "_reply"), reply.type());
        return reply.content();
    }

    @Test void theHeartbeatEchoes() {
        client.hb.send("ping");
        assertEquals("ping", client.hb.recvStr());
    }
}
