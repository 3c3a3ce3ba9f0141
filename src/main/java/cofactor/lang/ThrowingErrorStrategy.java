package cofactor.lang;

import java.util.ArrayDeque;
import java.util.Deque;
import org.antlr.v4.runtime.DefaultErrorStrategy;
import org.antlr.v4.runtime.InputMismatchException;
import org.antlr.v4.runtime.RecognitionException;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.TokenStream;
import org.antlr.v4.runtime.misc.IntervalSet;

import static cofactor.lang.CofactorLexer.*;

/**
 * Stops at the first error and throws a {@link SyntaxError} in words a user knows
 * ("unexpected end of input, expected ']'") instead of ANTLR's token sets. No recovery:
 * a statement with an error is never evaluated, so later errors would only be noise.
 */
final class ThrowingErrorStrategy extends DefaultErrorStrategy {
    private final SourceText source;

    ThrowingErrorStrategy(SourceText source) {
        this.source = source;
    }

    @Override
    public void reportError(org.antlr.v4.runtime.Parser parser, RecognitionException e) {
        throw describe(parser.getInputStream(), e.getOffendingToken(), expected(e));
    }

    /** Instead of deleting or inventing a token, fail: reportError then explains. */
    @Override
    public Token recoverInline(org.antlr.v4.runtime.Parser parser) {
        throw new InputMismatchException(parser);
    }

    /** Errors are found where a token does not match, not ahead of time in loops. */
    @Override
    public void sync(org.antlr.v4.runtime.Parser parser) {
    }

    @Override
    public void recover(org.antlr.v4.runtime.Parser parser, RecognitionException e) {
        throw new IllegalStateException("reportError always throws", e);
    }

    /**
     * The error at an argument's '=' with no plain name before it ({@code f(x+1 = 2)}), for the
     * grammar's action there: what the parser says where a ')' is due.
     */
    SyntaxError expectedClosingParen(org.antlr.v4.runtime.Parser parser, Token token) {
        return describe(parser.getInputStream(), token, IntervalSet.of(RPAREN));
    }

    private static IntervalSet expected(RecognitionException e) {
        try {
            return e.getExpectedTokens();
        } catch (RuntimeException notComputable) {
            return new IntervalSet();
        }
    }

    private SyntaxError describe(TokenStream tokens, Token token, IntervalSet expected) {
        Token opener = innermostOpen(tokens, token.getTokenIndex());
        String hint = hint(expected, opener);
        return switch (token.getType()) {
            case UNTERMINATED_STRING -> source.at(token, "unterminated string");
            case BAD_CHAR -> source.at(token, "unexpected character " + character(token.getText()));
            case EOF -> missing(tokens, token, "unexpected end of input" + hint);
            case NEWLINE -> missing(tokens, token, "unexpected end of line" + hint);
            case RPAREN, RBRACK -> opener == null
                    ? source.at(token, "unmatched '" + token.getText() + "'")
                    : source.at(token, "unexpected '" + token.getText() + "'" + hint);
            default -> source.at(token, "unexpected " + describe(token) + hint);
        };
    }

    /** For a missing piece the caret goes just after the last token, not at the line's end. */
    private SyntaxError missing(TokenStream tokens, Token token, String message) {
        int previous = token.getTokenIndex() - 1;
        return previous < 0 ? source.at(token, message) : source.after(tokens.get(previous), message);
    }

    private static String hint(IntervalSet expected, Token opener) {
        if (opener != null) {
            int closer = Parser.closerOf(opener.getType());
            if (expected.contains(closer)) {
                return ", expected '" + (closer == RPAREN ? ')' : ']') + "'";
            }
        }
        if (expected.contains(NUMBER)) {
            return ", expected an expression";
        }
        if (expected.size() == 1 && expected.contains(NAME)) {
            return ", expected a name";
        }
        String literal = expected.size() == 1 ? VOCABULARY.getLiteralName(expected.getMinElement()) : null;
        return literal == null ? "" : ", expected " + literal; // e.g. "'='", quotes included
    }

    /** The innermost bracket still open before token {@code index}, or null. */
    private static Token innermostOpen(TokenStream tokens, int index) {
        Deque<Token> open = new ArrayDeque<>();
        for (int i = 0; i < index; i++) {
            Token t = tokens.get(i);
            if (Parser.closerOf(t.getType()) > 0) {
                open.push(t);
            } else if (Parser.isCloser(t.getType())) {
                open.poll();
            }
        }
        return open.peek();
    }

    private static String describe(Token token) {
        // The message is one line: a long or multi-line token (a string) is cut short.
        String text = token.getText();
        int cut = text.indexOf('\n');
        if (cut >= 0 || text.length() > 20) {
            cut = Math.min(cut < 0 ? text.length() : cut, 17);
            text = text.substring(0, Character.isHighSurrogate(text.charAt(cut - 1)) ? cut - 1 : cut).stripTrailing() + "...";
        }
        return switch (token.getType()) {
            case NUMBER -> "number " + text;
            case NAME -> "name " + text;
            case STRING -> "string " + text;
            case QUOTE -> "\"'\"";
            default -> "'" + text + "'";
        };
    }

    /** Invisible characters are named by code point so the message shows what is there. */
    private static String character(String text) {
        int cp = text.codePointAt(0);
        boolean invisible = Character.isISOControl(cp) || Character.isWhitespace(cp)
                || Character.getType(cp) == Character.FORMAT || Character.getType(cp) == Character.SURROGATE
                || !Character.isDefined(cp);
        return invisible ? String.format("U+%04X", cp) : "'" + text + "'";
    }
}
