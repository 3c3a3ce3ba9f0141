package cofactor.poly;

import static org.junit.jupiter.api.Assertions.*;

import cofactor.expr.MathError;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Division on packed monomials checked by multiplying back: seeded random polynomials
 * (ProductTest's generators, schoolbook products in BigIntegers) in one and in two packed
 * words, with coefficients past a long.
 */
class DivisionTest {
    /** q·b divided by b is q, whichever route multiplied them; q·b + 1 is not divisible by a b of positive degree. */
    @ParameterizedTest(name = "vars {0} deg {1} density {2} bits {3} seed {4}")
    @CsvSource({
        "2,  4, 0.7, 20, 1",
        "3,  5, 0.4, 40, 2",
        "4,  3, 0.6, 70, 3",
        "40, 2, 0.05, 30, 4",
    })
    void exactQuotientOfAProductIsTheOtherFactor(int vars, int deg, double density, int bits, long seed) {
        Random r = new Random(seed);
        Ring ring = ProductTest.ring(vars, 2 * deg);
        ProductTest.Spec s = new ProductTest.Spec(vars, deg, density, bits);
        Map<List<Integer>, BigInteger> q = ProductTest.randomTerms(r, s), b = ProductTest.randomTerms(r, s);
        b.put(unit(vars, r.nextInt(vars)), BigInteger.valueOf(3)); // positive degree
        Poly pq = ProductTest.poly(ring, q), pb = ProductTest.poly(ring, b);
        Poly a = ProductTest.poly(ring, ProductTest.schoolbook(q, b));
        assertEquals(q, ProductTest.terms(Division.exactQuotient(a, pb)), "seed " + seed);
        assertEquals(b, ProductTest.terms(Division.exactQuotient(pq.times(pb), pq)), "seed " + seed);
        assertNull(Division.exactQuotient(a.plus(ring.constant(cofactor.expr.Num.ONE)), pb), "seed " + seed);
    }

    /** a = q·b + r with no term of r divisible by b's leading term; quotients with denominators (b's leading coefficient 3). */
    @ParameterizedTest @ValueSource(longs = {11, 12, 13, 14, 15, 16})
    void quotientTimesDivisorPlusRemainderIsTheDividend(long seed) {
        Random r = new Random(seed);
        int vars = 2 + (int) (seed % 3);
        Ring ring = ProductTest.ring(vars, 40);
        Map<List<Integer>, BigInteger> a = ProductTest.randomTerms(r, new ProductTest.Spec(vars, 6, 0.5, 24));
        Map<List<Integer>, BigInteger> b = ProductTest.randomTerms(r, new ProductTest.Spec(vars, 2, 0.6, 8));
        b.put(unit(vars, vars - 1), BigInteger.valueOf(3)); // b leads with 3·(last kernel) or higher
        Poly pa = ProductTest.poly(ring, a), pb = ProductTest.poly(ring, b);
        Division.Result d = Division.of(pa, pb);
        assertNotNull(d, "seed " + seed);
        BigInteger den = d.quotient().denominator().multiply(d.remainder().denominator());
        Poly back = d.quotient().times(pb).plus(d.remainder());
        assertEquals(ProductTest.terms(pa.scaledTo(den)), ProductTest.terms(back.scaledTo(den)), "seed " + seed);
        int w = ring.words, lead = 0;
        for (int j = 1; j < pb.size(); j++) if (Division.compare(pb.monos, j * w, pb.monos, lead * w, w) > 0) lead = j;
        for (int i = 0; i < d.remainder().size(); i++) {
            boolean divisible = true;
            for (int v = 0; v < vars; v++) divisible &= ring.exponent(d.remainder().monos, i * w, v) >= ring.exponent(pb.monos, lead * w, v);
            assertFalse(divisible, "seed " + seed + ": a remainder term divisible by the leading term");
        }
    }

    /**
     * y^2 = (y + x^3)·(y - x^3) + x^6 with y first: in a ring where x reaches 6 that is the
     * division; where x stops at 3 the step to x^6 is refused, not wrapped into y's field.
     * Division by 0 is an error.
     */
    @Test void remaindersPastTheBoundsAreRefused() {
        Map<List<Integer>, BigInteger> y2 = Map.of(List.of(0, 2), BigInteger.ONE);
        Map<List<Integer>, BigInteger> yMinusX3 = Map.of(List.of(0, 1), BigInteger.ONE, List.of(3, 0), BigInteger.ONE.negate());
        Ring wide = ProductTest.ring(2, 6), narrow = ProductTest.ring(2, 3);
        Division.Result d = Division.of(ProductTest.poly(wide, y2), ProductTest.poly(wide, yMinusX3));
        assertEquals(Map.of(List.of(0, 1), BigInteger.ONE, List.of(3, 0), BigInteger.ONE), ProductTest.terms(d.quotient()));
        assertEquals(Map.of(List.of(6, 0), BigInteger.ONE), ProductTest.terms(d.remainder()));
        assertNull(Division.of(ProductTest.poly(narrow, y2), ProductTest.poly(narrow, yMinusX3)));
        assertThrows(MathError.class, () -> Division.of(ProductTest.poly(wide, y2), wide.zero(false)));
    }

    private static List<Integer> unit(int vars, int v) {
        Integer[] e = new Integer[vars];
        java.util.Arrays.fill(e, 0);
        e[v] = 1;
        return List.of(e);
    }
}
