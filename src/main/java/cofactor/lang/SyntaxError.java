package cofactor.lang;

/**
 * A syntax error with its place in the source. {@link #getMessage()} is the bare reason
 * ("unexpected ')'"); {@link #format()} renders the three lines the user sees.
 */
public final class SyntaxError extends RuntimeException {
    private final String sourceName;
    private final int line;
    private final int column;
    private final String sourceLine;

    /** line and column are 1-based; column counts code points; sourceLine may be null. */
    public SyntaxError(String sourceName, int line, int column, String message, String sourceLine) {
        super(message);
        this.sourceName = sourceName;
        this.line = line;
        this.column = column;
        this.sourceLine = sourceLine;
    }

    public String sourceName() {
        return sourceName;
    }

    public int line() {
        return line;
    }

    public int column() {
        return column;
    }

    /** The whole source line holding the error, without its line break. */
    public String sourceLine() {
        return sourceLine;
    }

    /** {@code name:line:column}, the "where" of the error line. */
    public String where() {
        return sourceName + ":" + line + ":" + column;
    }

    /**
     * <pre>
     * error: &lt;sourceName&gt;:&lt;line&gt;:&lt;col&gt;: &lt;message&gt;
     *   &lt;the source line&gt;
     *   &lt;spaces&gt;^
     * </pre>
     * No trailing newline. Without a source line only the first line is returned.
     */
    public String format() {
        String head = "error: " + where() + ": " + getMessage();
        if (sourceLine == null) {
            return head;
        }
        // Control characters would beep or move the cursor; one '?' each keeps the caret aligned.
        StringBuilder shown = new StringBuilder();
        StringBuilder caret = new StringBuilder();
        int[] cps = sourceLine.codePoints().toArray();
        for (int i = 0; i < cps.length; i++) {
            int cp = cps[i];
            boolean visible = cp == '\t' || !Character.isISOControl(cp);
            shown.appendCodePoint(visible ? cp : '?');
            if (i < column - 1) {
                caret.append(cp == '\t' ? '\t' : ' '); // a tab in the line stays a tab under it
            }
        }
        caret.append(" ".repeat(Math.max(0, column - 1 - cps.length))).append('^');
        return head + "\n  " + shown + "\n  " + caret;
    }

    @Override
    public String toString() {
        return "SyntaxError: " + where() + ": " + getMessage();
    }
}
