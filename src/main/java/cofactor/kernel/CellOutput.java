package cofactor.kernel;

import cofactor.cli.ProgressLine;
import cofactor.cli.Runner;
import cofactor.lang.LatexForm;
import cofactor.lang.Report;
import cofactor.lang.Value;
import cofactor.plot.ChartFile;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.UUID;

/**
 * What one cell shows, sent on iopub about its execute_request as it happens: the last value
 * as the cell's {@code execute_result} (its text, and its LaTeX for the notebook to typeset),
 * the values before it and every chart as {@code display_data} (a chart as PNG and SVG),
 * warnings on the stderr stream, an error as an {@code error} message with the REPL's
 * {@code error:} line, and the status line of a long statement as one output updated in place.
 * A silent cell shows nothing.
 */
final class CellOutput implements Runner.Output, ProgressLine.Screen {
    private final Iopub iopub;
    private final Message request;
    private final int count;
    private final boolean silent;
    private ObjectNode pending; // the latest value's data: the cell's result, unless more output follows
    private String statusId;    // the display id of the status line showing, or null
    private boolean showedOther; // whether anything but the status line has been shown
    private String error;       // the cell's error, or null

    CellOutput(Iopub iopub, Message request, int count, boolean silent) {
        this.iopub = iopub;
        this.request = request;
        this.count = count;
        this.silent = silent;
    }

    @Override public synchronized void result(Value value, String shown, boolean whole) {
        showPending();
        ObjectNode data = iopub.object();
        data.put("text/plain", shown);
        if (value instanceof Report r && r.chart() != null) {
            data.put("image/png", Base64.getEncoder().encodeToString(ChartFile.png(r.chart())));
            data.put("image/svg+xml", svgElement(new String(ChartFile.svg(r.chart()), StandardCharsets.UTF_8)));
            display(data);
            return;
        }
        // a shortened result is not typeset: its LaTeX would be the whole of it
        String tex = whole ? LatexForm.of(value) : null;
        if (tex != null) data.put("text/latex", "$\\displaystyle " + tex + "$");
        pending = data;
    }

    /**
     * The {@code <svg>} element of an SVG document: a notebook puts it inside its HTML, where
     * the document's XML declaration does not belong (nbconvert's HTML export fails on it).
     */
    private static String svgElement(String document) { return document.substring(Math.max(0, document.indexOf("<svg"))); }

    @Override public synchronized void error(String text) {
        showPending();
        error = text;
        publish("error", errorContent(iopub.object(), text));
    }

    /** The fields an error message and an error reply share: the {@code error:} line, and all the text (a syntax error's caret too) as the traceback. */
    static ObjectNode errorContent(ObjectNode c, String text) {
        c.put("ename", "error");
        c.put("evalue", text.lines().findFirst().orElse("").replaceFirst("^error: ", ""));
        ArrayNode traceback = c.putArray("traceback");
        text.lines().forEach(traceback::add);
        return c;
    }

    @Override public synchronized void show(String line) {
        showPending();
        ObjectNode data = iopub.object();
        data.put("text/plain", line);
        if (statusId == null) {
            statusId = UUID.randomUUID().toString();
            publish("display_data", displayContent(data, statusId));
        } else {
            publish("update_display_data", displayContent(data, statusId));
        }
    }

    /**
     * A notebook cannot take one output away: a status line that is the cell's only output
     * goes with the whole output area (clear_output), else it is emptied in place.
     */
    @Override public synchronized void erase() {
        if (statusId == null) return;
        if (showedOther) {
            ObjectNode data = iopub.object();
            data.put("text/plain", "");
            publish("update_display_data", displayContent(data, statusId));
        } else {
            publish("clear_output", iopub.object().put("wait", false));
        }
        statusId = null;
    }

    /** Where warnings go: each line the session prints on the stderr stream. */
    PrintStream warnings() { return printer("stderr", true); }

    /** Where a command's text goes: on the stdout stream, all of it when the stream is closed. */
    PrintStream text() { return printer("stdout", false); }

    private PrintStream printer(String name, boolean eachLine) {
        return new PrintStream(new ByteArrayOutputStream() {
            @Override public void flush() {
                if (size() == 0) return;
                String text = toString(StandardCharsets.UTF_8);
                reset();
                stream(name, text);
            }
        }, eachLine, StandardCharsets.UTF_8);
    }

    private synchronized void stream(String name, String text) {
        showPending();
        ObjectNode c = iopub.object();
        c.put("name", name);
        c.put("text", text);
        publish("stream", c);
    }

    /** The cell ended: its last value is its result, numbered with the cell. Returns the cell's error, or null. */
    synchronized String finish() {
        if (pending != null) {
            ObjectNode c = iopub.object();
            c.put("execution_count", count);
            c.set("data", pending);
            c.putObject("metadata");
            publish("execute_result", c);
            pending = null;
        }
        return error;
    }

    /** A value followed by more output is shown where it came, as display_data. */
    private void showPending() {
        if (pending == null) return;
        display(pending);
        pending = null;
    }

    private void display(ObjectNode data) { publish("display_data", displayContent(data, null)); }

    private ObjectNode displayContent(ObjectNode data, String displayId) {
        ObjectNode c = iopub.object();
        c.set("data", data);
        c.putObject("metadata");
        if (displayId != null) c.putObject("transient").put("display_id", displayId);
        return c;
    }

    private void publish(String type, ObjectNode content) {
        if (silent) return;
        iopub.publish(request, type, content);
        if (!content.path("transient").has("display_id") && !type.equals("clear_output")) showedOther = true;
    }
}
