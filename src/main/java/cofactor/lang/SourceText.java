package cofactor.lang;

import cofactor.lang.ast.Pos;
import org.antlr.v4.runtime.CharStream;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.misc.Interval;

/** The text being parsed and its name: turns tokens into positions, slices and errors. */
final class SourceText {
    final String name;
    final CharStream chars;
    private final String[] lines;
    final int firstLine;

    /** @param firstLine the number of the text's first line in its source */
    SourceText(String text, String name, int firstLine) {
        this.name = name;
        this.firstLine = firstLine;
        this.chars = CharStreams.fromString(text, name);
        // ANTLR counts lines at '\n' only, so lines are split the same way.
        this.lines = text.split("\n", -1);
    }

    String line(int number) {
        int i = number - firstLine;
        if (i < 0 || i >= lines.length) {
            return "";
        }
        String line = lines[i];
        return line.endsWith("\r") ? line.substring(0, line.length() - 1) : line;
    }

    SyntaxError error(int line, int column, String message) {
        return new SyntaxError(name, line, column, message, line(line));
    }

    SyntaxError at(Token token, String message) {
        Pos p = pos(token);
        return error(p.line(), p.column(), message);
    }

    /** An error just after {@code token}, where something it needed is missing. */
    SyntaxError after(Token token, String message) {
        Pos p = end(token);
        return error(p.line(), p.column(), message);
    }

    static Pos pos(Token token) {
        return new Pos(token.getLine(), token.getCharPositionInLine() + 1);
    }

    /** The position just past a token; only strings may hold line breaks. */
    static Pos end(Token token) {
        String text = token.getText();
        int lastBreak = text.lastIndexOf('\n');
        if (lastBreak < 0) {
            return new Pos(token.getLine(), token.getCharPositionInLine() + 1 + text.codePointCount(0, text.length()));
        }
        int breaks = (int) text.chars().filter(c -> c == '\n').count();
        String tail = text.substring(lastBreak + 1);
        return new Pos(token.getLine() + breaks, tail.codePointCount(0, tail.length()) + 1);
    }

    /** The exact source text from the start of {@code first} to the end of {@code last}. */
    String slice(Token first, Token last) {
        return chars.getText(Interval.of(first.getStartIndex(), last.getStopIndex()));
    }
}
