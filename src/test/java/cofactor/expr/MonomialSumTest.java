package cofactor.expr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The fast route to a sum of monomials builds the node the factories build from the same
 * monomials multiplied and added one by one, also with a power of E (E, exp(x), exp(-y))
 * in a monomial; two of those, or a square of one, fold, and are refused.
 */
class MonomialSumTest {
    static LongStream seeds() { return LongStream.range(0, 30); }

    private static Expr[] kernels() {
        Expr[] k = {Sym.of("x"), Sym.of("y"), Sym.E, Expr.call(Fn.EXP, Sym.of("x")), Expr.call(Fn.EXP, Expr.neg(Sym.of("y"))), Expr.call(Fn.SIN, Sym.of("x"))};
        Arrays.sort(k, Order.CANONICAL);
        return k;
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void theSumIsTheFactoriesSum(long seed) {
        Random r = new Random(seed);
        Expr[] kernels = kernels();
        MonomialSum sum = new MonomialSum(kernels, 4);
        List<Expr> terms = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int t = 0; t < 12; t++) {
            int[] vars = new int[kernels.length], exps = new int[kernels.length];
            int count = 0;
            for (int v = 0; v < kernels.length; v++) {
                if (r.nextInt(3) > 0) continue;
                vars[count] = v;
                exps[count++] = 1 + (r.nextInt(3) == 0 ? r.nextInt(3) : 0);
            }
            if (count == 0 || !sum.admits(vars, exps, count) || !seen.add(Arrays.toString(Arrays.copyOf(vars, count)) + Arrays.toString(Arrays.copyOf(exps, count)))) continue;
            int k = r.nextInt(9) - 4;
            Num c = Num.of(k == 0 ? 5 : k);
            sum.add(vars, exps, count, c);
            List<Expr> factors = new ArrayList<>(List.of(c));
            for (int i = 0; i < count; i++) factors.add(Expr.pow(kernels[vars[i]], exps[i]));
            terms.add(Expr.mul(factors));
        }
        assertEquals(Expr.add(terms), sum.build(), "seed " + seed);
    }

    @Test void powersOfETogetherAreRefused() {
        Expr[] kernels = kernels();
        int e = Arrays.asList(kernels).indexOf(Sym.E), ex = Arrays.asList(kernels).indexOf(Expr.call(Fn.EXP, Sym.of("x")));
        int x = Arrays.asList(kernels).indexOf(Sym.of("x"));
        MonomialSum sum = new MonomialSum(kernels, 1);
        assertTrue(sum.admits(new int[] {Math.min(x, ex), Math.max(x, ex)}, x < ex ? new int[] {3, 1} : new int[] {1, 3}, 2)); // x^3*exp(x)
        assertFalse(sum.admits(new int[] {Math.min(e, ex), Math.max(e, ex)}, new int[] {1, 1}, 2));
        assertFalse(sum.admits(new int[] {ex}, new int[] {2}, 1));
        assertThrows(IllegalArgumentException.class, () -> sum.add(new int[] {ex}, new int[] {2}, 1, Num.ONE));
    }
}
