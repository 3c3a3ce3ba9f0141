package cofactor.lang;

import static cofactor.testing.CommandLineRun.eval;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cofactor.testing.CommandLineRun;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** minimize through the language, against float64 references computed independently with NumPy. */
class MinimizeBuiltinTest {
    /** A reference file: the final point, then the loss history. */
    record Reference(double[] x, double[] history) {
        static Reference load(String name) throws IOException {
            try (InputStream in = MinimizeBuiltinTest.class.getResourceAsStream("/cofactor/optimize/" + name)) {
                List<Double> history = new ArrayList<>();
                double[] x = null;
                for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                    if (line.startsWith("#") || line.isBlank()) continue;
                    if (line.startsWith("x ")) x = java.util.Arrays.stream(line.substring(2).split(" ")).mapToDouble(Double::parseDouble).toArray();
                    else history.add(Double.parseDouble(line));
                }
                return new Reference(x, history.stream().mapToDouble(Double::doubleValue).toArray());
            }
        }
    }

    static double[] numbers(String vector) {
        return java.util.Arrays.stream(vector.replaceAll("[\\[\\]]", "").split(",")).mapToDouble(s -> Double.parseDouble(s.strip())).toArray();
    }

    static void assertRelative(double[] want, double[] got, double tol) {
        assertEquals(want.length, got.length);
        for (int i = 0; i < want.length; i++) {
            assertTrue(Math.abs(want[i] - got[i]) <= tol * Math.abs(want[i]), "entry " + i + ": want " + want[i] + ", got " + got[i]);
        }
    }

    /** Runs a sample, then one more expression in the same session; returns what that expression printed. */
    static String afterSample(String sample, String expression) {
        CommandLineRun r = CommandLineRun.of("samples/" + sample, "-e", expression);
        assertEquals(0, r.status(), r.err());
        List<String> lines = r.out().lines().toList();
        return lines.get(lines.size() - 1);
    }

    @Test void theQuestionsSampleMatchesNumPy() throws IOException {
        Reference ref = Reference.load("tf-question.txt");
        assertRelative(ref.x(), numbers(afterSample("tf-question.cof", "r.x")), 1e-12);
        assertRelative(ref.history(), numbers(afterSample("tf-question.cof", "r.history")), 1e-12);
    }

    @Test void theAnswersSampleMatchesNumPy() throws IOException {
        Reference ref = Reference.load("tf-answer.txt");
        String x = afterSample("tf-answer.cof", "r.x");
        assertTrue(x.startsWith("[["), "the point has the variables' shape: " + x);
        assertRelative(ref.x(), numbers(x), 1e-12);
        assertRelative(ref.history(), numbers(afterSample("tf-answer.cof", "r.history")), 1e-12);
    }

    @Test void badOptionsAreClearErrors() {
        CommandLineRun r = CommandLineRun.of("-e", "minimize(x^2, [x], method = \"sgd\")");
        assertEquals("error: minimize: unknown method \"sgd\" (methods: gd, momentum, adam, newton, lbfgs)", r.err().strip());
        r = CommandLineRun.of("-e", "minimize(x^2, [x], start = [1, 2])");
        assertEquals("error: minimize: start has 2 coordinates but there are 1 variables", r.err().strip());
        r = CommandLineRun.of("-e", "minimize(x^2, [x], rat = 1)");
        assertTrue(r.err().startsWith("error: minimize: unknown option 'rat'"), r.err());
    }

    @Test void partsAndPlots() {
        String setup = "r = minimize((x - 2)^2, [x], start = [0], method = \"newton\");";
        assertEquals(2, numbers(eval(setup + " r.x"))[0], 1e-12);
        assertEquals(0, Double.parseDouble(eval(setup + " r.loss")), 1e-24);
        assertTrue(eval(setup + " r.reason").contains("within tol"));
        String chart = eval(setup + " plot(r)");
        assertTrue(chart.startsWith("loss of newton over 1 steps"), chart);
    }
    /**
     * gd on x^4 from 3 with rate 10: x ← x − 40x³ gives 3, −1077, 4.997e10, … (by hand), so the
     * losses 81, 1.345e12, 6.235e42, 6.205e134 and then an infinite one; no number is infinite, so
     * the history holds the finite four and the loss part is the best point's.
     */
    @Test void aDivergedRunKeepsItsFiniteLosses() {
        String run = "r = minimize(x^4, [x], method = \"gd\", rate = 10, start = [3], steps = 100);";
        double[] history = numbers(eval(run + " r.history"));
        assertEquals(4, history.length);
        assertEquals(81.0, history[0]);
        assertEquals(Math.pow(3 - 40 * 27.0, 4), history[1], 1e-3 * history[1]);
        assertEquals("81.0", eval(run + " r.loss"));
        assertTrue(eval(run + " r.reason").startsWith("\"the loss became infinite at step 4"));
        // the report says it in words too: no line of it holds a number that reads back as a symbol
        assertFalse(eval(run + " r").matches("(?s).*\\b(inf|NaN)\\b.*"), eval(run + " r"));
    }
}
