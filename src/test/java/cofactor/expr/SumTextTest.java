package cofactor.expr;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A sum prints each term once, writing its coefficient before the text the display order
 * sorted it by: that text must be the one the product c·t prints as on its own, for integer,
 * fractional and double coefficients, terms with nothing above the bar (2/x) and factors
 * of every kind.
 */
class SumTextTest {
    static LongStream seeds() { return LongStream.range(0, 40); }

    private static final Sym X = Sym.of("x"), Y = Sym.of("y"), Z = Sym.of("z");
    private static final List<Expr> FACTORS = List.of(X, Y, Z, Expr.call(Fn.SIN, X), Expr.call(Fn.COS, Y), Expr.call(Fn.EXP, Y),
            Expr.call(Fn.LOG, Z), Expr.add(X, Num.ONE), Expr.sqrt(Num.of(2)), Sym.of("pi"));
    private static final List<Num> EXPONENTS = List.of(Num.ONE, Num.of(2), Num.of(3), Num.MINUS_ONE, Num.of(-2), Num.HALF, Num.real(-2.0));
    private static final List<Num> COEFFICIENTS = List.of(Num.ONE, Num.of(2), Num.of(12), Num.rational(java.math.BigInteger.ONE, java.math.BigInteger.valueOf(3)),
            Num.rational(java.math.BigInteger.valueOf(5), java.math.BigInteger.TWO), Num.real(2.5), Num.real(0.1), Num.real(3.0));

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void aSumIsItsTermsPrintedAsProducts(long seed) {
        Random r = new Random(seed);
        List<Expr> terms = new ArrayList<>();
        for (int k = 2 + r.nextInt(8); k > 0; k--) {
            List<Expr> factors = new ArrayList<>();
            factors.add(COEFFICIENTS.get(r.nextInt(COEFFICIENTS.size())));
            for (int f = 1 + r.nextInt(4); f > 0; f--) factors.add(Expr.pow(FACTORS.get(r.nextInt(FACTORS.size())), EXPONENTS.get(r.nextInt(EXPONENTS.size()))));
            terms.add(Expr.mul(factors));
        }
        if (!(Expr.add(terms) instanceof Add a)) return; // the terms cancelled or merged into one
        List<String> pieces = new ArrayList<>();
        boolean positive = true;
        for (int i : Printer.displayOrder(a)) {
            positive &= a.coef(i).signum() > 0;
            pieces.add(Printer.print(Expr.mul(a.coef(i), a.term(i))));
        }
        if (!positive) return; // a negative first term moves the first positive one before it: the layout is not what is checked here
        String expected = String.join(" + ", pieces) + (a.constant().isZero() ? "" : " + " + Printer.print(a.constant()));
        assertEquals(expected, Printer.print(a), "seed " + seed);
    }
}
