package cofactor.cli;

import cofactor.lang.Parser;
import cofactor.lang.Session;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.Paths;
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
    private final Commands commands;
    private final boolean progress; // --progress: the status line on standard error when input is piped too

    Repl(Session session) { this(session, false); }

    Repl(Session session, boolean progress) {
        this.session = session;
        this.commands = Commands.ofRepl(session);
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
                    Commands.Outcome o = command(input, runner, out);
                    failed |= o == Commands.Outcome.FAILED;
                    if (o == Commands.Outcome.QUIT) break;
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
                .completer(new Completion(session, Commands.NAMES))
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
                if (command(input, runner, out) == Commands.Outcome.QUIT) return 0;
                continue;
            }
            runner.run(input, "input", 1, false);
        }
    }

    /** Runs a REPL command; its errors print on {@code out} as its results do. */
    private Commands.Outcome command(String input, Runner runner, PrintStream out) {
        return commands.run(input, runner, out, out::println);
    }

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
