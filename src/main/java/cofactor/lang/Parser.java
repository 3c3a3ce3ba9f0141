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
        return statements(text, tree(text), prefixFunctions);
    }

    /** The text parsed into ANTLR's tree. */
    private static CofactorParser.ProgContext tree(SourceText text) {
        try {
            return (CofactorParser.ProgContext) parserOf(text, text.firstLine).program();
        } catch (StackOverflowError e) {
            throw tooDeep(text);
        }
    }

    /** The tree's statements: the step that needs the prefix functions. */
    private static List<Statement> statements(SourceText text, CofactorParser.ProgContext tree, Set<String> prefixFunctions) {
        try {
            return new AstBuilder(text, prefixFunctions).program(tree);
        } catch (StackOverflowError e) {
            throw tooDeep(text);
        }
    }

    // Only reachable on a thread with a small stack: MAX_NESTING guards the usual case.
    private static SyntaxError tooDeep(SourceText text) {
        return text.error(text.firstLine, 1, "expression nested too deeply");
    }

    /**
     * Starts parsing {@code source} on a thread of its own (the parser's tables built, the text
     * lexed and parsed into ANTLR's tree: 4-6 ms of a fresh process for a line like a 5x5 matrix
     * and four statements on it), so that a command line sets up its session meanwhile; {@link
     * Begun#statements} finishes the parse with the session's prefix functions. Errors are the
     * same, and come at the same point, as {@link #parse}'s.
     */
    public static Begun begin(String source, String sourceName, int firstLine) {
        return new Begun(source, sourceName, firstLine);
    }

    /** A parse begun on another thread ({@link #begin}). */
    public static final class Begun {
        private final String sourceName;
        private final int firstLine;
        private final Thread thread;
        // written by the thread, read after joining it
        private SourceText text;
        private CofactorParser.ProgContext tree;
        private Throwable failure;

        private Begun(String source, String sourceName, int firstLine) {
            this.sourceName = sourceName;
            this.firstLine = firstLine;
            thread = new Thread(() -> parse(source), "cofactor-parser");
            thread.setDaemon(true);
            thread.start();
        }

        private void parse(String source) {
            try {
                text = new SourceText(source, sourceName, firstLine);
                tree = tree(text);
            } catch (RuntimeException | Error e) {
                failure = e;
            }
        }

        /** The name the source goes by in errors. */
        public String sourceName() { return sourceName; }

        /** The number of the source's first line. */
        public int firstLine() { return firstLine; }

        /** The statements, waiting for the parse if it is still running; throws the {@link SyntaxError} (or other failure) it met. */
        public List<Statement> statements(Set<String> prefixFunctions) {
            boolean interrupted = false;
            while (thread.isAlive()) {
                try {
                    thread.join();
                } catch (InterruptedException e) {
                    interrupted = true; // the parse is short: finish it, and leave the interrupt for the caller
                }
            }
            if (interrupted) Thread.currentThread().interrupt();
            if (failure instanceof RuntimeException e) throw e;
            if (failure instanceof Error e) throw e;
            return Parser.statements(text, tree, prefixFunctions);
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
