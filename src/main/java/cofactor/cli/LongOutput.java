package cofactor.cli;

import cofactor.expr.Add;
import cofactor.guard.Interrupts;
import cofactor.lang.MatrixValue;
import cofactor.lang.ScalarValue;
import cofactor.lang.Value;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntSupplier;

/**
 * The REPL's answer to a result longer than about two screens (det(matrix(a, 9, 9)) is
 * 13.8 MB): its head and tail with a count of what was left out between them — terms of a
 * sum, rows of a matrix, else characters — and a pointer to {@code show(%)}, which prints
 * it whole. Files, {@code -e} and pipes print whole results and never come here.
 */
public final class LongOutput {
    /** When the terminal does not say its size. */
    static final int DEFAULT_HEIGHT = 24, DEFAULT_WIDTH = 80;

    private final IntSupplier height, width;

    /** The terminal's size as it is when each result prints (0 or less: unknown). */
    public LongOutput(IntSupplier height, IntSupplier width) {
        this.height = height;
        this.width = width;
    }

    /** {@code shown} (the whole text of {@code value}) as it fits on about two screens. */
    String shorten(Value value, String shown) {
        int rows = known(height.getAsInt(), DEFAULT_HEIGHT), cols = known(width.getAsInt(), DEFAULT_WIDTH);
        if (screenLines(shown, cols) <= 2 * rows) return shown;
        // the head takes half a screen and the tail a quarter, so the whole answer fits on one
        long head = (long) (rows / 2) * cols, tail = (long) Math.max(1, rows / 4) * cols;
        String parts = null;
        if (value instanceof ScalarValue s && s.expr() instanceof Add) {
            parts = pieces(terms(shown), head, tail, "terms", " ");
        } else if (value instanceof MatrixValue) {
            parts = shown.indexOf('\n') >= 0 ? pieces(List.of(shown.split("\n", -1)), head, tail, "rows", "\n")
                    : pieces(rowsOfOneLine(shown), head, tail, "rows", ", ");
        }
        if (parts == null || screenLines(parts, cols) > rows) parts = characters(shown, head, tail);
        return parts + "\n(" + count(shown.length()) + " characters in all: show(%) prints the whole result)";
    }

    private static int known(int size, int otherwise) { return size > 0 ? size : otherwise; }

    /** Lines a text takes on a terminal of this width, long lines wrapping. */
    static long screenLines(String text, int cols) {
        long lines = 0;
        int start = 0;
        while (true) {
            int end = text.indexOf('\n', start);
            int length = (end < 0 ? text.length() : end) - start;
            lines += Math.max(1, (length + cols - 1) / cols);
            if (end < 0) return lines;
            start = end + 1;
        }
    }

    /**
     * Whole pieces from the front while the head's budget lasts, from the back while the
     * tail's does, and the count of those between; null when no more than two would be left out.
     */
    private static String pieces(List<String> all, long head, long tail, String what, String separator) {
        int first = 0, last = all.size();
        for (long used = 0; first < all.size() && used + all.get(first).length() <= head; first++) used += all.get(first).length() + 1;
        for (long used = 0; last > first && used + all.get(last - 1).length() <= tail; last--) used += all.get(last - 1).length() + 1;
        first = Math.max(first, 1); // something of the head, however long
        int omitted = last - first;
        if (omitted <= 2) return null;
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < first; i++) sb.append(i > 0 ? separator : "").append(all.get(i));
        sb.append(separator).append("… ").append(count(omitted)).append(" more ").append(what).append(" …");
        for (int i = last; i < all.size(); i++) sb.append(separator).append(all.get(i));
        return sb.toString();
    }

    /** The terms of a printed sum, each with its sign: "a - b + c" gives "a", "- b", "+ c". */
    static List<String> terms(String sum) {
        List<String> out = new ArrayList<>();
        int depth = 0, start = 0;
        for (int i = 0; i < sum.length(); i++) {
            if ((i & 0xffff) == 0) Interrupts.check();
            char c = sum.charAt(i);
            if (c == '(' || c == '[') depth++;
            else if (c == ')' || c == ']') depth--;
            else if (depth == 0 && i > start && c == ' ' && i + 2 < sum.length()
                    && (sum.charAt(i + 1) == '+' || sum.charAt(i + 1) == '-') && sum.charAt(i + 2) == ' ') {
                out.add(sum.substring(start, i));
                start = i + 1;
            }
        }
        out.add(sum.substring(start));
        return out;
    }

    /** The rows of a matrix printed on one line, "[[a, b], [c, d]]": "[[a, b]", "[c, d]]". */
    static List<String> rowsOfOneLine(String matrix) {
        List<String> out = new ArrayList<>();
        int depth = 0, start = 0;
        for (int i = 0; i < matrix.length(); i++) {
            char c = matrix.charAt(i);
            if (c == '(' || c == '[') depth++;
            else if (c == ')' || c == ']') depth--;
            else if (depth == 1 && c == ',' && i + 1 < matrix.length() && matrix.charAt(i + 1) == ' ' && matrix.charAt(i + 2) == '[') {
                out.add(matrix.substring(start, i));
                start = i + 2;
            }
        }
        out.add(matrix.substring(start));
        return out;
    }

    private static String characters(String shown, long head, long tail) {
        int h = (int) Math.min(head, shown.length()), t = (int) Math.min(tail, shown.length() - h);
        return shown.substring(0, h) + "\n… " + count(shown.length() - h - t) + " more characters …\n" + shown.substring(shown.length() - t);
    }

    /** 362880 as "362 880": groups of three digits, as the count is read at a glance. */
    static String count(long n) {
        String digits = Long.toString(n);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < digits.length(); i++) {
            if (i > 0 && (digits.length() - i) % 3 == 0) sb.append(' ');
            sb.append(digits.charAt(i));
        }
        return sb.toString();
    }
}
