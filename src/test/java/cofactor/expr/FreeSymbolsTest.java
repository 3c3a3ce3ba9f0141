package cofactor.expr;

import static org.junit.jupiter.api.Assertions.assertEquals;

import cofactor.testing.RandomExpr;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The free symbols of random expressions (over x, y, z, a and b, with pi and E among them) are
 * those a walk through every node's argument list finds: products' factors as power nodes,
 * sums' summands.
 */
class FreeSymbolsTest {
    static LongStream seeds() { return LongStream.range(0, 200); }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void freeSymbolsAreThoseOfTheArguments(long seed) {
        Expr e = new RandomExpr(seed, List.of(Sym.of("x"), Sym.of("y"), Sym.of("z"), Sym.of("a"), Sym.of("b"), Sym.PI, Sym.E)).next(5);
        Set<Sym> byArguments = new TreeSet<>(Sym.BY_NAME);
        Find.any(e, x -> {
            if (x instanceof Sym s && !s.isConstant()) byArguments.add(s);
            return false;
        });
        assertEquals(byArguments, Symbols.free(e), "seed " + seed + ": " + e);
    }
}
