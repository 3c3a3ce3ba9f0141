package cofactor.lang;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

class NearestNameTest {
    private static final List<String> NAMES = List.of("sin", "sign", "sinh", "det", "hessian", "d");

    @Test
    void distancesAreCountedByHand() {
        assertEquals(0, NearestName.editDistance("det", "det"));
        assertEquals(1, NearestName.editDistance("sn", "sin"));        // one insertion
        assertEquals(2, NearestName.editDistance("hessain", "hessian")); // a swap is two substitutions
        assertEquals(3, NearestName.editDistance("", "abc"));
        assertEquals(3, NearestName.editDistance("kitten", "sitting"));
    }

    @Test
    void theNearestWithinTwoEditsAndOnATieTheOneThatStartsAlike() {
        assertEquals("sin", NearestName.of("sn", NAMES));
        assertEquals("sin", NearestName.of("sinn", NAMES)); // sin and sign and sinh are all one edit away
        assertEquals("hessian", NearestName.of("hessain", NAMES));
        assertNull(NearestName.of("determinant", NAMES));
    }
}
