package cofactor.poly;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cofactor.expr.Expr;
import cofactor.expr.Fn;
import cofactor.expr.Num;
import cofactor.expr.Sym;
import cofactor.guard.Limits;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What expand returns as it stands, taking it for expanded already, is what expanding it
 * through a polynomial gives: random sums and products of kernels of every kind (symbols to
 * any whole power, calls of polynomials, exp, abs, calls of calls and of sums' products),
 * exact and inexact coefficients.
 */
class ExpandFixedPointTest {
    static LongStream seeds() { return LongStream.range(0, 100); }

    private static final Sym X = Sym.of("x"), Y = Sym.of("y");

    private static List<Expr> kernels() {
        Expr xy = Expr.mul(X, Y);
        return List.of(X, Y, Sym.E, Sym.of("pi"), Expr.call(Fn.SIN, X), Expr.call(Fn.COS, Expr.add(X, Y)), Expr.call(Fn.EXP, Expr.neg(Y)),
                Expr.call(Fn.EXP, xy), Expr.call(Fn.EXP, X), Expr.call(Fn.LOG, Expr.mul(Num.of(2), X)), Expr.call(Fn.ABS, X),
                Expr.call(Fn.SIN, Expr.call(Fn.COS, X)), Expr.call(Fn.COS, Expr.mul(Num.of(3), Expr.add(X, Num.ONE))),
                Expr.call(Fn.SIN, Expr.mul(Num.real(0.5), X)), Expr.call(Fn.SIN, Num.of(2)), Expr.add(X, Num.ONE));
    }

    private static Num coefficient(Random r) {
        return switch (r.nextInt(5)) {
            case 0 -> Num.real(0.25 + r.nextInt(8));
            case 1 -> Num.rational(BigInteger.valueOf(1 + r.nextInt(9)), BigInteger.valueOf(1 + r.nextInt(4)));
            default -> Num.of(r.nextInt(11) - 5);
        };
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void asItStandsIsAsExpanded(long seed) {
        Random r = new Random(seed);
        boolean mostlyExpanded = seed % 2 == 0; // kernels that stay whole, to powers they stay whole in, exact coefficients
        List<Expr> kernels = kernels().subList(0, mostlyExpanded ? 10 : kernels().size());
        List<Expr> terms = new ArrayList<>();
        for (int t = 1 + r.nextInt(6); t > 0; t--) {
            List<Expr> factors = new ArrayList<>();
            factors.add(mostlyExpanded ? Num.of(r.nextInt(11) - 5) : coefficient(r));
            for (int f = r.nextInt(4); f > 0; f--) factors.add(Expr.pow(kernels.get(r.nextInt(kernels.size())), mostlyExpanded ? 1 + r.nextInt(3) : r.nextInt(7) - 2));
            terms.add(Expr.mul(factors));
        }
        if (r.nextBoolean()) terms.add(mostlyExpanded ? Num.of(r.nextInt(11) - 5) : coefficient(r));
        Expr e = Expr.add(terms);
        assertEquals(Expand.byPolynomials(e, Limits.DEFAULT), Expand.of(e, Limits.DEFAULT), "seed " + seed + ": " + e);
    }

    /** The derivative of a trigonometric determinant's terms, and the arguments of its entries, are taken as they stand. */
    @Test void whatIsTakenAsItStands() {
        Expr sinY = Expr.call(Fn.SIN, Y), expX = Expr.call(Fn.EXP, X), cosXY = Expr.call(Fn.COS, Expr.add(X, Y));
        List<Expr> expanded = List.of(Expr.neg(Y), Expr.mul(X, Y), Expr.neg(sinY), Expr.call(Fn.EXP, Expr.neg(Y)),
                Expr.add(List.of(Expr.mul(List.of(Num.of(2), Expr.pow(X, 2), Y, sinY, expX)), Expr.mul(List.of(Num.of(-1), Expr.pow(cosXY, 3))), Num.of(7))));
        for (Expr e : expanded) {
            assertTrue(Expand.isExpanded(e), e.toString());
            assertSame(e, Expand.of(e, Limits.DEFAULT));
            assertEquals(Expand.byPolynomials(e, Limits.DEFAULT), e);
        }
    }
}
