package cofactor.cli;

import cofactor.files.AtomicFile;
import cofactor.lang.Builtin;
import cofactor.lang.Help;
import cofactor.lang.Session;
import cofactor.lang.Value;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The colon commands, {@code :help [name or operator]}, {@code :vars}, {@code :show},
 * {@code :save FILE} and {@code :quit}, as the REPL and a notebook's cells take them. A
 * notebook keeps its cells and stops its kernel itself, so there {@code :save} and
 * {@code :quit} only say so.
 */
public final class Commands {
    /** The commands, as completion offers them. */
    static final String[] NAMES = {":help", ":vars", ":show", ":save", ":quit"};

    public enum Outcome { DONE, FAILED, QUIT }

    private final Session session;
    private final boolean notebook;

    private Commands(Session session, boolean notebook) {
        this.session = session;
        this.notebook = notebook;
    }

    static Commands ofRepl(Session session) { return new Commands(session, false); }

    public static Commands ofNotebook(Session session) { return new Commands(session, true); }

    /** Whether a line is a command rather than a statement. */
    public static boolean isCommand(String line) { return line.strip().startsWith(":"); }

    /** Runs one command line: what it shows goes to {@code out}, its {@code error:} line to {@code error}. */
    public Outcome run(String input, Runner runner, PrintStream out, Consumer<String> error) {
        String[] words = input.strip().split("\\s+", 2);
        String arg = words.length > 1 ? words[1].strip() : "";
        switch (words[0]) {
            case ":quit", ":q", ":exit" -> {
                if (!notebook) return Outcome.QUIT;
                error.accept("error: " + words[0] + ": a notebook's kernel stops from the notebook (Kernel ▸ Shut Down)");
                return Outcome.FAILED;
            }
            case ":help", ":h" -> out.println(arg.isEmpty() ? help() : new Help(session.builtins()).about(arg));
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
            case ":save" -> {
                if (notebook) {
                    error.accept("error: :save: a notebook keeps its cells itself (File ▸ Save; Download as .cof is not offered)");
                    return Outcome.FAILED;
                }
                return save(arg, runner, out, error) ? Outcome.DONE : Outcome.FAILED;
            }
            default -> {
                error.accept("error: unknown command " + words[0] + " (commands: " + String.join(" ", NAMES) + ")");
                return Outcome.FAILED;
            }
        }
        return Outcome.DONE;
    }

    /** Writes the statements that ran as a .cof file (see AtomicFile for what it does with links and devices). */
    private static boolean save(String file, Runner runner, PrintStream out, Consumer<String> error) {
        if (file.isEmpty()) {
            error.accept("error: :save needs a file name, e.g. :save session.cof");
            return false;
        }
        List<String> statements = runner.transcript();
        try {
            AtomicFile.write(file, o -> o.write((String.join("\n", statements) + "\n").getBytes(StandardCharsets.UTF_8)));
            out.println("saved " + statements.size() + " statements to " + file);
            return true;
        } catch (AtomicFile.WriteError e) {
            error.accept("error: :save: " + e.getMessage());
            return false;
        }
    }

    private String help() {
        StringBuilder sb = new StringBuilder();
        sb.append("Type statements: A = [[x, x^2], [1, sin x]]   det(A)   d(det(A), x)   jacobi(A, x)\n");
        sb.append(notebook ? "Commands: :help [name or operator]  :vars  :show   (interrupt the kernel to stop a computation)\n"
                : "Commands: :help [name or operator]  :vars  :save FILE  :quit   (Ctrl-C stops a computation)\n");
        sb.append("Built-ins:\n");
        for (Builtin b : session.builtins().all()) sb.append(String.format("  %-34s %s%n", b.usage(), b.help()));
        sb.append(Help.operatorsLine()).append('\n');
        return sb.toString().stripTrailing();
    }
}
