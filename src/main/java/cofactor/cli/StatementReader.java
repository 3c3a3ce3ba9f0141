package cofactor.cli;

import cofactor.lang.OpenBrackets;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;

/**
 * Reads input a statement at a time, holding at most one statement, as the grammar
 * splits it: a statement ends with its line unless a bracket or a string is still open
 * ({@link OpenBrackets}). Each {@link #next()} returns the next run of whole lines that
 * ends outside any bracket (it may hold several statements separated by {@code ;}),
 * with the number of its first line, so errors name true lines.
 *
 * <p>Lines are decoded as strict UTF-8. A line that is not UTF-8, and a statement longer
 * than the limit, are reported as {@link BadInput} with their place; the rest of that
 * statement is then read and dropped, so a reader that goes on (the piped REPL) resumes
 * at the next statement, and /dev/zero costs no memory.
 */
final class StatementReader {
    /**
     * Parsing takes 200 to 400 bytes of memory per byte of source (tokens, parse tree and
     * syntax tree at once: a 600 KB sum needed more than a 128 MB heap), so a 1 MiB statement
     * needs a few hundred MB. A 300×300 matrix typed out is a third of it.
     */
    static final int MAX_STATEMENT_BYTES = 1 << 20;

    /** Whole lines of source and the number of the first. */
    record Lines(String text, int firstLine) {}

    /** Input that cannot be a statement, with its place: line, and column when known (else 0). */
    static final class BadInput extends Exception {
        final int line, column;

        BadInput(int line, int column, String message) {
            super(message);
            this.line = line;
            this.column = column;
        }
    }

    private final InputStream in;
    private final boolean commands;
    private final int maxBytes;
    private final OpenBrackets open = new OpenBrackets();
    private final CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
    private final byte[] buffer = new byte[1 << 16];
    private int pos, limit;
    private byte[] line = new byte[256];
    private int lineLength;
    private int lineNumber;             // lines begun so far
    private boolean atLineStart = true;
    private boolean skipping;           // the rest of a bad statement is still to be dropped

    /**
     * @param commands whether a line starting with {@code :} is a REPL command, complete by
     *     itself whatever brackets it holds ({@code :save f(1).cof})
     */
    StatementReader(InputStream in, boolean commands, int maxBytes) {
        this.in = in;
        this.commands = commands;
        this.maxBytes = maxBytes;
    }

    /** The next complete lines, or null at the end of the input. */
    Lines next() throws IOException, BadInput {
        if (skipping) skipRestOfStatement();
        StringBuilder text = new StringBuilder();
        int first = lineNumber + 1;
        long used = 0;
        while (readLine(first, used)) {
            used += lineLength + 1;
            boolean firstLine = text.length() == 0;
            appendDecoded(text);
            if (!atLineStart) break; // the input's last line, without a line break
            text.append('\n');
            if (commands && firstLine && text.toString().strip().startsWith(":") || !open.incomplete()) {
                open.reset();
                return new Lines(text.toString(), first);
            }
        }
        open.reset();
        return text.length() == 0 && lineNumber < first ? null : new Lines(text.toString(), first);
    }

    /** Reads one line's bytes, without its line break, feeding the brackets; false at the end of input. */
    private boolean readLine(int first, long used) throws IOException, BadInput {
        lineLength = 0;
        int b = read();
        if (b < 0) return false;
        while (b >= 0 && b != '\n') {
            open.feed(b);
            if (used + lineLength >= maxBytes) {
                skipping = true;
                throw new BadInput(first, 0, "statement too long: over " + megabytes(maxBytes)
                        + " from this line on; split it into smaller statements");
            }
            if (lineLength == line.length) line = Arrays.copyOf(line, (int) Math.min(maxBytes, 2L * line.length));
            line[lineLength++] = (byte) b;
            b = read();
        }
        if (b == '\n') open.feed(b);
        return true;
    }

    /** Decodes the line just read; a byte that is not UTF-8 is reported with its line and column. */
    private void appendDecoded(StringBuilder text) throws BadInput {
        ByteBuffer bytes = ByteBuffer.wrap(line, 0, lineLength);
        CharBuffer chars = CharBuffer.allocate(lineLength);
        utf8.reset();
        CoderResult r = utf8.decode(bytes, chars, true);
        if (!r.isError()) r = utf8.flush(chars);
        if (r.isError()) {
            skipping = true;
            int column = Character.codePointCount(chars.array(), 0, chars.position()) + 1;
            throw new BadInput(lineNumber, column, String.format(Locale.ROOT,
                    "not UTF-8 text (byte 0x%02X); save the file as UTF-8", line[bytes.position()] & 0xff));
        }
        text.append(chars.array(), 0, chars.position());
    }

    /** After a bad statement: the rest of its line, and lines after it until its brackets close. */
    private void skipRestOfStatement() throws IOException {
        while (!atLineStart || open.incomplete()) {
            int b = read();
            if (b < 0) break;
            open.feed(b);
        }
        open.reset();
        skipping = false;
    }

    private int read() throws IOException {
        if (pos == limit) {
            limit = in.read(buffer, 0, buffer.length);
            pos = 0;
            if (limit <= 0) {
                limit = 0;
                return -1;
            }
        }
        int b = buffer[pos++] & 0xff;
        if (atLineStart) lineNumber++;
        atLineStart = b == '\n';
        return b;
    }

    private static String megabytes(int bytes) {
        return bytes % (1 << 20) == 0 ? bytes / (1 << 20) + " MB" : bytes + " bytes";
    }
}
