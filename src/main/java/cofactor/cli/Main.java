package cofactor.cli;

import cofactor.guard.Limits;
import cofactor.guard.TimeLimit;
import cofactor.kernel.KernelCommand;
import cofactor.lang.Parser;
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
import java.util.Arrays;
import java.util.List;

/** {@code cofactor [FILE...] [-e STATEMENTS]}: runs files and statements, or starts the REPL when given neither. */
public final class Main {
    private static final String USAGE = "usage: cofactor [FILE...] [-e STATEMENTS] [--help]";

    private final InputStream in;
    private final PrintStream out, err;

    private Main(InputStream in, PrintStream out, PrintStream err) {
        this.in = in;
        this.out = out;
        this.err = err;
    }

    public static void main(String[] args) {
        // The parser's tables first, on a thread of their own: every run but --help and --version
        // parses, and the tables take longer to build than the text takes to read and lex
        Parser.buildTablesInBackground();
        PrintStream out = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.out), true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.err), true, StandardCharsets.UTF_8);
        System.setOut(out);
        System.setErr(err);
        int status = run(args, System.in, out, err);
        // Returning ends the process with status 0 as System.exit(0) would, without its cost on
        // JDK 21 and newer: System.exit asks the platform logger whether to log the exit, and
        // finding a logging back end searches every jar on the class path for a service file
        // (0.13 s CPU of a 0.27 s -e '1+1'). Cofactor's own threads are daemons; should a
        // library have left another thread running, exiting is the only way to end.
        if (status > 1 || otherThreadsKeepTheProcessAlive()) System.exit(status);
        if (status == 1) endWithStatusOne();
    }

    /**
     * Ends main so that the process exits with status 1 (an error in the input) without
     * System.exit's search of the class path (-e 'foo(1)' took twice the CPU of -e '1+1'): the java
     * launcher exits with 1 when main ends by an exception, after the same shutdown as a return
     * (shutdown hooks included). The error has been reported; the exception prints nothing.
     */
    private static void endWithStatusOne() {
        Thread.currentThread().setUncaughtExceptionHandler((thread, e) -> {});
        throw new StatusOne();
    }

    /** Carries status 1 out of main: no message, no stack trace. */
    private static final class StatusOne extends RuntimeException {
        StatusOne() { super(null, null, false, false); }
    }

    private static boolean otherThreadsKeepTheProcessAlive() {
        for (Thread t : Thread.getAllStackTraces().keySet()) if (t != Thread.currentThread() && t.isAlive() && !t.isDaemon()) return true;
        return false;
    }

    /** Runs the command line and returns the exit status; {@code in} is standard input (file {@code -}, piped REPL input). */
    public static int run(String[] args, InputStream in, PrintStream out, PrintStream err) {
        if (args.length > 0 && args[0].equals("kernel")) return KernelCommand.run(Arrays.copyOfRange(args, 1, args.length), out, err);
        Options options = Options.parse(args);
        Main main = new Main(in, out, err);
        try {
            if (options.help()) out.print(help());
            else if (options.version()) out.println("cofactor " + Version.text());
            else if (options.error() != null) {
                err.println("error: " + options.error());
                err.println(USAGE);
                return 2;
            } else return main.run(options);
            return 0;
        } catch (RuntimeException e) {
            err.println("error: internal error: " + e);
            return 1;
        }
    }

    private int run(Options options) {
        if (options.maxTerms() < 1 || options.maxEntries() < 1) {
            err.println("error: --max-terms and --max-entries must be at least 1");
            return 2;
        }
        TimeLimit limit;
        try {
            limit = TimeLimit.ofSeconds(options.timeout());
        } catch (IllegalArgumentException e) {
            err.println("error: --timeout " + e.getMessage());
            return 2;
        }
        // The first -e statement is parsed on another thread while the session is set up.
        Parser.Begun first = options.statements().isEmpty() ? null : Parser.begin(options.statements().get(0), "-e", 1);
        Session session = new Session();
        session.setLimits(new Limits(options.maxTerms(), options.maxEntries()));
        session.setTimeLimit(limit);
        if (options.files().isEmpty() && options.statements().isEmpty()) return new Repl(session, options.progress()).run(in, out, err);
        try (Evaluator evaluator = new Evaluator(); ProgressLine line = options.progress() ? new ProgressLine(err, () -> 0) : null) {
            Runner runner = new Runner(session, evaluator, out, err, Value::show, false, null, line);
            for (String f : options.files()) {
                int status = runFile(runner, f);
                if (status != 0) return status;
            }
            List<String> statements = options.statements();
            for (int i = 0; i < statements.size(); i++) {
                if (!(i == 0 ? runner.run(first, false) : runner.run(statements.get(i), "-e", 1, false))) return 1;
            }
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

    private static String help() {
        return """
                Usage: cofactor [-hV] [--progress] [--max-entries=N] [--max-terms=N]
                                [--timeout=SECONDS] [-e=STATEMENTS]... [FILE...]
                Exact determinants, symbolic derivatives and compiled gradients.
                With no FILE and no -e, starts the interactive REPL.
                      [FILE...]           expression files (*.cof) to run, in order; - reads
                                            standard input
                  -e, --eval=STATEMENTS   statements to run after the files (repeatable)
                  -h, --help              Show this help message and exit.
                      --max-entries=N     refuse matrices with more than N entries (default:
                                            %d)
                      --max-terms=N       refuse expansions estimated above N terms (default:
                                            %d)
                      --progress          show the status line of statements running over a
                                            second on standard error for files, -e and piped
                                            input too (the REPL always does)
                      --timeout=SECONDS   stop any statement running longer than this (default:
                                            none)
                  -V, --version           Print version information and exit.

                Exit status: 0 success, 1 an error in the input (piped into the REPL too), 2
                bad usage or an unreadable file.
                Examples:
                  cofactor samples/seed.cof
                  cofactor -e 'd(det([[x, x^2], [1, sin x]]), x)'
                  cofactor kernel install       (the Jupyter kernel; cofactor kernel --connection-file F runs it)
                """.formatted(Limits.DEFAULT.maxEntries(), Limits.DEFAULT.maxTerms());
    }
}
