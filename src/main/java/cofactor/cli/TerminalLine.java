package cofactor.cli;

import java.io.PrintStream;
import java.util.function.IntSupplier;

/** The status line on a terminal: one line rewritten in place with {@code \r}, cut to the terminal's width. */
final class TerminalLine implements ProgressLine.Screen {
    private final PrintStream out;
    private final IntSupplier width;
    private int shown; // characters of the line now on screen

    TerminalLine(PrintStream out, IntSupplier width) {
        this.out = out;
        this.width = width;
    }

    @Override public void show(String line) {
        int cols = width.getAsInt() > 0 ? width.getAsInt() : LongOutput.DEFAULT_WIDTH;
        if (line.length() >= cols) line = line.substring(0, cols - 1);
        // the cursor waits at the line's start, so what the terminal echoes (^C) lands where erase() erases
        out.print("\r" + line + " ".repeat(Math.max(0, shown - line.length())) + "\r");
        out.flush();
        shown = Math.max(shown, line.length());
    }

    @Override public void erase() {
        if (shown == 0) return;
        out.print("\r" + " ".repeat(shown) + "\r");
        out.flush();
        shown = 0;
    }
}
