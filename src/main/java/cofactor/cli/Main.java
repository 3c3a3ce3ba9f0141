package cofactor.cli;

import cofactor.guard.Limits;
import cofactor.guard.TimeLimit;
import cofactor.lang.Session;
import cofactor.lang.Value;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code cofactor [FILE...] [-e STATEMENTS]}: runs files and statements, or starts the REPL when given neither. */
@Command(name = "cofactor", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = {"Exact determinants, symbolic derivatives and compiled gradients.",
                "With no FILE and no -e, starts the interactive REPL."},
        footer = {"", "Exit status: 0 success, 1 an error in the input (piped into the REPL too), 2 bad usage or an unreadable file.",
                "Examples:", "  cofactor samples/seed.cof", "  cofactor -e 'd(det([[x, x^2], [1, sin x]]), x)'"})
public final class Main implements Callable<Integer> {
    @Parameters(paramLabel = "FILE", description = "expression files (*.cof) to run, in order; - reads standard input")
    private List<String> files = new ArrayList<>();

    @Option(names = {"-e", "--eval"}, paramLabel = "STATEMENTS", description = "statements to run after the files (repeatable)")
    private List<String> statements = new ArrayList<>();

    @Option(names = "--max-terms", paramLabel = "N", description = "refuse expansions estimated above N terms (default: ${DEFAULT-VALUE})")
    private long maxTerms = Limits.DEFAULT.maxTerms();

    @Option(names = "--max-entries", paramLabel = "N", description = "refuse matrices with more than N entries (default: ${DEFAULT-VALUE})")
    private long maxEntries = Limits.DEFAULT.maxEntries();

    @Option(names = "--timeout", paramLabel = "SECONDS", description = "stop any statement running longer than this (default: none)")
    private double timeout = 0;

    @Option(names = "--progress", description = "show the status line of statements running over a second on standard error for files, -e and piped input too (the REPL always does)")
    private boolean progress;

    private InputStream in = System.in;
    private PrintStream out = System.out, err = System.err;

    public static void main(String[] args) {
        PrintStream out = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.out), true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.err), true, StandardCharsets.UTF_8);
        System.setOut(out);
        System.setErr(err);
        System.exit(run(args, System.in, out, err));
    }

    /** Runs the command line and returns the exit status; {@code in} is standard input (file {@code -}, piped REPL input). */
    public static int run(String[] args, InputStream in, PrintStream out, PrintStream err) {
        Main main = new Main();
        main.in = in;
        main.out = out;
        main.err = err;
        CommandLine cl = new CommandLine(main);
        cl.setOut(new java.io.PrintWriter(out, true));
        cl.setErr(new java.io.PrintWriter(err, true));
        cl.setParameterExceptionHandler((ex, a) -> {
            err.println("error: " + ex.getMessage());
            err.println("usage: cofactor [FILE...] [-e STATEMENTS] [--help]");
            return 2;
        });
        cl.setExecutionExceptionHandler((ex, c, p) -> {
            err.println("error: internal error: " + ex);
            return 1;
        });
        return cl.execute(args);
    }

    @Override public Integer call() {
        if (maxTerms < 1 || maxEntries < 1) {
            err.println("error: --max-terms and --max-entries must be at least 1");
            return 2;
        }
        TimeLimit limit;
        try {
            limit = TimeLimit.ofSeconds(timeout);
        } catch (IllegalArgumentException e) {
            err.println("error: --timeout " + e.getMessage());
            return 2;
        }
        Session session = new Session();
        session.setLimits(new Limits(maxTerms, maxEntries));
        session.setTimeLimit(limit);
        if (files.isEmpty() && statements.isEmpty()) return new Repl(session, progress).run(in, out, err);
        try (Evaluator evaluator = new Evaluator(); ProgressLine line = progress ? new ProgressLine(err, () -> 0) : null) {
            Runner runner = new Runner(session, evaluator, out, err, Value::show, false, null, line);
            for (String f : files) {
                int status = runFile(runner, f);
                if (status != 0) return status;
            }
            for (String s : statements) if (!runner.run(s, "-e", 1, false)) return 1;
        }
        return 0;
    }

    /**
     * Runs a file statement by statement: 0 when all ran, 1 at its first error, 2 when it
     * cannot be read. A regular file is parsed through once before anything runs, so a
     * syntax error runs nothing; standard input and pipes, which cannot be read twice,
     * run up to their first error.
     */
    private int runFile(Runner runner, String name) {
        if (name.equals("-")) return runStream(runner, in, "stdin");
        Path path;
        try {
            path = Path.of(name);
        } catch (InvalidPathException e) {
            err.println("error: " + name + ": not a valid file name");
            return 2;
        }
        if (Files.isDirectory(path)) {
            err.println("error: " + name + ": is a directory, not a file");
            return 2;
        }
        try {
            if (Files.isRegularFile(path)) {
                try (InputStream s = Files.newInputStream(path)) {
                    if (!runner.checkAll(reader(s), name)) return 1;
                }
            }
            try (InputStream s = Files.newInputStream(path)) {
                return runStream(runner, s, name);
            }
        } catch (NoSuchFileException e) {
            err.println("error: " + name + ": no such file");
            return 2;
        } catch (AccessDeniedException e) {
            err.println("error: " + name + ": cannot read: permission denied");
            return 2;
        } catch (IOException e) {
            err.println("error: " + name + ": cannot read: " + e.getMessage());
            return 2;
        }
    }

    private int runStream(Runner runner, InputStream s, String name) {
        try {
            return runner.runAll(reader(s), name) ? 0 : 1;
        } catch (IOException e) {
            err.println("error: " + name + ": cannot read: " + e.getMessage());
            return 2;
        }
    }

    private static StatementReader reader(InputStream s) {
        return new StatementReader(s, false, StatementReader.MAX_STATEMENT_BYTES);
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override public String[] getVersion() {
            String v = Main.class.getPackage().getImplementationVersion();
            return new String[] {"cofactor " + (v == null ? "(development build)" : v)};
        }
    }
}
