package cofactor.cli;

import cofactor.guard.Progress;
import cofactor.lang.EvalError;
import cofactor.lang.Interpreter;
import cofactor.lang.Parser;
import cofactor.lang.Session;
import cofactor.lang.SyntaxError;
import cofactor.lang.Value;
import cofactor.lang.ast.Call;
import cofactor.lang.ast.Statement;
import java.io.IOException;
import java.io.PrintStream;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * Runs statements in a session, showing each value unless the statement ends in
 * {@code ;}, and each error as one {@code error:} line (plus the source line and a caret
 * for syntax): printed on a terminal's streams, or sent as a notebook's messages
 * ({@link Output}). Text is parsed a piece at a time (all of an {@code -e}, a notebook
 * cell, or the lines a {@link StatementReader} returns), so a syntax error runs nothing of
 * its piece, and memory holds one piece.
 */
public final class Runner {
    /** Where the values and errors of statements go. */
    public interface Output {
        /** A statement's value as shown: {@code whole} false when it was shortened for being long. */
        void result(Value value, String shown, boolean whole);

        /** An error: its {@code error:} line, and for syntax the source line and a caret below it. */
        void error(String text);

        /** A piece of text has run through: what is buffered goes out. */
        default void flush() {}
    }

    private final Session session;
    private final Interpreter interpreter;
    private final Evaluator evaluator;
    private final Output output;
    private final java.util.function.Function<Value, String> display;
    private final List<String> transcript; // null when nobody will :save
    private final LongOutput longOutput;     // null: results print whole
    private final ProgressLine progress;     // null: no status line

    Runner(Session session, Evaluator evaluator, PrintStream out, PrintStream err,
           java.util.function.Function<Value, String> display, boolean keepTranscript) {
        this(session, evaluator, out, err, display, keepTranscript, null, null);
    }

    /** Values printed on {@code out}, errors and warnings on {@code err}. */
    Runner(Session session, Evaluator evaluator, PrintStream out, PrintStream err,
           java.util.function.Function<Value, String> display, boolean keepTranscript, LongOutput longOutput, ProgressLine progress) {
        this(session, evaluator, printing(out, err), err, display, keepTranscript, longOutput, progress);
    }

    /**
     * @param warnings where caveats about results that are still given go
     * @param display how values are shown (the REPL shows matrices as a grid)
     * @param keepTranscript whether to keep the statements that ran, for {@code :save}
     * @param longOutput how a long result is shortened (the REPL's), or null to print results whole
     * @param progress the status line of long statements, or null for none
     */
    public Runner(Session session, Evaluator evaluator, Output output, PrintStream warnings,
           java.util.function.Function<Value, String> display, boolean keepTranscript, LongOutput longOutput, ProgressLine progress) {
        this.longOutput = longOutput;
        this.progress = progress;
        this.display = display;
        this.session = session;
        session.setWarnings(warnings);
        this.interpreter = new Interpreter(session);
        this.evaluator = evaluator;
        this.output = output;
        this.transcript = keepTranscript ? new java.util.ArrayList<>() : null;
    }

    private static Output printing(PrintStream out, PrintStream err) {
        return new Output() {
            @Override public void result(Value value, String shown, boolean whole) { out.println(shown); }

            @Override public void error(String text) { err.println(text); }

            @Override public void flush() { out.flush(); }
        };
    }

    /**
     * Runs {@code source}, whose first line is line {@code firstLine} of {@code sourceName};
     * stops at its first error. Evaluation errors name the statement's line when
     * {@code withLine} (files, piped input), else only what failed ({@code -e}, one REPL entry).
     * Returns true when every statement ran.
     */
    public boolean run(String source, String sourceName, int firstLine, boolean withLine) {
        return run(parse(source, sourceName, firstLine), sourceName, withLine);
    }

    /** Runs a piece whose parse began beforehand ({@link Parser#begin}), as {@link #run(String, String, int, boolean)} runs a text. */
    boolean run(Parser.Begun begun, boolean withLine) {
        return run(finish(begun), begun.sourceName(), withLine);
    }

    /** The statements in order, stopping at the first error; false for a piece that did not parse (null). */
    private boolean run(List<Statement> statements, String sourceName, boolean withLine) {
        if (statements == null) return false;
        for (int k = 0; k < statements.size(); k++) {
            Statement s = statements.get(k);
            try {
                // The value is shown on the worker too: showing a function evaluates its body, and a
                // huge result takes time to print, so both belong under the time limit and the large stack.
                Shown shown;
                Progress meter = progress == null ? null : progress.begin();
                try {
                    Callable<Shown> work = () -> {
                        Value value = interpreter.execute(s);
                        if (s.silent() || value == null) return null;
                        if (meter != null) meter.start("printing the result", 0);
                        return show(value, s);
                    };
                    shown = evaluator.run(meter == null ? work : () -> meter.during(work), session.timeLimit(), session.gate());
                } finally {
                    if (progress != null) progress.end();
                }
                if (transcript != null) transcript.add(s.sourceText() + (s.silent() ? ";" : ""));
                if (shown != null) output.result(shown.value, shown.text, shown.whole);
            } catch (EvalError e) {
                String where = withLine ? sourceName + ":" + s.pos().line() + ": " : "";
                output.error("error: " + where + e.format().substring("error: ".length()) + notRun(statements.size() - k - 1));
                return false;
            } catch (RuntimeException e) {
                output.error("error: internal error: " + e + notRun(statements.size() - k - 1));
                return false;
            }
        }
        output.flush();
        return true;
    }

    private record Shown(Value value, String text, boolean whole) {}

    /** The value as the runner displays it: shortened when long, unless the statement asks for it whole ({@code show(%)}). */
    private Shown show(Value value, Statement s) {
        String whole = display.apply(value);
        boolean asked = s.node() instanceof Call c && c.name().equals("show");
        String text = longOutput == null || asked ? whole : longOutput.shorten(value, whole);
        return new Shown(value, text, text.equals(whole));
    }

    /** The last result whole, for {@code :show}; null when there is none yet. */
    String showLast() {
        Value last = session.last();
        return last == null ? null : evaluator.run(() -> display.apply(last), session.timeLimit(), session.gate());
    }

    /** What an error leaves undone of its line ({@code x = 1; d(x, x); y = 2}), so nobody takes y for bound. */
    private static String notRun(int rest) {
        return rest == 0 ? "" : " (the rest of the line was not run: " + rest + " more statement" + (rest == 1 ? "" : "s") + ")";
    }

    /** Every statement the reader gives, stopping at the first error; true when all ran. */
    boolean runAll(StatementReader reader, String sourceName) throws IOException {
        return whileOk(reader, sourceName, lines -> run(lines.text(), sourceName, lines.firstLine(), true));
    }

    /** Parses everything the reader gives, running nothing, and reports the first syntax error; true when there is none. */
    boolean checkAll(StatementReader reader, String sourceName) throws IOException {
        return whileOk(reader, sourceName, lines -> parse(lines.text(), sourceName, lines.firstLine()) != null);
    }

    private boolean whileOk(StatementReader reader, String sourceName, Predicate<StatementReader.Lines> step) throws IOException {
        try {
            for (StatementReader.Lines lines; (lines = reader.next()) != null; ) {
                if (!step.test(lines)) return false;
            }
            return true;
        } catch (StatementReader.BadInput e) {
            report(e, sourceName);
            return false;
        }
    }

    void report(StatementReader.BadInput e, String sourceName) {
        output.error("error: " + sourceName + ":" + e.line + (e.column > 0 ? ":" + e.column : "") + ": " + e.getMessage());
    }

    /** The statements of {@code source}, or null after reporting why there are none. */
    private List<Statement> parse(String source, String sourceName, int firstLine) {
        return parsed(() -> Parser.parse(source, sourceName, firstLine, session.builtins().prefixNames()), sourceName, firstLine);
    }

    private List<Statement> finish(Parser.Begun begun) {
        return parsed(() -> begun.statements(session.builtins().prefixNames()), begun.sourceName(), begun.firstLine());
    }

    /** The statements a parse gives, or null after reporting its error. */
    private List<Statement> parsed(Supplier<List<Statement>> parse, String sourceName, int firstLine) {
        try {
            return parse.get();
        } catch (SyntaxError e) {
            output.error(e.format());
        } catch (OutOfMemoryError e) {
            // Statements are at most StatementReader.MAX_STATEMENT_BYTES; this is a small heap's last word.
            output.error("error: " + sourceName + ":" + firstLine + ": the statement is too large to parse in the memory this JVM has (-Xmx)");
        }
        return null;
    }

    /** The source of every statement that ran without error, in order (what {@code :save} writes). */
    List<String> transcript() { return java.util.Collections.unmodifiableList(transcript); }
}
