package cofactor.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import cofactor.lang.Session;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** {@code %} (the previous result), {@code clear} (unbinding), and the errors that point at them. */
class PreviousResultTest {
    private record Transcript(String out, String err) {}

    private static Transcript feed(String input) {
        ByteArrayOutputStream o = new ByteArrayOutputStream(), e = new ByteArrayOutputStream();
        try (Evaluator ev = new Evaluator()) {
            new Repl(new Session()).runPiped(ev, new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)),
                    new PrintStream(o, true, StandardCharsets.UTF_8), new PrintStream(e, true, StandardCharsets.UTF_8));
        }
        return new Transcript(o.toString(StandardCharsets.UTF_8), e.toString(StandardCharsets.UTF_8));
    }

    /** det([[x, x^2], [1, sin x]]) = x sin x - x^2, whose derivative by hand is sin x + x cos x - 2x; at x = 0 that is 0. */
    @Test void percentIsThePreviousResult() {
        Transcript t = feed("det([[x, x^2], [1, sin x]])\nd(%, x)\n% | x = 0\n");
        assertEquals("x*sin(x) - x^2\nx*cos(x) + sin(x) - 2*x\n0\n", t.out());
        assertEquals("", t.err());
    }

    @Test void silentStatementsAndAssignmentsCountToo() {
        assertEquals("4\n", feed("a = 3;\n% + 1\n").out());
        assertEquals("6\n12\n", feed("x = 6\n2%\n").out(), "2% multiplies, as 2x does");
    }

    @Test void percentIndexesAndTakesParts() {
        assertEquals("[ 1   2 ]\n[ 3   4 ]\n3\n", feed("[[1, 2], [3, 4]]\n%[2, 1]\n").out());
        Transcript t = feed("minimize((x - 2)^2, [x], start = [2]);\n%.x\n");
        assertEquals("[2.0]\n", t.out(), "a start at the minimum stays there");
    }

    @Test void percentBeforeAnyResultIsAnError() {
        Transcript t = feed("% + 1\n");
        assertEquals("", t.out());
        assertEquals("error: input:1: %: no previous result yet: % is the value of the statement before\n", t.err());
    }

    @Test void clearMakesTheSymbolComeBack() {
        Transcript t = feed("x = 5\nd(x^3, x)\nclear(x)\nd(x^3, x)\n");
        assertEquals("5\nx is a symbol again\n3*x^2\n", t.out());
        assertEquals("error: input:2: d: differentiate with respect to a symbol or a matrix of distinct symbols, got 5; "
                + "x is bound to 5: clear(x) makes it a symbol again\n", t.err());
    }

    @Test void theBoundNameIsFoundInsideAVectorOfVariables() {
        Transcript t = feed("y = 2\ngrad(x*y, [x, y])\nclear(y, z)\ngrad(x*y, [x, y])\n");
        assertEquals("2\ny is a symbol again; z was not bound\n[y, x]\n", t.out());
        assertEquals("error: input:2: grad: argument 2 must be a vector of distinct symbols, got a vector of length 2; "
                + "y is bound to 2: clear(y) makes it a symbol again\n", t.err());
    }

    /** A user function's parameter is not a binding to clear: the plain message stays. */
    @Test void parametersAreNotReportedAsBound() {
        Transcript t = feed("f(x) = d(x^2, x)\nf(3)\n");
        assertEquals("error: input:2: d: differentiate with respect to a symbol or a matrix of distinct symbols, got 3\n", t.err());
    }

    @Test void clearTakesNamesOnly() {
        Transcript t = feed("clear(x + 1)\nclear(sin)\n");
        assertEquals("error: input:1: clear: takes names, e.g. clear(x) or clear(x, y)\n", t.err().lines().findFirst().orElseThrow() + "\n");
    }

    @Test void anErrorSaysTheRestOfTheLineWasNotRun() {
        Transcript t = feed("a = 1; det(a); b = 2; c = 3\nb\ndet(a)\n");
        assertEquals("b\n", t.out(), "b was never bound");
        assertEquals("error: input:1: det: argument 1 must be a matrix, got 1 (the rest of the line was not run: 2 more statements)\n"
                + "error: input:3: det: argument 1 must be a matrix, got 1\n", t.err());
    }
}
