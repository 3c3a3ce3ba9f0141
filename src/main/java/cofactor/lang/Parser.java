package cofactor.lang;

import cofactor.lang.ast.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.antlr.v4.runtime.BaseErrorListener;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.ListTokenSource;
import org.antlr.v4.runtime.RecognitionException;
import org.antlr.v4.runtime.Recognizer;
import org.antlr.v4.runtime.Token;

/**
 * The front end's only entry point: source text in, statements out, or a {@link SyntaxError}.
 * Nothing ANTLR-typed crosses this boundary and nothing is printed.
 */
public final class Parser {
    /**
     * Deeper bracket nesting is refused up front, with a position, instead of overflowing
     * the stack: parsing recurses about eight frames per bracket, and tree walks later
     * recurse too. 200 is CPython's limit for nested parentheses; it parses in a 512 KB stack.
     */
    static final int MAX_NESTING = 200;

    private Parser() {
    }

    /**
     * @param firstLine the number of the source's first line where it came from (a piece of a
     *     file read statement by statement), so errors and statements carry true positions
     * @param prefixFunctions names that take the next factor as argument without parentheses
     */
    public static List<Statement> parse(String source, String sourceName, int firstLine, Set<String> prefixFunctions) {
        SourceText text = new SourceText(source, sourceName, firstLine);
        CofactorParser parser = parserOf(text, firstLine);
        try {
            CofactorParser.ProgContext tree = (CofactorParser.ProgContext) parser.program();
            return new AstBuilder(text, prefixFunctions).program(tree);
        } catch (StackOverflowError e) {
            // Only reachable on a thread with a small stack: MAX_NESTING guards the usual case.
            throw text.error(firstLine, 1, "expression nested too deeply");
        }
    }

    /**
     * Builds the generated parser's tables (ANTLR deserializes its ATN when the class is
     * initialized, 2-3 ms of a fresh process) on a thread of their own, so that a command line
     * sets up its session meanwhile instead of before its first parse. A parse that comes first
     * waits for the tables: the JVM initializes a class once, on one thread.
     */
    public static void buildTablesInBackground() {
        Thread t = new Thread(() -> CofactorParser._ATN.getNumberOfDecisions(), "cofactor-parser-tables");
        t.setDaemon(true);
        t.start();
    }

    /** The generated parser over the text's tokens, throwing a {@link SyntaxError} at the first error. */
    static CofactorParser parserOf(SourceText text, int firstLine) {
        CommonTokenStream tokens = new CommonTokenStream(new ListTokenSource(lex(Tokenizer.of(text.chars, firstLine), text)));
        CofactorParser parser = new CofactorParser(tokens);
        parser.removeErrorListeners();
        parser.addErrorListener(new Thrower(text));
        parser.setErrorHandler(new ThrowingErrorStrategy(text));
        return parser;
    }

    /**
     * True when {@code source} stops inside an open '(' or '[' or an open string, so a REPL
     * should read another line before parsing (see {@link OpenBrackets}, which readers of
     * many lines feed line by line).
     */
    public static boolean isIncomplete(String source) {
        OpenBrackets open = new OpenBrackets();
        open.feed(source);
        return open.incomplete();
    }

    /** All tokens up to EOF, refusing deep nesting as soon as it appears (not after lexing it all). */
    private static List<Token> lex(Tokenizer lexer, SourceText text) {
        List<Token> tokens = new ArrayList<>();
        int depth = 0;
        for (Token t = lexer.next(); ; t = lexer.next()) {
            tokens.add(t);
            if (closerOf(t.getType()) > 0 && ++depth > MAX_NESTING) {
                throw text.at(t, "expression nested too deeply (more than " + MAX_NESTING + " brackets)");
            } else if (isCloser(t.getType())) {
                depth = Math.max(0, depth - 1);
            } else if (t.getType() == Token.EOF) {
                return tokens;
            }
        }
    }

    /** The closing token type for an opening bracket type ('(' of any kind, '['), else -1. */
    static int closerOf(int type) {
        return switch (type) {
            case CofactorLexer.LPAREN, CofactorLexer.CALL -> CofactorLexer.RPAREN;
            case CofactorLexer.LBRACK, CofactorLexer.INDEX -> CofactorLexer.RBRACK;
            default -> -1;
        };
    }

    static boolean isCloser(int type) {
        return type == CofactorLexer.RPAREN || type == CofactorLexer.RBRACK;
    }

    /** A safety net: errors normally arrive through ThrowingErrorStrategy with better words. */
    private static final class Thrower extends BaseErrorListener {
        private final SourceText text;

        Thrower(SourceText text) {
            this.text = text;
        }

        @Override
        public void syntaxError(Recognizer<?, ?> recognizer, Object offendingSymbol, int line,
                                int charPositionInLine, String msg, RecognitionException e) {
            throw text.error(line, charPositionInLine + 1, msg);
        }
    }
}
