package cofactor.lang;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cofactor.Cofactor;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The Matrix Cookbook's derivative identities (section 2), each derived by Cofactor in closed
 * form and proven equal to the Cookbook's formula by check: exactly at sizes 1 to 3 at least
 * (instantiated and expanded) and numerically at 10 and 50. The formulas are the Cookbook's,
 * typed from the book, not Cofactor's output.
 */
class CookbookDerivativesTest {
    static final String SETUP = "X = matrix(X, n, n); A = matrix(A, n, n); B = matrix(B, n, n); C = matrix(C, n, n); "
            + "D = matrix(D, n, n); W = matrix(W, n, n); a = vector(a, n); b = vector(b, n); c = vector(c, n); "
            + "q = vector(q, n); s = vector(s, n); x = vector(x, n)";
    static final String TABLE = "/cofactor/cookbook-derivatives.txt";

    record Identity(String equation, String derived, String formula) {
        @Override public String toString() { return equation + " " + derived; }
    }

    static List<Identity> identities() throws IOException {
        List<Identity> out = new ArrayList<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                Objects.requireNonNull(CookbookDerivativesTest.class.getResourceAsStream(TABLE)), StandardCharsets.UTF_8))) {
            for (String line; (line = in.readLine()) != null; ) {
                if (line.isBlank() || line.startsWith("#")) continue;
                String[] f = line.split("\\|");
                out.add(new Identity(f[0].strip(), f[1].strip(), f[2].strip()));
            }
        }
        return out;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("identities")
    void derivedEqualsTheCookbooksFormula(Identity id) {
        Cofactor cf = new Cofactor();
        cf.eval(SETUP);
        String derived = cf.eval(id.derived()).show();
        String verdict = cf.eval("check(" + id.derived() + ", " + id.formula() + ")").show();
        assertTrue(verdict.startsWith("check: holds exactly at n = 1, 2, 3") && verdict.contains("numerically at n = 10, 50"),
                id + " gave " + derived + "; " + verdict);
    }

    /** The issue asks for at least 40; the table is the whole of what is claimed. */
    @Test void atLeastFortyIdentities() throws IOException {
        assertTrue(identities().size() >= 40, "only " + identities().size());
    }

    /** A wrong formula is caught: the transposes dropped from (107). */
    @Test void aFormulaWithoutItsTransposesFails() {
        Cofactor cf = new Cofactor();
        cf.eval(SETUP);
        String verdict = cf.eval("check(d(tr(X^2*B), X), X*B + B*X)").show();
        assertTrue(verdict.startsWith("check: FAILS at n = 2: "), verdict);
        assertEquals(1, verdict.lines().count());
    }
}
