package cofactor.lang;

import static org.junit.jupiter.api.Assertions.*;

import cofactor.expr.Expr;
import cofactor.numeric.Refine;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** solve, root, nsolve and critical as a session runs them: values, warnings and errors. */
class SolveBuiltinsTest {
    private final ByteArrayOutputStream warnings = new ByteArrayOutputStream();
    private final Session session = new Session();

    SolveBuiltinsTest() { session.setWarnings(new PrintStream(warnings, true, StandardCharsets.UTF_8)); }

    private Value run(String text) {
        Value last = null;
        for (var st : StandardParser.parse(text, "test")) last = new Interpreter(session).execute(st);
        return last;
    }

    private String shown(String text) { return run(text).show(); }

    private String warned() { return warnings.toString(StandardCharsets.UTF_8); }

    @Test void theSingularPointOfADeterminantIsFoundAndTheRestIsNamed() {
        // det = x*sin(x) - x^2 = x*(sin(x) - x): 0 exactly; sin(x) = x has no closed form, which one line says
        assertEquals("[0]", shown("solve(det([[x, x^2], [1, sin x]]), x)"));
        assertEquals(1, warned().lines().count(), warned());
        assertTrue(warned().contains("sin(x) - x") && warned().contains("may be missing"), warned());
    }

    @Test void complexRootsSayThereAreNoRealSolutions() {
        assertEquals("no real solutions (all 2 solutions are complex)", shown("solve(x^2 + 1, x)"));
        assertEquals("no real solutions (all 2 solutions are complex)", shown("solve([x^2 + 1, y - x], [x, y])"));
    }

    @Test void exactSolutionsByHand() {
        assertEquals("[-sqrt(2), sqrt(2)]", shown("solve(x^2 - 2, x)"));
        assertEquals("[1, 2, 3]", shown("solve(x^3 - 6x^2 + 11x - 6, x)"));
        assertEquals("[-1]", shown("solve((x^2 - 1)/(x - 1), x)")); // 1 is a pole, not a solution
        assertEquals("[0, log(2)]", shown("solve(exp(2x) - 3exp(x) + 2, x)"));
        assertEquals("[[-sqrt(2)/2, -sqrt(2)/2], [sqrt(2)/2, sqrt(2)/2]]", shown("solve([x^2 + y^2 - 1, x - y], [x, y])"));
        assertEquals("[[1, 0, 0], [0, 1, 0], [0, 0, 1]]", shown("solve([x^2 + y^2 + z^2 - 1, x + y + z - 1, x*y*z], [x, y, z])"));
    }

    @Test void rootConstantsAreComputedToAnyPrecision() {
        assertEquals("[root(x^5 - x - 1, 1)]", shown("solve(x^5 - x - 1, x)"));
        // the real root of x^5 - x - 1 (OEIS A160155: 1.1673039782614186842560458998...)
        assertTrue(shown("N(root(x^5 - x - 1, 1), 30)").startsWith("1.16730397826141868425604589985"), shown("N(root(x^5 - x - 1, 1), 30)"));
        assertEquals("sqrt(2)", shown("root(x^2 - 2, 2)"));
        assertEquals("0", shown("d(root(x^5 - x - 1, 1)*x, x) - root(x^5 - x - 1, 1)"));
        EvalError e = assertThrows(EvalError.class, () -> run("root(x^2 - 2, 3)"));
        assertTrue(e.getMessage().contains("has 2 real roots"), e.getMessage());
    }

    @Test void nsolveConvergesOrSaysItDidNot() {
        Expr x = ((ScalarValue) run("nsolve(cos(x) - x, x, start = 1)")).expr();
        assertEquals(0.7390851332151607, Refine.toDouble(x), 1e-15); // the Dottie number
        String v = shown("nsolve([x^2 + y^2 - 4, x*y - 1], [x, y], start = [2, 0.5])");
        // x = sqrt(2 + sqrt(3)), y = 1/x by hand
        double xs = Math.sqrt(2 + Math.sqrt(3));
        assertTrue(v.startsWith("[" + String.valueOf(xs).substring(0, 14)), v);
        EvalError e = assertThrows(EvalError.class, () -> run("nsolve(x^2 + 1, x, start = 3)"));
        assertTrue(e.getMessage().contains("did not converge") || e.getMessage().contains("singular"), e.getMessage());
    }

    @Test void criticalClassifiesByTheHessian() {
        // grad = (3x^2 - 3, 2y): (±1, 0); Hessian diag(6x, 2): x = 1 a minimum, x = -1 a saddle
        String r = shown("critical(x^3 - 3x + y^2, [x, y])");
        assertTrue(r.contains("[-1, 0]  saddle") && r.contains("[1, 0]   minimum"), r);
        assertTrue(shown("critical(x^4, x)").contains("degenerate"));
        assertTrue(shown("critical(-(x^2) - y^2, [x, y])").contains("maximum"));
    }

    @Test void newtonStoppedAtASaddleSaysSo() {
        String r = shown("minimize(x^4 - 3x^2 + y^2, [x, y], start = [0, 0], method = \"newton\")");
        assertTrue(r.contains("saddle, not a minimum"), r);
        assertFalse(shown("minimize(x^4 - 3x^2 + y^2, [x, y], start = [1, 1], method = \"newton\")").contains("saddle"));
    }
}
