package cofactor.guard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import cofactor.testing.CommandLineRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Time limits: a deadline computed as now + limit used to overflow for limits
 * from about 10^10 s on (every statement stopped at once), and an infinite limit
 * was accepted as "Infinity s".
 */
class TimeLimitTest {
    @ParameterizedTest(name = "{0} s")
    @CsvSource({
        "0,          9223372036854775807",
        "0.05,       50000000",
        "1e-12,      1",
        "9.2e9,      9200000000000000000",
        "1e10,       9223372036854775807",
        "1e16,       9223372036854775807",
        "1.7976931348623157e308, 9223372036854775807",
    })
    void nanosecondsSaturate(double seconds, long nanos) {
        assertEquals(nanos, TimeLimit.ofSeconds(seconds).nanos());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"Infinity, a number past the double range", "-Infinity, a negative number past the double range", "NaN, not a number", "-1, -1"})
    void refusesWhatIsNoLimit(double seconds, String shown) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> TimeLimit.ofSeconds(seconds));
        assertEquals("must be 0 (none) or a finite number of seconds, got " + shown, e.getMessage());
    }

    @Test void showsAsWritten() {
        assertEquals("none", TimeLimit.NONE.toString());
        assertEquals("0.05 s", TimeLimit.ofSeconds(0.05).toString());
        assertEquals("10000000000000000 s", TimeLimit.ofSeconds(1e16).toString());
    }

    @Test void setRefusesAnInfiniteOrNegativeTimeout() {
        CommandLineRun r = CommandLineRun.of("-e", "set(timeout = 10^400)");
        assertEquals(1, r.status());
        assertEquals("error: set: option timeout is beyond the range of a double (1.8E308)\n", r.err());
        r = CommandLineRun.of("-e", "set(timeout = -2)");
        assertEquals("error: set: timeout must be 0 (none) or a finite number of seconds, got -2\n", r.err());
    }

    /** 30 000 terms take more than one of the evaluator's polls, so the deadline is compared against. */
    @Test void aHugeTimeoutStopsNothing() {
        CommandLineRun r = CommandLineRun.of("-e", "set(timeout = 1e16)", "-e", "nterms(expand((1 + x + y + z)^55))");
        assertEquals("", r.err());
        assertEquals("maxterms = 10000000, maxentries = 1000000, timeout = 10000000000000000 s\n30856\n", r.out());
        r = CommandLineRun.of("--timeout", "1e10", "-e", "nterms(expand((1 + x + y + z)^55))");
        assertEquals("", r.err());
        assertEquals("30856\n", r.out());
    }

    /** An infinite timeout of simplify reached the bridge's TimeLimit and came out as an internal error. */
    @Test void simplifyRefusesAnInfiniteTimeout() {
        CommandLineRun r = CommandLineRun.of("-e", "simplify(x, timeout = 10^400)");
        assertEquals("error: simplify: option timeout is beyond the range of a double (1.8E308)\n", r.err());
        r = CommandLineRun.of("-e", "simplify(x, timeout = -1)");
        assertEquals("error: simplify: timeout must be a positive number of seconds, got -1\n", r.err());
    }

    @Test void theCommandLineRefusesAnInfiniteTimeout() {
        CommandLineRun r = CommandLineRun.of("--timeout", "1e400", "-e", "1");
        assertEquals(2, r.status());
        assertEquals("error: --timeout must be 0 (none) or a finite number of seconds, got a number past the double range\n", r.err());
    }
}
