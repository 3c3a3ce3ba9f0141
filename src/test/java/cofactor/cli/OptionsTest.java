package cofactor.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cofactor.guard.Limits;
import cofactor.testing.CommandLineRun;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The hand-written command-line reader accepts the spellings picocli accepted, with the same messages. */
class OptionsTest {

    private static Options parse(String line) {
        return Options.parse(line.isEmpty() ? new String[0] : line.split(" "));
    }

    @Test void nothingGivenMeansTheReplWithTheDefaultLimits() {
        Options o = parse("");
        assertEquals(List.of(), o.files());
        assertEquals(List.of(), o.statements());
        assertEquals(Limits.DEFAULT.maxTerms(), o.maxTerms());
        assertEquals(Limits.DEFAULT.maxEntries(), o.maxEntries());
        assertEquals(0, o.timeout());
        assertFalse(o.progress() || o.help() || o.version());
        assertNull(o.error());
    }

    @Test void filesKeepTheirOrderAndStatementsTheirsWhereverTheyStand() {
        Options o = parse("a.cof -e 1 b.cof --eval=2 -e3 - -e=4");
        assertEquals(List.of("a.cof", "b.cof", "-"), o.files());
        assertEquals(List.of("1", "2", "3", "4"), o.statements());
    }

    @Test void everyOptionTakesItsValueAfterASpaceOrAnEqualsSign() {
        Options spaced = parse("--max-terms 5 --max-entries 7 --timeout 0.5 --progress -e x");
        Options joined = parse("--max-terms=5 --max-entries=7 --timeout=0.5 --progress=true -e x");
        for (Options o : List.of(spaced, joined)) {
            assertEquals(5, o.maxTerms());
            assertEquals(7, o.maxEntries());
            assertEquals(0.5, o.timeout());
            assertTrue(o.progress());
            assertNull(o.error());
        }
        assertFalse(parse("--progress=FALSE").progress());
    }

    @Test void aStatementMayBeginWithAMinusSign() {
        assertEquals(List.of("-x", "-"), parse("-e -x -e -").statements());
    }

    @Test void doubleDashEndsTheOptions() {
        Options o = parse("-e 1 -- -e --help");
        assertEquals(List.of("-e", "--help"), o.files());
        assertFalse(o.help());
    }

    @Test void shortFlagsCluster() {
        Options o = parse("-hV");
        assertTrue(o.help() && o.version());
        assertEquals(List.of("1"), parse("-Ve1").statements());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "--bogus                          | Unknown option: '--bogus'",
        "-xh                              | Unknown option: '-xh'",
        "--max                            | Unknown option: '--max'",
        "--max-terms                      | Missing required parameter for option '--max-terms' (N)",
        "-e                               | Missing required parameter for option '--eval' (STATEMENTS)",
        "-e --progress                    | Expected parameter for option '--eval' but found '--progress'",
        "--timeout --max-terms=3          | Expected parameter for option '--timeout' but found '--max-terms=3'",
        "--max-terms abc                  | Invalid value for option '--max-terms': 'abc' is not a long",
        "--max-entries 99999999999999999999 | Invalid value for option '--max-entries': '99999999999999999999' is not a long",
        "--timeout nan                    | Invalid value for option '--timeout': 'nan' is not a double",
        "--progress=yes                   | Invalid value for option '--progress': 'yes' is not a boolean",
        "--max-terms 5 --max-terms 6      | option '--max-terms' (N) should be specified only once",
        "--progress --progress            | option '--progress' should be specified only once",
        "--bogus --max-terms x            | Unknown option: '--bogus'",
    })
    void aMistakeIsNamedAsPicocliNamedIt(String line, String error) {
        assertEquals(error, parse(line).error());
    }

    @Test void helpWinsOverAMistakeAndOverVersion() {
        CommandLineRun r = CommandLineRun.of("--bogus", "--version", "--help");
        assertEquals(0, r.status());
        assertTrue(r.out().startsWith("Usage: cofactor [-hV]"), r.out());
        assertEquals("", r.err());
    }

    @Test void helpListsEveryOptionWithItsDefault() {
        String help = CommandLineRun.of("-h").out();
        for (String option : List.of("--eval=STATEMENTS", "--help", "--max-entries=N", "--max-terms=N", "--progress", "--timeout=SECONDS", "--version"))
            assertTrue(help.contains(option), option);
        assertTrue(help.contains("(default:\n" + " ".repeat(28) + Limits.DEFAULT.maxTerms() + ")"), help);
        assertTrue(help.contains("(default:\n" + " ".repeat(28) + Limits.DEFAULT.maxEntries() + ")"), help);
    }

    @Test void versionNamesTheProgram() {
        CommandLineRun r = CommandLineRun.of("-V");
        assertEquals(0, r.status());
        assertTrue(r.out().startsWith("cofactor "), r.out());
    }

    @Test void aMistakeExitsWithTwoAndTheShortUsage() {
        CommandLineRun r = CommandLineRun.of("--max-terms=x", "-e", "1");
        assertEquals(2, r.status());
        assertEquals("error: Invalid value for option '--max-terms': 'x' is not a long\nusage: cofactor [FILE...] [-e STATEMENTS] [--help]\n", r.err());
        assertEquals("", r.out());
    }
}
