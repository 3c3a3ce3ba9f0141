package cofactor.guard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The refusal prints enough digits to show that the estimate really is over the limit, and the limit exactly. */
class TooLargeErrorTest {

    @ParameterizedTest(name = "{0} against {1}")
    @CsvSource({
        "62891499,        10000000, 6.3e7,     1e7",
        "10400000,        10000000, 1.04e7,    1e7",   // printed as 1e7 over the limit of 1e7 before
        "10000000.5,      10000000, 10000001,  1e7",
        "10049999,        10000000, 1.005e7,   1e7",
        "176851,          100,      176851,    100",
        "12.2,            10,       13,        10",
        "479001600,       12345678, 4.8e8,     12345678",
        "15000001,        15000000, 15000001,  1.5e7",
        "1e301,           10000000, more than 1e300, 1e7",
    })
    void estimateAndLimit(double estimate, long limit, String shownEstimate, String shownLimit) {
        TooLargeError e = assertThrows(TooLargeError.class, () -> new Limits(limit, 1).checkTerms(estimate));
        assertEquals("the result would have about " + shownEstimate + " terms, over the limit of " + shownLimit
                + "; raise it with set(maxterms = ...)", e.getMessage());
    }
}
