package cofactor.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cofactor.lang.Session;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import org.jline.terminal.Size;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A whole REPL session typed into a JLine terminal over piped streams (80×24; Ctrl-C during
 * a computation is the terminal's interrupt signal, as a tty sends it): a matrix over two lines, det, %, d(%, x), a bound name and clear, a 9×9
 * determinant shortened with its count and then shown whole, Ctrl-C during a 10×10
 * determinant with its status line on screen, :help. (Tab does not complete on JLine's dumb
 * terminal; {@link CompletionTest} asks the completer itself.)
 */
class TerminalSessionTest {
    private static final int WIDTH = 80, HEIGHT = 24;

    @Test void aSessionAsTyped(@TempDir Path dir) throws Exception {
        Keys keys = new Keys();
        Screen screen = new Screen();
        Terminal terminal = TerminalBuilder.builder().system(false).streams(keys, screen).type("dumb")
                .size(new Size(WIDTH, HEIGHT)).encoding(StandardCharsets.UTF_8).build();
        int[] status = {-1};
        Thread repl = new Thread(() -> {
            try (Evaluator ev = new Evaluator()) {
                status[0] = new Repl(new Session()).runOn(terminal, ev, dir.resolve("history"));
            }
        }, "repl-under-test");
        repl.start();
        screen.waitFor("Ctrl-D to quit.\r\n> ");

        String grid = screen.after(() -> keys.type("A = [[x, x^2],\n     [1, sin x]]\n"), "]\r\n> ");
        assertTrue(grid.contains("[ x   x^2    ]\r\n[ 1   sin(x) ]"), grid);
        assertTrue(screen.after(() -> keys.type("det(A)\n"), "\n> ").contains("x*sin(x) - x^2\r\n"));
        assertTrue(screen.after(() -> keys.type("%\n"), "\n> ").contains("x*sin(x) - x^2\r\n"));
        // d/dx (x sin x - x^2) = sin x + x cos x - 2x, by hand
        assertTrue(screen.after(() -> keys.type("d(%, x)\n"), "\n> ").contains("x*cos(x) + sin(x) - 2*x\r\n"));

        screen.after(() -> keys.type("x = 5\n"), "\n> ");
        String bound = screen.after(() -> keys.type("d(x^2, x)\n"), "\n> ");
        assertTrue(bound.contains("x is bound to 5: clear(x) makes it a symbol again"), bound);
        assertTrue(screen.after(() -> keys.type("clear(x)\n"), "\n> ").contains("x is a symbol again"));
        assertTrue(screen.after(() -> keys.type("d(x^2, x)\n"), "\n> ").contains("2*x\r\n"));

        // 9! = 362 880 terms: about two screens at most, head and tail with the count between
        String shortened = screen.after(() -> keys.type("det(matrix(a, 9, 9))\n"), "the whole result)\r\n> ");
        assertTrue(shortened.contains(" more terms … "), shortened);
        assertTrue(shortened.contains("(Ctrl-C stops it)"), "the status line showed while it ran: " + shortened);
        shortened = visible(shortened);
        assertTrue(LongOutput.screenLines(shortened, WIDTH) <= 2 * HEIGHT, shortened);
        java.util.regex.Matcher note = java.util.regex.Pattern.compile("\\(([0-9 ]+) characters in all").matcher(shortened);
        assertTrue(note.find(), shortened);
        long total = Long.parseLong(note.group(1).replace(" ", ""));
        String seen = visible(screen.after(() -> keys.type("show(%)\n"), "\n> "));
        assertTrue(seen.startsWith("show(%)\n") && seen.endsWith("\n>"), () -> seen.substring(0, 300));
        String whole = seen.substring("show(%)\n".length(), seen.length() - "\n>".length());
        assertEquals(total, whole.length(), "show(%) prints as many characters as the note counted");
        assertEquals(362_880, LongOutput.terms(whole).size(), "a 9×9 determinant of distinct symbols has 9! terms");

        // a 10×10 determinant (3 628 800 terms) runs for seconds: its status line shows, Ctrl-C stops it
        screen.after(() -> keys.type("det(matrix(a, 10, 10))\n"), "(Ctrl-C stops it)");
        // Ctrl-C as a tty delivers it while no line is read: the terminal's interrupt signal
        // (JLine's emulated line discipline here does not turn the byte into the signal)
        String stopped = screen.after(() -> terminal.raise(Terminal.Signal.INT), "\n> ");
        assertTrue(stopped.contains("error: interrupted"), stopped);
        assertTrue(screen.after(() -> keys.type("1 + 1\n"), "\n> ").contains("2\r\n"), "the session lives on");

        String help = screen.after(() -> keys.type(":help det\n"), "\n> ");
        assertTrue(help.contains("det("), help);

        keys.type("\u0004");
        for (int i = 0; i < 400 && repl.isAlive(); i++) repl.join(25);
        assertTrue(!repl.isAlive(), "Ctrl-D ends the session");
        assertEquals(0, status[0]);
    }

    /** The text as a terminal leaves it: what a carriage return goes back over is overwritten (the status line). */
    private static String visible(String text) {
        StringBuilder sb = new StringBuilder();
        for (String line : text.split("\n", -1)) {
            if (sb.length() > 0) sb.append('\n');
            String l = line.replaceAll("\r+$", ""); // a line break is \r\n, after an echoed Enter \r\r\n
            sb.append(l.substring(l.lastIndexOf('\r') + 1).stripTrailing());
        }
        return sb.toString();
    }

    /** Keys typed into the terminal, as bytes its input pump reads. */
    private static final class Keys extends InputStream {
        private final BlockingQueue<Integer> queue = new LinkedBlockingQueue<>();

        void type(String text) {
            for (byte b : text.getBytes(StandardCharsets.UTF_8)) queue.add(b & 0xff);
        }

        @Override public int read() throws IOException {
            try {
                return queue.take();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("closed", e);
            }
        }

        @Override public int read(byte[] b, int off, int len) throws IOException {
            if (len == 0) return 0;
            b[off] = (byte) read();
            int n = 1;
            for (Integer next; n < len && (next = queue.poll()) != null; n++) b[off + n] = next.byteValue();
            return n;
        }

        @Override public int available() { return queue.size(); }
    }

    /**
     * What the terminal shows, as written; the test waits for text to appear (by polling,
     * never by the clock). Kept as bytes and searched where it grew, as a whole 9×9
     * determinant is 13.8 MB.
     */
    private static final class Screen extends OutputStream {
        private static final int POLLS = 24_000, POLL_MILLIS = 25; // ten minutes on the busiest machine
        private byte[] bytes = new byte[1 << 16];
        private int length;

        @Override public synchronized void write(int b) {
            grow(1);
            bytes[length++] = (byte) b;
        }

        @Override public synchronized void write(byte[] b, int off, int len) {
            grow(len);
            System.arraycopy(b, off, bytes, length, len);
            length += len;
        }

        private void grow(int more) {
            if (length + more > bytes.length) bytes = java.util.Arrays.copyOf(bytes, Math.max(2 * bytes.length, length + more));
        }

        synchronized int length() { return length; }

        synchronized String text(int from, int to) { return new String(bytes, from, to - from, StandardCharsets.UTF_8); }

        /** Where {@code text} ends, searching from {@code from}; -1 when it has not appeared. */
        private synchronized int find(byte[] text, int from) {
            outer:
            for (int i = from; i + text.length <= length; i++) {
                for (int k = 0; k < text.length; k++) if (bytes[i + k] != text[k]) continue outer;
                return i + text.length;
            }
            return -1;
        }

        void waitFor(String text) throws InterruptedException { waitFor(text, 0); }

        private int waitFor(String text, int from) throws InterruptedException {
            byte[] t = text.getBytes(StandardCharsets.UTF_8);
            int searched = from;
            for (int i = 0; i < POLLS; i++) {
                int end = find(t, searched);
                if (end >= 0) return end;
                searched = Math.max(from, length() - t.length + 1);
                Thread.sleep(POLL_MILLIS);
            }
            int l = length();
            throw new AssertionError("never appeared: " + text + "\nscreen ends with:\n" + text(Math.max(0, l - 2000), l));
        }

        /** Does {@code action} and returns what the screen shows from then until {@code end} appears. */
        String after(Runnable action, String end) throws InterruptedException {
            int from = length();
            action.run();
            int to = waitFor(end, from);
            return text(from, to);
        }
    }
}
