package cofactor.lang;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import cofactor.lang.ast.Name;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Nesting never escapes as StackOverflowError; it is refused with a position. */
class DeepNestingTest {
    private static final int DEPTH = 100_000;

    @ParameterizedTest(name = "{0} x 100000")
    @CsvSource(delimiter = '|', value = {
            "(    | )  | 1:201",
            "[    | ]  | 1:201",
            "f(   | )  | 1:402",
            "-(   | )  | 1:402",
            "[[   | ]] | 1:201",
    })
    void refusedAtTheFirstBracketTooMany(String open, String close, String where) {
        String source = open.repeat(DEPTH) + "x" + close.repeat(DEPTH);
        SyntaxError e = assertThrows(SyntaxError.class, () -> StandardParser.parse(source, "-e"));
        assertEquals(where, e.line() + ":" + e.column());
        assertEquals("expression nested too deeply (more than 200 brackets)", e.getMessage());
    }

    @Test
    void unbalancedDeepInputIsRefusedToo() {
        assertThrows(SyntaxError.class, () -> StandardParser.parse("(".repeat(DEPTH), "-e"));
    }

    @Test
    void theLimitItselfParses() {
        int max = Parser.MAX_NESTING;
        Name x = assertInstanceOf(Name.class, StandardParser.parse("(".repeat(max) + "x" + ")".repeat(max), "-e").get(0).node());
        assertEquals("x", x.name());
        assertEquals(1, StandardParser.parse("sin(".repeat(max) + "x" + ")".repeat(max), "-e").size());
    }

    /** On a tiny stack the limit is not enough; the overflow still becomes a SyntaxError. */
    @Test
    void tinyStackGivesSyntaxErrorNotStackOverflow() throws InterruptedException {
        int max = Parser.MAX_NESTING;
        String source = "f(".repeat(max) + "x" + ")".repeat(max);
        AtomicReference<Throwable> thrown = new AtomicReference<>();
        Thread thread = new Thread(null, () -> {
            try {
                StandardParser.parse(source, "-e");
            } catch (Throwable t) {
                thrown.set(t);
            }
        }, "tiny-stack", 64 * 1024);
        thread.start();
        thread.join();
        if (thrown.get() != null) { // a JIT-compiled parser may fit even 64 KB
            SyntaxError e = assertInstanceOf(SyntaxError.class, thrown.get());
            assertEquals("1:1: expression nested too deeply", e.line() + ":" + e.column() + ": " + e.getMessage());
        }
    }
}
