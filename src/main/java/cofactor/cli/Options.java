package cofactor.cli;

import cofactor.guard.Limits;
import java.util.ArrayList;
import java.util.List;

/**
 * The command line read into options, by hand: picocli's reflective set-up of the same
 * options took 0.2 s of a 0.44 s {@code cofactor -e '1+1'}, half of every one-line run.
 * Options take their value as the next argument or after {@code =} ({@code --timeout 5},
 * {@code --timeout=5}, {@code -e1+1}); short flags cluster ({@code -hV}); {@code --} ends
 * the options and {@code -} is a file (standard input). A help or version request wins
 * over a mistake elsewhere on the line, so {@code cofactor --bogus --help} still helps.
 *
 * @param error the first usage mistake (shown with the short usage line), or null
 */
record Options(List<String> files, List<String> statements, long maxTerms, long maxEntries, double timeout,
               boolean progress, boolean help, boolean version, String error) {

    static Options parse(String[] args) {
        return new Reader(args).read();
    }

    /** The state of one pass over the arguments. */
    private static final class Reader {
        private final String[] args;
        private int next;
        private final List<String> files = new ArrayList<>(), statements = new ArrayList<>();
        private final List<String> given = new ArrayList<>();
        private long maxTerms = Limits.DEFAULT.maxTerms(), maxEntries = Limits.DEFAULT.maxEntries();
        private double timeout;
        private boolean progress, help, version;
        private String error;

        Reader(String[] args) { this.args = args; }

        Options read() {
            boolean optionsEnded = false;
            while (next < args.length) {
                String a = args[next++];
                if (optionsEnded || a.equals("-") || !a.startsWith("-")) files.add(a);
                else if (a.equals("--")) optionsEnded = true;
                else if (a.startsWith("--")) readLong(a);
                else readShortCluster(a);
            }
            return new Options(List.copyOf(files), List.copyOf(statements), maxTerms, maxEntries, timeout, progress, help, version, error);
        }

        private void readLong(String a) {
            int eq = a.indexOf('=');
            String name = eq < 0 ? a : a.substring(0, eq), inline = eq < 0 ? null : a.substring(eq + 1);
            switch (name) {
                case "--help" -> help = true;
                case "--version" -> version = true;
                case "--eval" -> addStatement(inline);
                case "--progress" -> {
                    if (once(name, "")) progress = inline == null || readBoolean(name, inline);
                }
                case "--max-terms" -> {
                    if (once(name, " (N)")) maxTerms = readLong(name, valueOf(name, "N", inline), maxTerms);
                }
                case "--max-entries" -> {
                    if (once(name, " (N)")) maxEntries = readLong(name, valueOf(name, "N", inline), maxEntries);
                }
                case "--timeout" -> {
                    if (once(name, " (SECONDS)")) timeout = readDouble(name, valueOf(name, "SECONDS", inline));
                }
                default -> fail("Unknown option: '" + a + "'");
            }
        }

        /** {@code -hV}, {@code -e STATEMENTS}, {@code -eSTATEMENTS}, {@code -e=STATEMENTS}. */
        private void readShortCluster(String a) {
            for (int i = 1; i < a.length(); i++) {
                switch (a.charAt(i)) {
                    case 'h' -> help = true;
                    case 'V' -> version = true;
                    case 'e' -> {
                        String rest = a.substring(i + 1);
                        addStatement(rest.isEmpty() ? null : rest.startsWith("=") ? rest.substring(1) : rest);
                        return;
                    }
                    default -> {
                        fail("Unknown option: '" + a + "'");
                        return;
                    }
                }
            }
        }

        private void addStatement(String inline) {
            String s = valueOf("--eval", "STATEMENTS", inline);
            if (s != null) statements.add(s);
        }

        /** The option's value: written after {@code =}, or the next argument unless that is itself an option. */
        private String valueOf(String name, String label, String inline) {
            if (inline != null) return inline;
            if (next == args.length) {
                fail("Missing required parameter for option '" + name + "' (" + label + ")");
                return null;
            }
            if (isOption(args[next])) {
                fail("Expected parameter for option '" + name + "' but found '" + args[next] + "'");
                return null;
            }
            return args[next++];
        }

        private static boolean isOption(String a) {
            String name = a.contains("=") ? a.substring(0, a.indexOf('=')) : a;
            return switch (name) {
                case "-h", "--help", "-V", "--version", "-e", "--eval", "--progress", "--max-terms", "--max-entries", "--timeout" -> true;
                default -> false;
            };
        }

        /** False, with the mistake noted, when a single-valued option is given a second time. */
        private boolean once(String name, String label) {
            if (given.contains(name)) {
                fail("option '" + name + "'" + label + " should be specified only once");
                return false;
            }
            given.add(name);
            return true;
        }

        private boolean readBoolean(String name, String v) {
            if (v.equalsIgnoreCase("true")) return true;
            if (!v.equalsIgnoreCase("false")) fail("Invalid value for option '" + name + "': '" + v + "' is not a boolean");
            return false;
        }

        private long readLong(String name, String v, long unchanged) {
            if (v == null) return unchanged;
            try {
                return Long.parseLong(v);
            } catch (NumberFormatException e) {
                fail("Invalid value for option '" + name + "': '" + v + "' is not a long");
                return unchanged;
            }
        }

        private double readDouble(String name, String v) {
            if (v == null) return 0;
            try {
                return Double.parseDouble(v);
            } catch (NumberFormatException e) {
                fail("Invalid value for option '" + name + "': '" + v + "' is not a double");
                return 0;
            }
        }

        private void fail(String message) {
            if (error == null) error = message;
        }
    }
}
