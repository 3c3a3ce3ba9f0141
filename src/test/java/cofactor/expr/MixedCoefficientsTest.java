package cofactor.expr;

import static org.junit.jupiter.api.Assertions.*;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Like terms merge whatever their coefficients (LANGUAGE.md §1): a term with an exact
 * coefficient and the same term with a double one are one term of the sum, and a term
 * whose coefficient becomes zero, exact or 0.0, is gone. The coefficients are multiples
 * of 1/4 below 8 in size, so their double sums are exact and the expected totals can be
 * kept by hand in exact integers (quarters), per monomial. Whether a total comes out
 * exact or as a double may depend on the order of the additions (3 + 1.0 - 1.0 - 3 + 2 is
 * 2 added one by one, where the term vanished on the way, and 2.0 added at once), as
 * package-info.java allows; its value may not.
 */
class MixedCoefficientsTest {
    private static final Sym X = Sym.of("x"), Y = Sym.of("y"), Z = Sym.of("z");
    private static final Expr[] KERNELS = {X, Y, Z, Expr.call(Fn.SIN, X)};

    static LongStream seeds() { return LongStream.range(0, 300).map(i -> 0x1EC0000L + i); }

    @Test
    void theIssuesExamples() {
        Expr xy = Expr.mul(X, Y);
        assertEquals(Num.ZERO, Expr.sub(Expr.mul(List.of(Num.real(1.0), X, Y)), xy));
        assertEquals(Num.ZERO, Expr.sub(Expr.mul(Expr.mul(X, Y), Num.real(1.0)), xy));
        // d(0.5*x^2*y, x) multiplies 0.5 by 2 into the double 1.0
        Expr derivative = Expr.mul(List.of(Num.real(0.5), Num.TWO, X, Y));
        assertEquals(xy, derivative);
        assertEquals("0", Expr.sub(derivative, xy).toString());
        // a product that scales to 1.0 is the bare product too
        assertEquals(xy, Expr.mul(Num.real(0.5), Expr.mul(List.of(Num.TWO, X, Y))));
        // in a sum the coefficient 1.0 is the term's, and still merges
        Expr s = Expr.add(Expr.mul(Num.real(1.0), Expr.mul(X, Y)), Expr.mul(Num.real(-1.0), Y));
        assertEquals("x*y - 1.0*y", s.toString());
        assertEquals("x*y", Expr.add(s, Y).toString());
        assertEquals(Num.ZERO, Expr.sub(Expr.sub(s, xy), Expr.neg(Y)));
    }

    /** A coefficient in quarters: exact integer, exact rational or double, at random. */
    private static Num coefficient(long quarters, Random r) {
        return switch (r.nextInt(3)) {
            case 0 -> Num.real(quarters / 4.0);
            case 1 -> Num.rational(BigInteger.valueOf(quarters), BigInteger.valueOf(4));
            default -> quarters % 4 == 0 ? Num.of(quarters / 4) : Num.real(quarters / 4.0);
        };
    }

    /** The term c·Π kernel^e built left to right (as the parser does), in one list, or as c times the product. */
    private static Expr term(Num c, int[] exps, Random r) {
        List<Expr> factors = new ArrayList<>();
        for (int k = 0; k < exps.length; k++) if (exps[k] > 0) factors.add(Expr.pow(KERNELS[k], exps[k]));
        Collections.shuffle(factors, r);
        switch (r.nextInt(3)) {
            case 0 -> {
                Expr t = c;
                for (Expr f : factors) t = Expr.mul(t, f);
                return t;
            }
            case 1 -> {
                List<Expr> all = new ArrayList<>(factors);
                all.add(r.nextInt(all.size() + 1), c);
                return Expr.mul(all);
            }
            default -> { return Expr.mul(c, Expr.mul(factors)); }
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void likeTermsMergeAndZerosVanish(long seed) {
        Random r = new Random(seed);
        // the builder merges a few pieces pairwise, up to 4096 in a hash map, more by sorting
        int sizes = r.nextInt(20);
        int n = sizes < 10 ? 2 + r.nextInt(10) : sizes < 19 ? 30 + r.nextInt(200) : 5000;
        int monomials = 1 + r.nextInt(n < 20 ? 4 : 60);
        List<int[]> pool = new ArrayList<>();
        for (int i = 0; i < monomials; i++) {
            int[] e = new int[KERNELS.length];
            do for (int k = 0; k < e.length; k++) e[k] = r.nextInt(3) == 0 ? r.nextInt(3) : 0;
            while (Arrays.stream(e).sum() == 0);
            pool.add(e);
        }
        Map<String, Long> want = new HashMap<>(); // the total in quarters per monomial, by its exponents
        List<Expr> pieces = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            int[] e = pool.get(r.nextInt(pool.size()));
            long q = r.nextInt(17) - 8;
            if (q == 0) q = 4;
            want.merge(Arrays.toString(e), q, Long::sum);
            pieces.add(term(coefficient(q, r), e, r));
        }
        // cancel some monomials exactly, with the other kind of number than they were added with
        for (int[] e : pool) {
            long total = want.getOrDefault(Arrays.toString(e), 0L);
            if (total != 0 && r.nextInt(3) == 0) {
                want.put(Arrays.toString(e), 0L);
                pieces.add(term(coefficient(-total, r), e, r));
            }
        }
        Collections.shuffle(pieces, r);
        Expr atOnce = Expr.add(pieces);
        Expr oneByOne = Num.ZERO;
        for (Expr p : pieces) oneByOne = Expr.add(oneByOne, p);
        long left = want.values().stream().filter(q -> q != 0).count();
        for (Expr sum : List.of(atOnce, oneByOne)) {
            String where = "seed " + seed + ", " + n + " pieces: " + (sum.toString().length() > 300 ? "…" : sum);
            assertEquals(left, OneTreePropertyTest.nterms(sum), where);
            if (left == 0) assertEquals("0", sum.toString(), where);
            for (int[] e : pool) {
                long q = want.getOrDefault(Arrays.toString(e), 0L);
                assertEquals(q / 4.0, coefficientOf(sum, e), where + ": coefficient of " + Arrays.toString(e));
            }
        }
    }

    /** The coefficient of the monomial with these exponents in a sum, as a double (0 if absent). */
    private static double coefficientOf(Expr sum, int[] exps) {
        Expr bare = term(Num.ONE, exps, new Random(0));
        if (sum instanceof Add a) {
            for (int i = 0; i < a.size(); i++) if (a.term(i).equals(bare)) return a.coef(i).doubleValue();
            return 0;
        }
        if (sum.equals(bare)) return 1;
        if (sum instanceof Mul m && m.withoutCoef().equals(bare)) return m.coef().doubleValue();
        return 0;
    }
}
