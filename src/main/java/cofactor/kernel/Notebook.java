package cofactor.kernel;

import cofactor.cli.Commands;
import cofactor.cli.Completion;
import cofactor.cli.Evaluator;
import cofactor.cli.Grid;
import cofactor.cli.LongOutput;
import cofactor.cli.ProgressLine;
import cofactor.cli.Runner;
import cofactor.lang.Help;
import cofactor.lang.Parser;
import cofactor.lang.Session;
import java.io.PrintStream;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The language behind a notebook: one session for the kernel's life, each cell run as the
 * REPL runs an entry (on the evaluator's worker, so an interrupt stops it and the session
 * stays; {@code %} the previous result; long results shortened), numbered by its execution
 * count; a cell that starts with {@code :} holds the REPL's commands, one a line. Completion
 * is the REPL's, inspection is {@code :help}, and a cell is complete by the REPL's bracket rule.
 */
final class Notebook implements AutoCloseable {
    /** A notebook's output is read as pages 100 characters wide and 30 lines high: results over two are shortened. */
    private static final LongOutput LONG = new LongOutput(() -> 30, () -> 100);

    private final Session session = new Session();
    private final Evaluator evaluator = new Evaluator();
    private final Completion completion = new Completion(session, new String[0]);
    private final Help help = new Help(session.builtins());
    private final Commands commands = Commands.ofNotebook(session);
    private int executionCount;

    /** What a cell did: its execution count and its error ({@code error: …} text), or null when it ran through. */
    record Executed(int count, String error) {}

    /**
     * Runs {@code code}, the cell {@code request} asks for, showing its outputs on {@code iopub}. A
     * cell stored in history takes the next execution count; a silent one runs without showing
     * anything or counting.
     */
    Executed execute(String code, boolean silent, boolean storeHistory, Iopub iopub, Message request) {
        if (!silent && storeHistory) executionCount++;
        if (!silent) {
            var c = iopub.object();
            c.put("code", code);
            c.put("execution_count", executionCount);
            iopub.publish(request, "execute_input", c);
        }
        CellOutput out = new CellOutput(iopub, request, executionCount, silent);
        try (ProgressLine line = new ProgressLine(out, "interrupt the kernel to stop it")) {
            Runner runner = new Runner(session, evaluator, out, out.warnings(), Grid::show, false, LONG, line);
            if (Commands.isCommand(code)) {
                // a cell of commands, one a line (:vars, :help det), as the REPL takes them
                try (PrintStream text = out.text()) {
                    for (String command : code.strip().split("\\R")) {
                        if (command.isBlank()) continue;
                        Commands.Outcome done = commands.run(command, runner, text, error -> {
                            text.flush(); // what came before the error shows before it
                            out.error(error);
                        });
                        if (done == Commands.Outcome.FAILED) break;
                    }
                }
            } else {
                // a cell of several lines is a small file: its errors name their line, as a file's do
                runner.run(code, "cell", 1, code.strip().contains("\n"));
            }
        }
        return new Executed(executionCount, out.finish());
    }

    /** Stops the running cell, as Ctrl-C stops a statement in the REPL. */
    void interrupt() { evaluator.interrupt(); }

    /** Completions of the word before {@code cursor} (in code points, as the protocol counts): where it starts, and what may replace it. */
    record Completions(int start, List<String> matches) {}

    Completions complete(String code, int cursor) {
        int end = offset(code, cursor), start = wordStart(code, end);
        String word = code.substring(start, end);
        Set<String> matches = new LinkedHashSet<>();
        for (Completion.Offer o : completion.offers(code.substring(0, end))) if (o.text().startsWith(word)) matches.add(o.text());
        return new Completions(code.codePointCount(0, start), List.copyOf(matches));
    }

    /** {@code :help} of the name at {@code cursor}, or of the operator right before it; null when there is none. */
    String inspect(String code, int cursor) {
        int at = offset(code, cursor), start = wordStart(code, at), end = at;
        while (end < code.length() && isNamePart(code.charAt(end))) end++;
        String topic = start < end ? code.substring(start, end) : at > 0 ? code.substring(at - 1, at) : "";
        return !topic.isEmpty() && help.knows(topic) ? help.about(topic) : null;
    }

    /** Whether Enter should run the cell: not while a bracket or a string is open. */
    boolean isComplete(String code) { return !Parser.isIncomplete(code); }

    @Override public void close() { evaluator.close(); }

    private static int offset(String code, int codePoints) {
        return code.offsetByCodePoints(0, Math.max(0, Math.min(codePoints, code.codePointCount(0, code.length()))));
    }

    private static int wordStart(String code, int end) {
        int start = end;
        while (start > 0 && isNamePart(code.charAt(start - 1))) start--;
        return start;
    }

    private static boolean isNamePart(char c) { return Character.isLetterOrDigit(c) || c == '_'; }
}
