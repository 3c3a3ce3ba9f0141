package cofactor.cli;

import cofactor.lang.Session;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
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
        footer = {"", "Exit status: 0 success, 1 an error in the input, 2 bad usage.",
                "Examples:", "  cofactor samples/seed.cof", "  cofactor -e 'd(det([[x, x^2], [1, sin x]]), x)'"})
public final class Main implements Callable<Integer> {
    @Parameters(paramLabel = "FILE", description = "expression files (*.cof) to run, in order")
    private List<Path> files = new ArrayList<>();

    @Option(names = {"-e", "--eval"}, paramLabel = "STATEMENTS", description = "statements to run after the files (repeatable)")
    private List<String> statements = new ArrayList<>();

    @Option(names = "--max-terms", paramLabel = "N", description = "refuse expansions estimated above N terms (default: ${DEFAULT-VALUE})")
    private long maxTerms = Session.DEFAULT_MAX_TERMS;

    @Option(names = "--max-entries", paramLabel = "N", description = "refuse matrices with more than N entries (default: ${DEFAULT-VALUE})")
    private long maxEntries = Session.DEFAULT_MAX_ENTRIES;

    @Option(names = "--timeout", paramLabel = "SECONDS", description = "stop any statement running longer than this (default: none)")
    private double timeout = 0;

    private PrintStream out = System.out, err = System.err;

    public static void main(String[] args) {
        PrintStream out = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.out), true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.err), true, StandardCharsets.UTF_8);
        System.setOut(out);
        System.setErr(err);
        System.exit(run(args, out, err));
    }

    /** Runs the command line and returns the exit status (the REPL reads System.in). */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        Main main = new Main();
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
        if (maxTerms < 1 || maxEntries < 1 || !(timeout >= 0)) {
            err.println("error: --max-terms and --max-entries must be at least 1 and --timeout at least 0");
            return 2;
        }
        Session session = new Session();
        session.setMaxTerms(maxTerms);
        session.setMaxEntries(maxEntries);
        session.setTimeLimitSeconds(timeout);
        if (files.isEmpty() && statements.isEmpty()) return new Repl(session).run();
        try (Evaluator evaluator = new Evaluator()) {
            Runner runner = new Runner(session, evaluator, out, err);
            for (Path f : files) {
                String source;
                try {
                    source = Files.readString(f, StandardCharsets.UTF_8);
                } catch (NoSuchFileException e) {
                    err.println("error: " + f + ": no such file");
                    return 2;
                } catch (IOException e) {
                    err.println("error: " + f + ": cannot read: " + e.getMessage());
                    return 2;
                }
                if (!runner.run(source, f.toString(), true)) return 1;
            }
            for (String s : statements) if (!runner.run(s, "-e", false)) return 1;
        }
        return 0;
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override public String[] getVersion() {
            String v = Main.class.getPackage().getImplementationVersion();
            return new String[] {"cofactor " + (v == null ? "(development build)" : v)};
        }
    }
}
