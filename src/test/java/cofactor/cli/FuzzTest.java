package cofactor.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cofactor.guard.Limits;
import cofactor.guard.TimeLimit;
import cofactor.lang.Session;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Random statements through the real pipeline (parse, then the interpreter on the
 * {@link Evaluator} with a time limit and a lowered term limit, as a file run does).
 * Three sources: a grammar-aware generator (numbers of all forms, Unicode names, every
 * built-in with random arities and options, matrices, operators, {@code |}, postfix,
 * definitions), random token soup, and mutations (deletions, insertions, swaps,
 * duplications) of statements from samples/*.cof.
 *
 * <p>Each input must end with its value or one error line: nothing but the user-facing
 * errors may escape, and no output may show a stack trace, an exception name or an
 * internal error. (How promptly a statement stops at its time limit is the
 * business of InterruptTest, which asserts it without a clock.)
 * Inputs run in episodes of a few, in one session, so definitions meet later statements.
 *
 * <p>Default: 10 000 inputs. Longer: {@code mvn test -Dtest=FuzzTest -Dfuzz.count=100000};
 * another stream: {@code -Dfuzz.seed=N}. A failure prints the input and its seed;
 * {@code -Dfuzz.seed=S -Dfuzz.count=1} reruns exactly that input.
 */
class FuzzTest {
    private static final int COUNT = Integer.getInteger("fuzz.count", 10_000);
    private static final long SEED = Long.getLong("fuzz.seed", 7_000_000L);
    private static final double TIME_LIMIT_SECONDS = 2;
    private static final long MAX_TERMS = 100_000;
    private static final int EPISODE = 8;

    private static final Pattern FORBIDDEN = Pattern.compile(
            "Exception|Error:|\\bat cofactor\\.|\\bat java\\.|\\tat |internal error|java\\.lang|\\$\\$Lambda|StackOverflow|OutOfMemory");

    @Test
    void randomInputsGetAnAnswerOrAnErrorLine() throws IOException {
        List<String> samples = sampleStatements();
        Set<String> before = listing(Path.of("."));
        List<String> failures = new ArrayList<>();
        int errors = 0, timeouts = 0;
        try (Evaluator evaluator = new Evaluator()) {
            Session session = null;
            Runner runner = null;
            long episodeSeed = SEED;
            ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();
            for (int i = 0; i < COUNT; i++) {
                long seed = SEED + i;
                Random random = new Random(seed);
                if (i % EPISODE == 0 || session == null) {
                    episodeSeed = seed;
                    session = new Session();
                    runner = new Runner(session, evaluator, new PrintStream(out, true, StandardCharsets.UTF_8),
                            new PrintStream(err, true, StandardCharsets.UTF_8), cofactor.lang.Value::show, false);
                }
                session.setLimits(session.limits().withMaxTerms(MAX_TERMS));
                session.setTimeLimit(TimeLimit.ofSeconds(TIME_LIMIT_SECONDS));
                String input = switch (random.nextInt(4)) {
                    case 0, 1 -> new Generator(random).statements();
                    case 2 -> tokenSoup(random);
                    default -> mutate(random, samples);
                };
                out.reset();
                err.reset();
                String problem = null;
                try {
                    if (!runner.run(input, "fuzz", 1, false)) errors++;
                } catch (Throwable t) {
                    problem = "escaped: " + t;
                }
                String text = out.toString(StandardCharsets.UTF_8) + err.toString(StandardCharsets.UTF_8);
                if (text.contains("stopped after the time limit")) timeouts++;
                if (problem == null && FORBIDDEN.matcher(text).find()) problem = "printed: " + firstLines(text);
                if (problem != null) {
                    failures.add("seed " + seed + " (-Dfuzz.seed=" + seed + " -Dfuzz.count=1; its session began at seed " + episodeSeed
                            + "), input " + escape(input) + "\n    " + problem);
                    session = null; // start clean after a failure
                }
            }
        }
        System.out.printf("FuzzTest: %d inputs from seed %d: %d ended in an error line, %d hit the %.0f s limit%n",
                COUNT, SEED, errors, timeouts, TIME_LIMIT_SECONDS);
        assertTrue(failures.isEmpty(), failures.size() + " failures:\n" + String.join("\n", failures.subList(0, Math.min(30, failures.size()))));
        assertEquals(before, listing(Path.of(".")), "the fuzz run wrote files into the working directory");
    }

    // ---- the grammar-aware generator

    private static final String[] NAMES = {"x", "y", "z", "t", "a", "b", "A", "B", "M", "v", "r", "s", "θ", "φ", "λ", "α_1",
            "x1", "a12", "_k", "Δx", "pi", "E", "e", "d", "N"};
    private static final String[] BOUND = {"A", "B", "v", "r", "s", "f", "g", "h", "k"};
    private static final String[] BUILTINS = builtinNames();
    private static final String[] OPTIONS = {"start", "method", "rate", "steps", "tol", "momentum", "file", "timeout",
            "points", "seed", "x", "y", "bogus"};
    private static final String[] STRINGS = {"\"gd\"", "\"momentum\"", "\"adam\"", "\"newton\"", "\"lbfgs\"", "\"nope\"", "\"\"",
            "\"/nonexistent-cofactor-dir/p.png\"", "\"chart.txt\"", "\"a\\\"b\""};
    private static final String[] PARTS = {"x", "loss", "history", "steps", "gradnorm", "reason", "method", "nope"};

    /** Every built-in except set, which could lift the fuzz run's own limits. */
    private static String[] builtinNames() {
        return new Session().builtins().names().stream().filter(n -> !n.equals("set")).toArray(String[]::new);
    }

    private static final class Generator {
        private final Random r;
        private int budget = 40; // nodes per statement, so statements stay small

        Generator(Random r) { this.r = r; }

        String statements() {
            int n = 1 + r.nextInt(3);
            StringBuilder sb = new StringBuilder();
            for (int k = 0; k < n; k++) {
                if (k > 0) sb.append(r.nextBoolean() ? "\n" : "; ");
                budget = 40;
                sb.append(statement());
            }
            if (r.nextInt(4) == 0) sb.append(';');
            return sb.toString();
        }

        private String statement() {
            return switch (r.nextInt(10)) {
                case 0, 1 -> pick(BOUND) + " = " + expr(3);
                case 2 -> pick(new String[] {"f", "g", "h"}) + "(" + params() + ") = " + expr(3);
                case 3 -> expr(3) + " | " + bindings();
                default -> expr(4);
            };
        }

        private String params() {
            int n = r.nextInt(3);
            StringBuilder sb = new StringBuilder();
            for (int k = 0; k < n; k++) sb.append(k > 0 ? ", " : "").append(pick(new String[] {"x", "y", "u", "f", "θ"}));
            return sb.toString();
        }

        private String bindings() {
            StringBuilder sb = new StringBuilder();
            int n = 1 + r.nextInt(2);
            for (int k = 0; k < n; k++) sb.append(k > 0 ? ", " : "").append(pick(NAMES)).append(" = ").append(expr(1));
            return sb.toString();
        }

        String expr(int depth) {
            if (--budget <= 0 || depth <= 0) return atom();
            return switch (r.nextInt(16)) {
                case 0, 1, 2 -> expr(depth - 1) + " " + pick(new String[] {"+", "-", "*", "/", "^", "+", "*"}) + " " + expr(depth - 1);
                case 3 -> "(" + expr(depth - 1) + ")";
                case 4 -> "-" + expr(depth - 1);
                case 5, 6 -> call(depth);
                case 7 -> pick(new String[] {"sin", "cos", "exp", "log", "sqrt", "abs", "det", "tr", "N"}) + " " + expr(depth - 1);
                case 8 -> matrix(depth);
                case 9 -> vector(depth);
                case 10 -> number() + pick(NAMES); // implicit product 2x
                case 11 -> expr(depth - 1) + postfix();
                case 12 -> pick(NAMES) + " " + pick(NAMES);
                case 13 -> pick(new String[] {"f", "g", "h", "k"}) + "(" + args(depth, 0) + ")";
                case 14 -> "(" + expr(depth - 1) + ")^" + smallExponent();
                default -> atom();
            };
        }

        private String postfix() {
            return switch (r.nextInt(4)) {
                case 0 -> "'";
                case 1 -> "[" + (1 + r.nextInt(3)) + "]";
                case 2 -> "[" + (r.nextInt(4)) + ", " + (1 + r.nextInt(3)) + "]";
                default -> "." + pick(PARTS);
            };
        }

        private String call(int depth) {
            String name = pick(BUILTINS);
            return name + "(" + args(depth, r.nextInt(5)) + ")";
        }

        private String args(int depth, int n) {
            StringBuilder sb = new StringBuilder();
            if (n == 0) n = r.nextInt(4);
            for (int k = 0; k < n; k++) sb.append(k > 0 ? ", " : "").append(r.nextInt(4) == 0 ? pick(NAMES) : expr(depth - 1));
            int options = r.nextInt(6) == 0 ? 1 + r.nextInt(2) : 0;
            for (int k = 0; k < options; k++) sb.append(sb.length() > 0 ? ", " : "").append(pick(OPTIONS)).append(" = ").append(optionValue(depth));
            return sb.toString();
        }

        private String optionValue(int depth) {
            return switch (r.nextInt(5)) {
                case 0 -> pick(STRINGS);
                case 1 -> "[" + number() + ", " + number() + "]";
                case 2 -> String.valueOf(r.nextInt(50) - 5);
                default -> expr(depth - 2);
            };
        }

        private String matrix(int depth) {
            int m = 1 + r.nextInt(3), n = 1 + r.nextInt(3);
            StringBuilder sb = new StringBuilder("[");
            for (int i = 0; i < m; i++) {
                sb.append(i > 0 ? ", " : "").append('[');
                int cols = r.nextInt(12) == 0 ? 1 + r.nextInt(3) : n; // now and then a ragged row
                for (int j = 0; j < cols; j++) sb.append(j > 0 ? ", " : "").append(expr(depth - 2));
                sb.append(']');
            }
            return sb.append(']').toString();
        }

        private String vector(int depth) {
            int n = r.nextInt(4);
            StringBuilder sb = new StringBuilder("[");
            for (int k = 0; k < n; k++) sb.append(k > 0 ? ", " : "").append(expr(depth - 2));
            return sb.append(']').toString();
        }

        private String smallExponent() {
            return switch (r.nextInt(8)) {
                case 0 -> "-1";
                case 1 -> "(1/2)";
                case 2 -> "0.5";
                case 3 -> String.valueOf(r.nextInt(40));
                case 4 -> pick(new String[] {"(10^10)", "1000000", "(-2)", "x", "1e400", "(2^64)"});
                default -> String.valueOf(1 + r.nextInt(4));
            };
        }

        private String atom() {
            return switch (r.nextInt(6)) {
                case 0, 1 -> number();
                case 2 -> pick(BOUND);
                default -> pick(NAMES);
            };
        }

        private String number() {
            return switch (r.nextInt(14)) {
                case 0 -> "0";
                case 1 -> "0.0";
                case 2 -> ".5";
                case 3 -> "1e-3";
                case 4 -> "2.5E+4";
                case 5 -> "1e400";
                case 6 -> "123456789012345678901234567890";
                case 7 -> String.valueOf(r.nextDouble() * 10);
                case 8 -> "1/3";
                case 9 -> "4.9e-324";
                default -> String.valueOf(r.nextInt(10));
            };
        }

        private String pick(String[] choices) { return choices[r.nextInt(choices.length)]; }
    }

    // ---- token soup and mutations

    private static final String[] PIECES = {
        "x", "y", "A", "θ", "𝑥", "f", "e", "E", "N", "pi", "r", "v",
        "2", "3.5", ".5", "1e-3", "2.5E+4", "12345678901234567890", "0", "1e999",
        "+", "-", "*", "/", "^", "=", "|", ",", ";", ".", "'", ":", "!", "&", "%", "{", "}",
        "(", ")", "[", "]", "(", "[", ")", "]", "[[", "]]",
        "\n", "\r\n", "# note\n", "\"s\"", "\"", "\\", "key = ", "steps = ", "method = ", "@", "\u0007", "\t", "\u00a0", "\u0000",
        "\u202e", "\ud835", "x.loss", "A'", "A[1, 1]",
    };
    private static final String[] GAPS = {"", "", " ", "  "};

    private static String tokenSoup(Random random) {
        StringBuilder source = new StringBuilder();
        int length = random.nextInt(25);
        for (int k = 0; k < length; k++) {
            String piece = random.nextInt(4) == 0 ? BUILTINS[random.nextInt(BUILTINS.length)] : PIECES[random.nextInt(PIECES.length)];
            source.append(piece).append(GAPS[random.nextInt(GAPS.length)]);
        }
        return source.toString();
    }

    private static final Pattern TOKEN = Pattern.compile("\"[^\"\\n]*\"|[\\p{L}_][\\p{L}\\p{N}_]*|\\d*\\.?\\d+(?:[eE][+-]?\\d+)?|\\s+|.");

    /** One to four consecutive sample statements, with one to three token-level edits. */
    private static String mutate(Random random, List<String> statements) {
        int from = random.nextInt(statements.size()), n = 1 + random.nextInt(4);
        StringBuilder sb = new StringBuilder();
        for (int k = from; k < Math.min(statements.size(), from + n); k++) sb.append(statements.get(k)).append('\n');
        List<String> tokens = new ArrayList<>();
        Matcher m = TOKEN.matcher(sb);
        while (m.find()) tokens.add(m.group());
        int edits = 1 + random.nextInt(3);
        for (int k = 0; k < edits && !tokens.isEmpty(); k++) {
            int at = random.nextInt(tokens.size());
            switch (random.nextInt(4)) {
                case 0 -> tokens.remove(at);
                case 1 -> tokens.add(at, random.nextBoolean() ? PIECES[random.nextInt(PIECES.length)] : tokens.get(random.nextInt(tokens.size())));
                case 2 -> {
                    int other = random.nextInt(tokens.size());
                    String t = tokens.get(at);
                    tokens.set(at, tokens.get(other));
                    tokens.set(other, t);
                }
                default -> tokens.add(at, tokens.get(at));
            }
        }
        return String.join("", tokens);
    }

    /**
     * The statements of the samples without comments (a comment mentions plot(r, file = "loss.png"),
     * and a mutation must not turn it into a file write), and with cheaper optimizer runs.
     */
    private static List<String> sampleStatements() throws IOException {
        List<String> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of("samples"))) {
            for (Path p : files.filter(f -> f.toString().endsWith(".cof")).sorted().toList()) {
                for (String line : Files.readAllLines(p)) {
                    int hash = line.indexOf('#');
                    String code = (hash >= 0 ? line.substring(0, hash) : line).strip();
                    if (!code.isEmpty()) out.add(code);
                }
            }
        }
        assertTrue(out.size() > 20, "samples/*.cof should give statements to mutate");
        return out;
    }

    private static Set<String> listing(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return new TreeSet<>(files.map(Path::toString).toList());
        }
    }

    private static String firstLines(String text) {
        return text.lines().limit(4).reduce((a, b) -> a + " / " + b).orElse("");
    }

    static String escape(String s) {
        StringBuilder out = new StringBuilder("\"");
        s.codePoints().forEach(cp -> {
            if (cp == '"' || cp == '\\') out.append('\\').appendCodePoint(cp);
            else if (cp < 0x20 || cp == 0x7f || (cp >= 0x80 && cp <= 0xa0) || cp == 0x202e || Character.isSurrogate((char) cp)) out.append(String.format("\\u%04x", cp));
            else out.appendCodePoint(cp);
        });
        return out.append('"').toString();
    }
}
