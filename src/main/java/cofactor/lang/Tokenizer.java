package cofactor.lang;

import static cofactor.lang.CofactorLexer.*;

import org.antlr.v4.runtime.CharStream;
import org.antlr.v4.runtime.CommonToken;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.TokenSource;
import org.antlr.v4.runtime.misc.Pair;

/**
 * The lexer rules of Cofactor.g4, written out: the same tokens as the generated CofactorLexer
 * (type, code-point positions, line and column; TokenizerTest compares the two over random text),
 * without its ATN. The generated lexer simulates its ATN to build a DFA anew in every process,
 * which took a one-line run 7-15 ms (lexer set-up and a 130-token statement, interpreted);
 * this is one pass over the code points. As in the grammar, each token is the longest match,
 * and of equal lengths the rule written first wins (only CALL and INDEX, before LPAREN and
 * LBRACK, meet that way).
 */
final class Tokenizer {
    private final int[] cps;
    private final Pair<TokenSource, CharStream> source;
    private int pos, line, column;
    private int nesting; // depth of open ( and [: a newline inside brackets ends no statement
    private Token previous; // the last token handed on (blanks, comments and skipped newlines are not)

    private Tokenizer(CharStream chars, int firstLine) {
        this.cps = new int[chars.size()];
        for (int i = 0; i < cps.length; i++) cps[i] = chars.LA(i + 1 - chars.index());
        this.source = new Pair<>(null, chars);
        this.line = firstLine;
    }

    /** The tokens of {@code chars}, whose first line is line {@code firstLine} of its source. */
    static Tokenizer of(CharStream chars, int firstLine) { return new Tokenizer(chars, firstLine); }

    /** The next token handed to the parser, EOF at the end (and at every call after it). */
    Token next() {
        while (pos < cps.length) {
            int start = pos, type, length;
            int c = cps[pos];
            if (c == '\r' && at(pos + 1) == '\n' || c == '\n') {
                type = NEWLINE;
                length = c == '\n' ? 1 : 2;
            } else if (isBlank(c)) {
                type = WS;
                length = 1;
                while (isBlank(at(pos + length))) length++;
            } else if (c == '#') {
                type = COMMENT;
                length = 1;
                while (pos + length < cps.length && at(pos + length) != '\r' && at(pos + length) != '\n') length++;
            } else {
                length = number(pos);
                if (length > 0) type = NUMBER;
                else if ((length = name(pos)) > 0) type = NAME;
                else if (c == '"') {
                    length = string(pos);
                    type = length < 0 ? UNTERMINATED_STRING : STRING;
                    length = Math.abs(length);
                } else if (c == '.') {
                    type = switch (at(pos + 1)) {
                        case '*' -> DOTSTAR;
                        case '/' -> DOTSLASH;
                        case '^' -> DOTCARET;
                        default -> DOT;
                    };
                    length = type == DOT ? 1 : 2;
                } else {
                    length = 1;
                    type = single(c);
                }
            }
            Token t = token(type, start, length);
            switch (type) {
                case CALL, INDEX, LPAREN, LBRACK -> nesting++;
                case RPAREN, RBRACK -> nesting = Math.max(0, nesting - 1);
                default -> { }
            }
            if (type == WS || type == COMMENT || type == NEWLINE && nesting > 0) continue;
            previous = t;
            return t;
        }
        CommonToken eof = new CommonToken(source, Token.EOF, Token.DEFAULT_CHANNEL, pos, pos - 1);
        eof.setLine(line);
        eof.setCharPositionInLine(column);
        return eof;
    }

    private Token token(int type, int start, int length) {
        CommonToken t = new CommonToken(source, type, Token.DEFAULT_CHANNEL, start, start + length - 1);
        t.setLine(line);
        t.setCharPositionInLine(column);
        for (int i = start; i < start + length; i++) {
            if (cps[i] == '\n') {
                line++;
                column = 0;
            } else {
                column++;
            }
        }
        pos = start + length;
        return t;
    }

    private int at(int i) { return i < cps.length ? cps[i] : -1; }

    /** The length of a NUMBER at i, 0 for none: DIGITS ('.' DIGITS)? EXPONENT? | '.' DIGITS EXPONENT?. */
    private int number(int i) {
        int n = digits(i);
        if (n > 0) {
            if (at(i + n) == '.' && digits(i + n + 1) > 0) n += 1 + digits(i + n + 1);
        } else if (at(i) == '.' && digits(i + 1) > 0) {
            n = 1 + digits(i + 1);
        } else {
            return 0;
        }
        return n + exponent(i + n);
    }

    /** [eE] [+-]? DIGITS, or 0. */
    private int exponent(int i) {
        if (at(i) != 'e' && at(i) != 'E') return 0;
        int sign = at(i + 1) == '+' || at(i + 1) == '-' ? 1 : 0;
        int d = digits(i + 1 + sign);
        return d > 0 ? 1 + sign + d : 0;
    }

    private int digits(int i) {
        int n = 0;
        while (isDigit(at(i + n))) n++;
        return n;
    }

    /** A letter or _, then letters, decimal digits and _ (Unicode's L and Nd; ASCII digits only among ASCII). */
    private int name(int i) {
        int c = at(i);
        if (!(isAsciiLetter(c) || c == '_' || c >= 0x80 && Character.isLetter(c))) return 0;
        int n = 1;
        for (c = at(i + n); isAsciiLetter(c) || isDigit(c) || c == '_' || c >= 0x80 && (Character.isLetter(c) || Character.isDigit(c)); c = at(i + n)) n++;
        return n;
    }

    /** The length of a string at i: positive when closed, negative (to the end of the text) when not. */
    private int string(int i) {
        int n = 1;
        while (i + n < cps.length) {
            int c = cps[i + n];
            if (c == '"') return n + 1;
            n += c == '\\' && i + n + 1 < cps.length ? 2 : 1;
        }
        return -n;
    }

    /** The token of one character, glued brackets deciding calls and indexing. */
    private int single(int c) {
        switch (c) {
            case '(': return gluedTo(NAME) ? CALL : LPAREN;
            case '[': return gluedTo(NAME, RPAREN, RBRACK, QUOTE, PERCENT) ? INDEX : LBRACK;
            case ')': return RPAREN;
            case ']': return RBRACK;
            case '+': return PLUS;
            case '-': return MINUS;
            case '*': return STAR;
            case '/': return SLASH;
            case '^': return CARET;
            case '=': return ASSIGN;
            case '|': return BAR;
            case ',': return COMMA;
            case ';': return SEMI;
            case '%': return PERCENT;
            case '\'': return QUOTE;
            default: return BAD_CHAR;
        }
    }

    /** Whether the token starting at pos touches the previous one, of one of these types. */
    private boolean gluedTo(int... types) {
        if (previous == null || previous.getStopIndex() + 1 != pos) return false;
        for (int type : types) if (previous.getType() == type) return true;
        return false;
    }

    private static boolean isDigit(int c) { return c >= '0' && c <= '9'; }

    private static boolean isAsciiLetter(int c) { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z'; }

    /** WS: Unicode's space separators (Zs: pasted no-break spaces), tab, form feed, a lone \r, a byte-order mark. */
    private static boolean isBlank(int c) {
        return c == ' ' || c == '\t' || c == '\f' || c == '\r' || c == 0xFEFF || c > ' ' && Character.getType(c) == Character.SPACE_SEPARATOR;
    }
}
