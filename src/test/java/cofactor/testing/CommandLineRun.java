package cofactor.testing;

import cofactor.cli.Main;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/** Runs the command line in-process and captures what it prints and its exit status. */
public record CommandLineRun(int status, String out, String err) {

    public static CommandLineRun of(String... args) {
        return withInput(new byte[0], args);
    }

    /** With {@code stdin} as standard input (read by the file {@code -} and by the REPL, piped). */
    public static CommandLineRun withInput(byte[] stdin, String... args) {
        ByteArrayOutputStream o = new ByteArrayOutputStream(), e = new ByteArrayOutputStream();
        int status = Main.run(args, new ByteArrayInputStream(stdin), new PrintStream(o, true, StandardCharsets.UTF_8), new PrintStream(e, true, StandardCharsets.UTF_8));
        return new CommandLineRun(status, o.toString(StandardCharsets.UTF_8), e.toString(StandardCharsets.UTF_8));
    }

    /** The value printed by {@code -e source}, without the trailing newline. */
    public static String eval(String source) {
        CommandLineRun r = of("-e", source);
        if (r.status != 0) throw new AssertionError("'" + source + "' failed with status " + r.status + ": " + r.err);
        return r.out.stripTrailing();
    }
}
