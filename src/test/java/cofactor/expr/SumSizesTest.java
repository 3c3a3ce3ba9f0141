package cofactor.expr;

import static org.junit.jupiter.api.Assertions.*;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Sums of every size the builder treats differently (a few, a hash map, a sort)
 * against a count kept by hand: k·x_i added in shuffled pieces, some cancelling.
 */
class SumSizesTest {
    @ParameterizedTest(name = "{0} symbols")
    @ValueSource(ints = {1, 3, 20, 30, 500, 5000, 20000})
    void piecesOfASumAddUp(int n) {
        Random r = new Random(n);
        List<Expr> pieces = new ArrayList<>();
        long[] want = new long[n];
        for (int i = 0; i < n; i++) {
            for (int p = r.nextInt(3); p >= 0; p--) {
                long c = r.nextInt(7) - 3;
                want[i] += c;
                pieces.add(Expr.mul(Num.of(c), Sym.of("s" + i)));
            }
        }
        Collections.shuffle(pieces, r);
        Expr sum = Expr.add(pieces);
        List<Expr> expected = new ArrayList<>();
        for (int i = 0; i < n; i++) if (want[i] != 0) expected.add(Expr.mul(Num.of(want[i]), Sym.of("s" + i)));
        int left = (int) java.util.Arrays.stream(want).filter(c -> c != 0).count();
        if (left >= 2) {
            Add a = assertInstanceOf(Add.class, sum);
            assertEquals(left, a.size());
            for (int i = 1; i < a.size(); i++) assertTrue(Order.compare(a.term(i - 1), a.term(i)) < 0, "canonical order at " + i);
            for (int i = 0; i < a.size(); i++) {
                int k = Integer.parseInt(((Sym) a.term(i)).name().substring(1));
                assertEquals(Num.of(want[k]), a.coef(i), "coefficient of s" + k);
            }
        }
        // the same sum built from the expected terms in one go is the same node
        assertEquals(Expr.add(expected), sum);
    }
}
