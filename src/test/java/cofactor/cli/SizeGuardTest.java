package cofactor.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import cofactor.testing.CommandLineRun;
import org.junit.jupiter.api.Test;

/** Size guards that once had holes: each refuses before the work, with one line that names the limit. */
class SizeGuardTest {

    /** Squaring through a user function once passed the bound that only ^ checked, and ended in an ArithmeticException. */
    @Test void repeatedSquaringThroughAFunctionIsRefused() {
        CommandLineRun r = CommandLineRun.of("-e", "sq(x) = x*x; sq(sq(sq(2^(2^20))))");
        assertEquals("error: *: exact product too large: it would have about 1.26e+06 digits, over the limit of 1262611 for an exact number; "
                + "decimals compute approximately\n", r.err());
        assertEquals(1, r.status());
        // one squaring fewer stays within the bound: (2^(2^19))^4 = 2^(2^21)
        assertEquals("1", CommandLineRun.eval("sq(x) = x*x; sq(sq(2^(2^19))) / 2^(2^21)"));
    }

    /** Two 1000×1000 matrices of symbols: 10^9 products, refused before the first; numbers multiply whatever the term limit. */
    @Test void aHugeSymbolicProductIsRefusedUpFront() {
        CommandLineRun r = CommandLineRun.of("-e", "matrix(a, 1000, 1000) * matrix(b, 1000, 1000)");
        assertEquals("error: *: the result would have about 1e9 terms, over the limit of 1e7; raise it with set(maxterms = ...)\n", r.err());
        assertEquals("50", CommandLineRun.eval("set(maxterms = 10); tr(eye(50) * eye(50))"));
    }
}
