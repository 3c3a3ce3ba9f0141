package cofactor.lang;

import static org.junit.jupiter.api.Assertions.assertEquals;

import cofactor.testing.CommandLineRun;
import org.junit.jupiter.api.Test;

/**
 * A user function is shown as its definition with the body evaluated; a body whose value is
 * itself a user function shows that function's name (f() = f answered "nested too deeply":
 * showing f showed its body, f, forever).
 */
class UserFunctionShowTest {
    private static String run(String... statements) {
        String[] args = new String[statements.length * 2];
        for (int i = 0; i < statements.length; i++) {
            args[2 * i] = "-e";
            args[2 * i + 1] = statements[i];
        }
        CommandLineRun r = CommandLineRun.of(args);
        assertEquals("", r.err());
        return r.out();
    }

    @Test void aFunctionReturningItself() {
        assertEquals("f() = f\nf() = f\n", run("f() = f", "f()"));
    }

    @Test void functionsReturningEachOther() {
        assertEquals("g(x) = h\nh(x) = g\ng(x) = h\nh(x) = g\n", run("g(x) = h", "h(x) = g", "g", "g(1)"));
    }

    @Test void aFunctionReturningAnother() {
        assertEquals("h(x) = x^2\nm(y) = h\nh(x) = x^2\n9\n", run("h(x) = x^2", "m(y) = h", "k = m(0)", "k(3)"));
    }
}
