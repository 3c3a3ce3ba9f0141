package cofactor.lang;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cofactor.expr.Expr;
import cofactor.expr.Sym;
import cofactor.testing.DoubleEval;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Cofactor against SymPy's automatic simplification (what SymPy gives on construction,
 * no {@code simplify()}) on 500 random expressions that SymPy shortens, committed with
 * the script that made them ({@code /cofactor/sympy/automatic_forms.py}). The length of
 * a result is its printed length in Cofactor syntax without spaces, the measure the
 * script used to choose the cases. Each result must also agree with SymPy's value of its
 * own form at the three recorded points where that is a real number: an independent
 * check that neither side simplified wrongly.
 */
class AutomaticFormsTest {
    private static final String DATA = "/cofactor/sympy/automatic_forms.txt";
    /**
     * How many cases Cofactor prints at least as short as SymPy: 486 of 500 (97.2 %) when this
     * was written, the issue's goal being 95 %; a floor, so a change that lengthens results fails
     * (the README records the figure).
     */
    private static final int AT_LEAST_AS_SHORT = 486;

    record Point(Map<Sym, Double> at, String value) {}

    record Case(String input, String sympy, List<Point> points) {}

    static List<Case> cases() throws IOException {
        List<String> lines;
        try (InputStream in = AutomaticFormsTest.class.getResourceAsStream(DATA)) {
            lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        }
        List<Case> cases = new ArrayList<>();
        for (String line : lines) {
            if (line.startsWith("#")) continue;
            String[] cols = line.split("\t");
            List<Point> points = new ArrayList<>();
            for (int i = 2; i < cols.length; i++) {
                String[] p = cols[i].split(" ");
                points.add(new Point(Map.of(Sym.of("x"), rational(p[0]), Sym.of("y"), rational(p[1]), Sym.of("z"), rational(p[2])), p[3]));
            }
            cases.add(new Case(cols[0], cols[1], points));
        }
        return cases;
    }

    private static double rational(String q) {
        int slash = q.indexOf('/');
        return slash < 0 ? Double.parseDouble(q) : Double.parseDouble(q.substring(0, slash)) / Double.parseDouble(q.substring(slash + 1));
    }

    static int length(String text) { return text.replace(" ", "").length(); }

    private static Expr evaluate(String text) {
        List<cofactor.lang.ast.Statement> statements = StandardParser.parse(text, "test");
        assertEquals(1, statements.size(), text);
        return ((ScalarValue) new Interpreter(new Session()).execute(statements.get(0))).expr();
    }

    @Test void cofactorPrintsAtLeastAsShortAsSymPyAndAgreesWithItsValues() throws IOException {
        List<Case> cases = cases();
        assertEquals(500, cases.size());
        List<String> longer = new ArrayList<>(), wrong = new ArrayList<>();
        int checkedPoints = 0;
        for (Case c : cases) {
            Expr result;
            try {
                result = evaluate(c.input);
            } catch (RuntimeException e) { // an error is no result: it counts as longer and as wrong
                longer.add(c.input + "  →  error: " + e.getMessage());
                wrong.add(c.input + "  →  error: " + e.getMessage());
                continue;
            }
            String printed = result.toString();
            if (length(printed) > length(c.sympy)) longer.add(c.input + "  →  " + printed + "   (SymPy: " + c.sympy + ")");
            for (Point p : c.points) {
                if (p.value.equals("undefined")) continue;
                double want = new BigDecimal(p.value).doubleValue(), got = DoubleEval.eval(result, p.at);
                checkedPoints++;
                if (!(DoubleEval.relativeError(got, want) <= 1e-9)) wrong.add(c.input + "  →  " + printed + " is " + got + " at " + p.at + ", SymPy's " + c.sympy + " is " + want);
            }
        }
        int atLeastAsShort = cases.size() - longer.size();
        System.out.printf("AutomaticFormsTest: Cofactor prints %d of %d at least as short as SymPy (%.1f %%); %d values checked%n",
                atLeastAsShort, cases.size(), 100.0 * atLeastAsShort / cases.size(), checkedPoints);
        longer.forEach(s -> System.out.println("  longer: " + s));
        assertTrue(wrong.isEmpty(), wrong.size() + " results disagree with SymPy:\n" + String.join("\n", wrong));
        assertTrue(checkedPoints >= cases.size(), "too few points where SymPy's form is real: " + checkedPoints);
        assertTrue(atLeastAsShort >= AT_LEAST_AS_SHORT, "only " + atLeastAsShort + " of " + cases.size()
                + " at least as short as SymPy's form:\n" + String.join("\n", longer));
    }
}
