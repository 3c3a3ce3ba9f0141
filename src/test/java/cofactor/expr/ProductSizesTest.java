package cofactor.expr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Products of every size the builder treats differently (bases found one by one, through an
 * index from 16 on) against exponents counted by hand: powers x_i^k multiplied in shuffled
 * pieces, some cancelling, with powers of E and exp among them.
 */
class ProductSizesTest {
    @ParameterizedTest(name = "{0} symbols")
    @ValueSource(ints = {1, 2, 3, 15, 16, 17, 40, 500})
    void piecesOfAProductMultiplyUp(int n) {
        Random r = new Random(n);
        List<Expr> pieces = new ArrayList<>();
        long[] want = new long[n];
        long e = 0; // the exponent of E, from E^k and exp(k) pieces
        for (int i = 0; i < n; i++) {
            for (int p = r.nextInt(3); p >= 0; p--) {
                long k = r.nextInt(7) - 3;
                want[i] += k;
                pieces.add(Expr.pow(Sym.of("s" + i), k));
            }
            if (r.nextInt(4) == 0) {
                long k = r.nextInt(5) - 2;
                e += k;
                pieces.add(r.nextBoolean() ? Expr.pow(Sym.E, k) : Expr.call(Fn.EXP, Num.of(k)));
            }
        }
        pieces.add(Num.of(3));
        Collections.shuffle(pieces, r);
        Expr product = Expr.mul(pieces);
        List<Expr> bases = new ArrayList<>();
        List<Long> exps = new ArrayList<>();
        for (int i = 0; i < n; i++) if (want[i] != 0) { bases.add(Sym.of("s" + i)); exps.add(want[i]); }
        if (e == 1) { bases.add(Sym.E); exps.add(1L); }
        else if (e != 0) { bases.add(Expr.call(Fn.EXP, Num.of(e))); exps.add(1L); }
        Mul m = assertInstanceOf(Mul.class, product, "3 times the powers");
        assertEquals(Num.of(3), m.coef());
        assertEquals(bases.size(), m.size());
        for (int i = 1; i < m.size(); i++) assertTrue(Order.compare(m.base(i - 1), m.base(i)) < 0, "canonical order at " + i);
        for (int i = 0; i < m.size(); i++) {
            int k = bases.indexOf(m.base(i));
            assertTrue(k >= 0, "unexpected base " + m.base(i));
            assertEquals(Num.of(exps.get(k)), m.exp(i), "exponent of " + m.base(i));
        }
        // a factor replaced (as the product rule does) is the product of the others and the replacement
        for (Expr by : List.of(Num.of(2), Sym.of("s0"), Expr.call(Fn.SIN, Sym.of("s1")), Expr.call(Fn.EXP, Sym.of("s2")), Expr.pow(Sym.of("s0"), -1))) {
            int i = r.nextInt(m.size());
            List<Expr> factors = new ArrayList<>(List.of(m.coef(), by));
            for (int j = 0; j < m.size(); j++) if (j != i) factors.add(Expr.pow(m.base(j), m.exp(j)));
            assertEquals(Expr.mul(factors), m.withFactorReplaced(i, by), "factor " + i + " by " + by);
        }
    }
}
