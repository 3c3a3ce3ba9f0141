package cofactor.cli;

import cofactor.files.AtomicFile;
import cofactor.lang.Builtin;
import cofactor.lang.Help;
import cofactor.lang.Parser;
import cofactor.lang.Session;
import cofactor.lang.Value;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;
import org.jline.reader.EOFError;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.ParsedLine;
import org.jline.reader.UserInterruptException;
import org.jline.reader.impl.DefaultParser;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;

/**
 * The interactive session: JLine editing with history in ~/.cofactor_history,
 * multi-line input while brackets are open, completion of built-ins and bound
 * names, {@code :help :vars :save :quit}, Ctrl-C to stop a computation. Piped
 * (non-terminal) input is read line by line and prints only results.
 */
final class Repl {
    private static final String PROMPT = "> ", CONTINUATION = "... ";

    private final Session session;
    private final boolean progress; // --progress: the status line on standard error when input is piped too

    Repl(Session session) { this(session, false); }

    Repl(Session session, boolean progress) {
        this.session = session;
        this.progress = progress;
    }

    /** Runs the REPL on the terminal, or on {@code in} when there is none (piped input). */
    int run(InputStream in, PrintStream out, PrintStream err) {
        try (Evaluator evaluator = new Evaluator()) {
            if (System.console() == null) return runPiped(evaluator, in, out, err);
            Terminal terminal;
            try {
                terminal = TerminalBuilder.builder().system(true).dumb(true).build();
            } catch (IOException e) {
                return runPiped(evaluator, in, out, err);
            }
            return runOn(terminal, evaluator, Paths.get(System.getProperty("user.home"), ".cofactor_history"));
        }
    }

    /**
     * Reads statements until the input ends, as a file is read, with this difference: an
     * error is reported and the session goes on. Returns 1 when any statement or command
     * failed (so a script can tell), else 0.
     */
    int runPiped(Evaluator evaluator, InputStream in, PrintStream out, PrintStream err) {
        try (ProgressLine line = progress ? new ProgressLine(err, () -> 0) : null) {
            return runPiped(new Runner(session, evaluator, out, err, Grid::show, true, null, line), in, out, err);
        }
    }

    private int runPiped(Runner runner, InputStream in, PrintStream out, PrintStream err) {
        StatementReader reader = new StatementReader(in, true, StatementReader.MAX_STATEMENT_BYTES);
        boolean failed = false;
        try {
            for (StatementReader.Lines lines; ; ) {
                try {
                    if ((lines = reader.next()) == null) break;
                } catch (StatementReader.BadInput e) {
                    runner.report(e, "input");
                    failed = true;
                    continue;
                }
                String input = lines.text().strip();
                if (input.startsWith(":")) {
                    Outcome o = command(input, runner, out);
                    failed |= o == Outcome.FAILED;
                    if (o == Outcome.QUIT) break;
                } else if (!input.isEmpty()) {
                    failed |= !runner.run(lines.text(), "input", lines.firstLine(), true);
                }
            }
        } catch (IOException e) {
            err.println("error: reading input: " + e.getMessage());
            return 1;
        }
        return failed ? 1 : 0;
    }

    /**
     * The interactive session on {@code terminal} (a test gives one over piped streams), with
     * history in {@code history}: long results shortened to the terminal's size, the status
     * line on long statements, completion of names, parts and options.
     */
    int runOn(Terminal terminal, Evaluator evaluator, Path history) {
        PrintStream out = new PrintStream(terminal.output(), true, StandardCharsets.UTF_8);
        LineReader reader = LineReaderBuilder.builder()
                .terminal(terminal)
                .appName("cofactor")
                .parser(new InputParser())
                .completer(new Completion(session, COMMANDS))
                .variable(LineReader.HISTORY_FILE, history)
                .variable(LineReader.SECONDARY_PROMPT_PATTERN, CONTINUATION)
                .option(LineReader.Option.HISTORY_INCREMENTAL, true)
                .option(LineReader.Option.DISABLE_EVENT_EXPANSION, true)
                .build();
        terminal.handle(Terminal.Signal.INT, signal -> evaluator.interrupt());
        // Symja takes about a second to start: do it while the user types, so simplify answers at once.
        Thread warm = new Thread(cofactor.symja.SymjaBridge::warmUp, "symja-warm-up");
        warm.setDaemon(true);
        warm.setPriority(Thread.MIN_PRIORITY);
        warm.start();
        try (ProgressLine line = new ProgressLine(out, terminal::getWidth)) {
            LongOutput longOutput = new LongOutput(terminal::getHeight, terminal::getWidth);
            return interact(reader, new Runner(session, evaluator, out, out, Grid::show, true, longOutput, line), out);
        }
    }

    private int interact(LineReader reader, Runner runner, PrintStream out) {
        out.println("Cofactor " + Version.text() + " — exact determinants and derivatives. :help for help, Ctrl-D to quit.");
        CtrlCAtPrompt ctrlC = new CtrlCAtPrompt();
        while (true) {
            String input;
            try {
                input = reader.readLine(PROMPT).strip();
                ctrlC.lineRead();
            } catch (UserInterruptException e) {
                switch (ctrlC.pressed(e.getPartialLine())) {
                    case QUIT -> { return 0; }
                    case WARN -> out.println("(Ctrl-C again or Ctrl-D to quit)");
                    case CLEAR_LINE -> { }
                }
                continue;
            } catch (EndOfFileException e) {
                return 0;
            }
            if (input.isEmpty()) continue;
            if (input.startsWith(":")) {
                if (command(input, runner, out) == Outcome.QUIT) return 0;
                continue;
            }
            runner.run(input, "input", 1, false);
        }
    }

    private static final String[] COMMANDS = {":help", ":vars", ":show", ":save", ":quit"};

    private enum Outcome { DONE, FAILED, QUIT }

    /** Runs a REPL command. */
    private Outcome command(String input, Runner runner, PrintStream out) {
        String[] words = input.split("\\s+", 2);
        String arg = words.length > 1 ? words[1].strip() : "";
        switch (words[0]) {
            case ":quit", ":q", ":exit" -> { return Outcome.QUIT; }
            case ":help", ":h" -> out.println(arg.isEmpty() ? help() : helpFor(arg));
            case ":vars" -> {
                if (session.bindings().isEmpty()) out.println("(no bindings yet: x = 1 binds x)");
                for (Map.Entry<String, Value> b : session.bindings().entrySet()) {
                    String v = b.getValue().show();
                    out.println(b.getKey() + " = " + (v.length() > 100 ? v.substring(0, 97) + "..." : v));
                }
            }
            case ":show" -> {
                String last = runner.showLast();
                out.println(last == null ? "(no result yet: :show prints the last result whole)" : last);
            }
            case ":save" -> { return save(arg, runner, out) ? Outcome.DONE : Outcome.FAILED; }
            default -> {
                out.println("error: unknown command " + words[0] + " (commands: " + String.join(" ", COMMANDS) + ")");
                return Outcome.FAILED;
            }
        }
        return Outcome.DONE;
    }

    /** Writes the statements that ran as a .cof file (see AtomicFile for what it does with links and devices). */
    private static boolean save(String file, Runner runner, PrintStream out) {
        if (file.isEmpty()) {
            out.println("error: :save needs a file name, e.g. :save session.cof");
            return false;
        }
        List<String> statements = runner.transcript();
        try {
            AtomicFile.write(file, o -> o.write((String.join("\n", statements) + "\n").getBytes(StandardCharsets.UTF_8)));
            out.println("saved " + statements.size() + " statements to " + file);
            return true;
        } catch (AtomicFile.WriteError e) {
            out.println("error: :save: " + e.getMessage());
            return false;
        }
    }

    private String help() {
        StringBuilder sb = new StringBuilder();
        sb.append("Type statements: A = [[x, x^2], [1, sin x]]   det(A)   d(det(A), x)   jacobi(A, x)\n");
        sb.append("Commands: :help [name or operator]  :vars  :save FILE  :quit   (Ctrl-C stops a computation)\n");
        sb.append("Built-ins:\n");
        for (Builtin b : session.builtins().all()) sb.append(String.format("  %-34s %s%n", b.usage(), b.help()));
        sb.append(Help.operatorsLine()).append('\n');
        return sb.toString().stripTrailing();
    }

    private String helpFor(String name) { return new Help(session.builtins()).about(name); }

    /** JLine's line parser, told when input is incomplete (an open bracket or string) so Enter continues the statement. */
    private static final class InputParser extends DefaultParser {
        InputParser() {
            quoteChars(new char[0]); // ' is transpose and " strings are ours to parse
            escapeChars(new char[0]);
        }

        @Override public ParsedLine parse(String line, int cursor, ParseContext context) {
            if (context == ParseContext.ACCEPT_LINE && Parser.isIncomplete(line)) throw new EOFError(-1, -1, "open bracket");
            return super.parse(line, cursor, context);
        }

        @Override public boolean isDelimiterChar(CharSequence buffer, int pos) {
            char c = buffer.charAt(pos);
            return !(Character.isLetterOrDigit(c) || c == '_' || c == ':');
        }
    }
}
