package cofactor.poly;

import static cofactor.expr.Expr.*;
import static org.junit.jupiter.api.Assertions.*;

import cofactor.expr.Expr;
import cofactor.expr.Num;
import cofactor.expr.Rewrite;
import cofactor.expr.Sym;
import cofactor.guard.Limits;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Polynomial products against schoolbook multiplication in BigIntegers over exponent
 * vectors (written here, sharing nothing with Poly's packing or sums), on seeded random
 * polynomials: dense ones that take {@link BlockProduct} with each way of summing
 * coefficients, sparse ones and ones over many kernels (two packed words) that take the
 * hashed {@link Accumulator}, coefficients past 64 and 128 bits, and the parallel
 * product term for term equal to the serial one.
 */
class ProductTest {
    /** A random polynomial: each monomial of total degree ≤ deg in vars kernels present with probability density. */
    record Spec(int vars, int deg, double density, int coefBits) {}

    static Ring ring(int vars, int bound) {
        Expr[] ks = new Expr[vars];
        int[] ds = new int[vars];
        for (int v = 0; v < vars; v++) { ks[v] = sym("v" + (char) ('a' + v / 26) + (char) ('a' + v % 26)); ds[v] = bound; }
        return new Ring(ks, ds);
    }

    /** Random exponent vectors with coefficients of up to coefBits bits (either sign), as a map and as a Poly of the ring. */
    static Map<List<Integer>, BigInteger> randomTerms(Random r, Spec s) {
        Map<List<Integer>, BigInteger> terms = new HashMap<>();
        int[] e = new int[s.vars];
        fill(r, s, e, 0, s.deg, terms);
        if (terms.isEmpty()) terms.put(zeros(s.vars), BigInteger.ONE);
        return terms;
    }

    private static void fill(Random r, Spec s, int[] e, int v, int left, Map<List<Integer>, BigInteger> terms) {
        if (v == s.vars) {
            if (r.nextDouble() < s.density) {
                BigInteger c = new BigInteger(s.coefBits, r);
                if (c.signum() == 0) c = BigInteger.ONE;
                terms.put(toList(e), r.nextBoolean() ? c : c.negate());
            }
            return;
        }
        for (int k = 0; k <= left; k++) {
            e[v] = k;
            fill(r, s, e, v + 1, left - k, terms);
        }
        e[v] = 0;
    }

    static List<Integer> zeros(int n) { return toList(new int[n]); }

    static List<Integer> toList(int[] e) {
        List<Integer> l = new ArrayList<>();
        for (int x : e) l.add(x);
        return l;
    }

    static Poly poly(Ring ring, Map<List<Integer>, BigInteger> terms) {
        Accumulator acc = new Accumulator(ring, false);
        for (Map.Entry<List<Integer>, BigInteger> t : terms.entrySet()) {
            long[] m = new long[ring.words];
            for (int v = 0; v < t.getKey().size(); v++) if (t.getKey().get(v) > 0) ring.addExponent(m, 0, v, t.getKey().get(v));
            acc.add(m, 0, t.getValue());
        }
        return acc.finish();
    }

    /** The schoolbook product over exponent vectors. */
    static Map<List<Integer>, BigInteger> schoolbook(Map<List<Integer>, BigInteger> a, Map<List<Integer>, BigInteger> b) {
        Map<List<Integer>, BigInteger> p = new HashMap<>();
        for (Map.Entry<List<Integer>, BigInteger> x : a.entrySet()) {
            for (Map.Entry<List<Integer>, BigInteger> y : b.entrySet()) {
                List<Integer> m = new ArrayList<>();
                for (int v = 0; v < x.getKey().size(); v++) m.add(x.getKey().get(v) + y.getKey().get(v));
                p.merge(m, x.getValue().multiply(y.getValue()), BigInteger::add);
            }
        }
        p.values().removeIf(c -> c.signum() == 0);
        return p;
    }

    /** A Poly read back term by term through its ring's exponent fields. */
    static Map<List<Integer>, BigInteger> terms(Poly p) {
        assertEquals(BigInteger.ONE, p.denominator());
        Map<List<Integer>, BigInteger> t = new HashMap<>();
        for (int i = 0; i < p.size(); i++) {
            List<Integer> m = new ArrayList<>();
            for (int v = 0; v < p.ring.size(); v++) m.add(p.ring.exponent(p.monos, i * p.ring.words, v));
            assertNull(t.put(m, p.coefBig(i)), "monomial twice: " + m);
            assertNotEquals(0, p.coefBig(i).signum(), "a zero term");
            if (p.big != null && p.big[i] != null) assertTrue(p.big[i].bitLength() >= 64, "a big coefficient that fits a long");
        }
        return t;
    }

    /** Dense products, each way of summing: coefficient bits and term counts chosen so that each is the one proven enough. */
    @ParameterizedTest(name = "{0} seed {5}")
    @CsvSource({
        "LONG,            4, 6, 1.0, 20, 1",
        "LONG,            3, 9, 0.8, 24, 2",
        "LONG_AND_DOUBLE, 4, 6, 1.0, 40, 3",
        "LONG_AND_DOUBLE, 3, 8, 0.9, 44, 4",
        "WIDE,            4, 6, 1.0, 56, 5",
        "WIDE,            3, 8, 0.9, 58, 6",
        "WIDE_AND_DOUBLE, 4, 6, 1.0, 63, 7",
        "WIDE_AND_DOUBLE, 3, 9, 0.9, 64, 8",
    })
    void denseProductsSumEachWay(BlockProduct.Sum way, int vars, int deg, double density, int bits, long seed) {
        Random r = new Random(seed);
        Ring ring = ring(vars, 2 * deg);
        Spec s = new Spec(vars, deg, density, bits);
        Map<List<Integer>, BigInteger> a = randomTerms(r, s), b = randomTerms(r, s);
        Poly pa = poly(ring, a), pb = poly(ring, b);
        if (bits == 64) { // at the edge of the long range: Long.MIN_VALUE and Long.MAX_VALUE only
            a.replaceAll((m, c) -> BigInteger.valueOf(c.signum() < 0 ? Long.MIN_VALUE : Long.MAX_VALUE));
            b.replaceAll((m, c) -> BigInteger.valueOf(c.signum() < 0 ? Long.MIN_VALUE : Long.MAX_VALUE));
            pa = poly(ring, a);
            pb = poly(ring, b);
        }
        assertEquals(way, BlockProduct.sumFor(pa, pb), "seed " + seed);
        Map<List<Integer>, BigInteger> want = schoolbook(a, b);
        Poly serial = BlockProduct.of(pa, pb, 1);
        assertNotNull(serial, "dense: the block route takes it");
        assertEquals(want, terms(serial), "seed " + seed);
        assertSorted(serial);
        assertSameTerms(serial, BlockProduct.of(pa, pb, 3));
        assertEquals(want, terms(pa.times(pb)), "seed " + seed);
        // the hashed accumulator, the other route, agrees
        Accumulator acc = new Accumulator(ring, false);
        acc.addProduct(pa, pb, 1);
        assertEquals(want, terms(acc.finish()), "seed " + seed);
    }

    /**
     * Neighbouring terms of the shorter factor walk the longer one four at a time where
     * their walks overlap and alone elsewhere: uneven densities make walks of every shape
     * (shared, disjoint, nested); the product is the schoolbook one in each way of summing
     * that has a four-term walk, serial and parallel.
     */
    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {51, 52, 53, 54, 55, 56, 57, 58, 59, 60, 61, 62})
    void fourTermWalksGiveTheSchoolbookProduct(long seed) {
        Random r = new Random(seed);
        int vars = 2 + r.nextInt(3), deg = 4 + r.nextInt(5);
        double density = 0.3 + 0.7 * r.nextDouble();
        int bits = r.nextBoolean() ? 8 + r.nextInt(16) : 36 + r.nextInt(6);
        Ring ring = ring(vars, 2 * deg);
        Map<List<Integer>, BigInteger> a = randomTerms(r, new Spec(vars, deg, density, bits)),
                b = randomTerms(r, new Spec(vars, deg, 0.3 + 0.7 * r.nextDouble(), bits));
        Poly pa = poly(ring, a), pb = poly(ring, b);
        BlockProduct.Sum way = BlockProduct.sumFor(pa, pb);
        assertTrue(way == BlockProduct.Sum.LONG || way == BlockProduct.Sum.LONG_AND_DOUBLE, "seed " + seed + ": " + way);
        Poly serial = BlockProduct.of(pa, pb, 1);
        assertNotNull(serial, "seed " + seed + ": dense enough for the block route");
        assertEquals(schoolbook(a, b), terms(serial), "seed " + seed);
        assertSorted(serial);
        assertSameTerms(serial, BlockProduct.of(pa, pb, 2));
    }

    /** Sparse products, products of many kernels (two packed words) and coefficients past 128 bits take the hashed route. */
    @ParameterizedTest(name = "vars {0} deg {1} density {2} bits {3} seed {4}")
    @CsvSource({
        "3,  12, 0.01, 30,  11",
        "4,  10, 0.02, 62,  12",
        "40, 2,  0.05, 20,  13",
        "70, 2,  0.01, 63,  14",
        "3,  6,  1.0,  70,  15",
        "3,  6,  1.0,  130, 16",
    })
    void otherProductsGoThroughTheAccumulator(int vars, int deg, double density, int bits, long seed) {
        Random r = new Random(seed);
        Ring ring = ring(vars, 2 * deg);
        Spec s = new Spec(vars, deg, density, bits);
        Map<List<Integer>, BigInteger> a = randomTerms(r, s), b = randomTerms(r, s);
        Poly pa = poly(ring, a), pb = poly(ring, b);
        assertNull(BlockProduct.of(pa, pb, 1), "seed " + seed);
        Map<List<Integer>, BigInteger> want = schoolbook(a, b);
        assertEquals(want, terms(pa.times(pb)), "seed " + seed);
        Accumulator acc = new Accumulator(ring, false);
        acc.addProduct(pa, pb, -1);
        Map<List<Integer>, BigInteger> negated = new HashMap<>(want);
        negated.replaceAll((m, c) -> c.negate());
        assertEquals(negated, terms(acc.finish()), "seed " + seed);
    }

    /** Sums that overflow a long, then 128 bits, in the accumulator: 2^62 added 2^67 times cannot be, so by products. */
    @Test void accumulatorCarriesPastALongAndPast128Bits() {
        Ring ring = ring(1, 6);
        BigInteger big = BigInteger.ONE.shiftLeft(62).add(BigInteger.valueOf(12345));
        Map<List<Integer>, BigInteger> a = new HashMap<>();
        for (int k = 0; k <= 2; k++) a.put(List.of(k), k == 1 ? big.negate() : big);
        Poly p = poly(ring, a);
        Map<List<Integer>, BigInteger> want = schoolbook(schoolbook(a, a), a);
        assertEquals(want, terms(p.times(p).times(p)));
        Map<List<Integer>, BigInteger> square = schoolbook(a, a);
        Accumulator acc = new Accumulator(ring, false);
        for (int k = 0; k < 5; k++) acc.addProduct(p, p, 1); // 5·(2^124 + …) passes 2^127 at x^2
        Map<List<Integer>, BigInteger> five = new HashMap<>(square);
        five.replaceAll((m, c) -> c.multiply(BigInteger.valueOf(5)));
        assertEquals(five, terms(acc.finish()));
    }

    /** Large dense products: several ranges, summed by two and by four threads, give the serial product's terms in its order. */
    @ParameterizedTest @ValueSource(longs = {21, 22, 23})
    void parallelProductIsTheSerialOne(long seed) {
        Random r = new Random(seed);
        Ring ring = ring(3, 32);
        Spec s = new Spec(3, 16, 0.6, 36);
        Map<List<Integer>, BigInteger> a = randomTerms(r, s), b = randomTerms(r, s);
        Poly pa = poly(ring, a), pb = poly(ring, b);
        Poly serial = BlockProduct.of(pa, pb, 1);
        assertNotNull(serial);
        assertEquals(schoolbook(a, b), terms(serial), "seed " + seed);
        assertSameTerms(serial, BlockProduct.of(pa, pb, 2));
        assertSameTerms(serial, BlockProduct.of(pa, pb, 4));
    }

    /** Expansions with reciprocal kernels (x^-1 is a kernel, so exponents stay positive) keep their exact value. */
    @ParameterizedTest @ValueSource(longs = {31, 32, 33, 34})
    void expansionsWithNegativePowersKeepTheirValue(long seed) {
        Random r = new Random(seed);
        Sym x = sym("x"), y = sym("y"), z = sym("z");
        Expr[] atoms = {x, y, z, pow(x, -1), pow(y, -2), num(1)};
        Expr[] factors = new Expr[2];
        for (int f = 0; f < 2; f++) {
            List<Expr> terms = new ArrayList<>();
            for (int t = 0; t < 6; t++) terms.add(mul(List.of(num(r.nextInt(2001) - 1000), atoms[r.nextInt(atoms.length)], atoms[r.nextInt(atoms.length)])));
            factors[f] = pow(add(terms), 2 + r.nextInt(3));
        }
        Expr e = mul(factors[0], factors[1]);
        Expr ex = Expand.of(e, Limits.DEFAULT);
        for (int k = 0; k < 3; k++) {
            Map<Sym, Expr> at = Map.of(x, Num.rational(BigInteger.valueOf(r.nextInt(19) + 1), BigInteger.valueOf(r.nextInt(7) + 2)),
                    y, Num.rational(BigInteger.valueOf(-r.nextInt(19) - 1), BigInteger.valueOf(r.nextInt(7) + 2)), z, num(r.nextInt(9) - 4));
            assertEquals(Rewrite.subs(e, at), Rewrite.subs(ex, at), "seed " + seed + ": " + e);
        }
    }

    /** A sum past the parallel threshold (91 881 terms, some with a constant, big coefficients) is the factories' sum of its terms. */
    @Test void largeSumsMadeOnAllCoresAreTheFactoriesSums() {
        Sym x = sym("x"), y = sym("y"), z = sym("z");
        Expr base = add(List.of(num(1), x, mul(num(2), y), mul(num(-3), z)));
        Converter c = new Converter(Limits.DEFAULT);
        Converter.Plan plan = c.plan(pow(base, 80));
        Poly p = c.toPoly(plan, c.ring(plan), false);
        assertEquals(91_881, p.size());
        List<Expr> terms = new ArrayList<>();
        for (int i = 0; i < p.size(); i++) {
            List<Expr> f = new ArrayList<>(List.of(Num.of(p.coefBig(i))));
            for (int v = 0; v < p.ring.size(); v++) f.add(pow(p.ring.kernel(v), p.ring.exponent(p.monos, i * p.ring.words, v)));
            terms.add(mul(f));
        }
        assertEquals(add(terms), p.toExpr(Limits.DEFAULT));
    }

    /**
     * Powers, by whichever route pow's estimate picks (multinomial or successive
     * multiplication), are the schoolbook products multiplied out n times: sparse bases whose
     * terms collide (1+x+x^2 style) and dense ones that do not, signed coefficients.
     */
    @ParameterizedTest(name = "vars {0} deg {1} density {2} n {3} seed {4}")
    @CsvSource({
        "1, 2, 1.0, 9,  41",
        "1, 5, 0.6, 7,  42",
        "2, 2, 0.7, 6,  43",
        "3, 1, 1.0, 12, 44",
        "2, 3, 0.4, 5,  45",
    })
    void powersAreRepeatedProducts(int vars, int deg, double density, int n, long seed) {
        Random r = new Random(seed);
        Ring ring = ring(vars, n * deg);
        Map<List<Integer>, BigInteger> base = randomTerms(r, new Spec(vars, deg, density, 12));
        Map<List<Integer>, BigInteger> want = base;
        for (int k = 1; k < n; k++) want = schoolbook(want, base);
        assertEquals(want, terms(poly(ring, base).pow(n)), "seed " + seed);
    }

    static void assertSorted(Poly p) {
        for (int i = 1; i < p.size(); i++) assertTrue(p.monos[i - 1] < p.monos[i], "out of order at " + i);
    }

    static void assertSameTerms(Poly want, Poly got) {
        assertNotNull(got);
        assertEquals(want.size(), got.size());
        assertArrayEquals(Arrays.copyOf(want.monos, want.size()), Arrays.copyOf(got.monos, got.size()));
        assertArrayEquals(want.small, got.small);
        assertArrayEquals(want.big, got.big);
    }
}
