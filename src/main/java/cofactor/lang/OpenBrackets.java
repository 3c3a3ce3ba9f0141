package cofactor.lang;

/**
 * Whether input read so far stops inside an open {@code (} or {@code [} or an open string,
 * so a reader should take another line before parsing: the grammar lets only those span
 * lines. Fed a character at a time, it looks at each once, so reading a statement of n
 * lines costs O(n) however long its brackets stay open.
 *
 * <p>It knows only the lexical rules that matter here, as the grammar states them: brackets;
 * strings, which span lines and take backslash escapes (a trailing lone backslash leaves
 * one open); and {@code #} comments, which end at a line break ({@code \n} or {@code \r}).
 * A closing bracket that matches nothing, or the wrong kind, makes the input certainly
 * wrong: it then counts as complete, so its error shows at once. Every character that
 * matters is ASCII, so UTF-8 bytes may be fed in place of characters.
 */
public final class OpenBrackets {
    private final StringBuilder closers = new StringBuilder(); // expected closing brackets, innermost last
    private boolean inString, escaped, inComment, mismatched;

    public void feed(int c) {
        if (inString) {
            if (escaped) escaped = false;
            else if (c == '\\') escaped = true;
            else if (c == '"') inString = false;
        } else if (inComment) {
            inComment = c != '\n' && c != '\r';
        } else {
            switch (c) {
                case '(' -> closers.append(')');
                case '[' -> closers.append(']');
                case ')', ']' -> {
                    int last = closers.length() - 1;
                    if (last < 0 || closers.charAt(last) != c) mismatched = true;
                    else closers.setLength(last);
                }
                case '"' -> inString = true;
                case '#' -> inComment = true;
                default -> { }
            }
        }
    }

    public void feed(CharSequence text) {
        for (int i = 0; i < text.length(); i++) feed(text.charAt(i));
    }

    /** True while a bracket or a string is open (and no closing bracket was wrong). */
    public boolean incomplete() {
        return !mismatched && (inString || closers.length() > 0);
    }

    /** Forgets everything: the next character starts new input. */
    public void reset() {
        closers.setLength(0);
        inString = escaped = inComment = mismatched = false;
    }
}
