package cofactor.cli;

import cofactor.lang.EvalError;
import cofactor.lang.Interpreter;
import cofactor.lang.Parser;
import cofactor.lang.Session;
import cofactor.lang.SyntaxError;
import cofactor.lang.Value;
import cofactor.lang.ast.Statement;
import java.io.PrintStream;
import java.util.List;

/**
 * Runs source text (a file or {@code -e}) in a session: parses it all first, so a
 * syntax error runs nothing, then evaluates statement by statement, printing each
 * value on its own line(s) unless the statement ends in {@code ;}. Stops at the
 * first error.
 */
final class Runner {
    private final Session session;
    private final Interpreter interpreter;
    private final Evaluator evaluator;
    private final PrintStream out, err;
    private final java.util.function.Function<Value, String> display;
    private final List<String> transcript = new java.util.ArrayList<>();

    Runner(Session session, Evaluator evaluator, PrintStream out, PrintStream err) {
        this(session, evaluator, out, err, Value::show);
    }

    /** With a display function for values (the REPL shows matrices as a grid). */
    Runner(Session session, Evaluator evaluator, PrintStream out, PrintStream err, java.util.function.Function<Value, String> display) {
        this.display = display;
        this.session = session;
        session.setWarnings(err);
        this.interpreter = new Interpreter(session);
        this.evaluator = evaluator;
        this.out = out;
        this.err = err;
    }

    /** Returns true when every statement ran; errors are printed as one {@code error:} line (plus caret for syntax). */
    boolean run(String source, String sourceName, boolean namedFile) {
        List<Statement> statements;
        try {
            statements = Parser.parse(source, sourceName, session.builtins().prefixNames());
        } catch (SyntaxError e) {
            err.println(e.format());
            return false;
        }
        for (Statement s : statements) {
            try {
                // The value is shown on the worker too: showing a function evaluates its body, and a
                // huge result takes time to print, so both belong under the time limit and the large stack.
                String shown = evaluator.run(() -> {
                    Value value = interpreter.execute(s);
                    return s.silent() || value == null ? null : display.apply(value);
                }, session.timeLimitSeconds());
                transcript.add(s.sourceText() + (s.silent() ? ";" : ""));
                if (shown != null) out.println(shown);
            } catch (EvalError e) {
                String where = namedFile ? sourceName + ":" + s.pos().line() + ": " : "";
                err.println(e.format().replaceFirst("^error: ", "error: " + where));
                return false;
            } catch (RuntimeException e) {
                err.println("error: internal error: " + e);
                return false;
            }
        }
        out.flush();
        return true;
    }

    /** The source of every statement that ran without error, in order (what {@code :save} writes). */
    List<String> transcript() { return java.util.Collections.unmodifiableList(transcript); }
}
