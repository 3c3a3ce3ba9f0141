package cofactor.expr;

import static cofactor.expr.Expr.*;
import static org.junit.jupiter.api.Assertions.*;

import java.util.List;
import org.junit.jupiter.api.Test;

class CanonicalFormTest {
    static final Sym x = sym("x"), y = sym("y");

    static java.util.List<Expr> List(Expr... es) { return java.util.List.of(es); }

    @Test void likeTermsCollect() {
        assertEquals(mul(num(2), x), add(x, x));
        assertEquals("2*x", add(x, x).toString());
        assertEquals(Num.ZERO, sub(x, x));
    }

    @Test void equalBasesCollect() {
        assertEquals(pow(x, 2), mul(x, x));
        assertEquals("x^2", mul(x, x).toString());
        assertEquals(Num.ONE, div(x, x));
    }

    @Test void rationalsStayExact() {
        assertEquals(rational(1, 2), add(rational(1, 3), rational(1, 6)));
        assertEquals("1/2", add(rational(1, 3), rational(1, 6)).toString());
        assertEquals(num(512), pow(num(2), pow(num(3), num(2))));
    }

    @Test void aDoubleMakesTheResultADouble() {
        assertEquals(real(0.5), add(rational(1, 4), real(0.25)));
    }

    @Test void numberTimesSumDistributes() {
        Expr s = add(x, y);
        assertEquals(Num.ZERO, sub(mul(num(2), s), add(mul(num(2), x), mul(num(2), y))));
    }

    /** An inexact zero constant, as 0.5·(x + y) makes of 0.5·0, is no constant: the printed x + 0.5*y + 0.5*z reads back equal. */
    @Test void anInexactZeroConstantIsDropped() {
        Sym z = sym("z");
        Expr s = add(x, mul(real(0.5), add(y, z)));
        assertEquals(add(java.util.List.of(x, mul(real(0.5), y), mul(real(0.5), z))), s);
        assertEquals(Num.ZERO, ((Add) s).constant());
        assertEquals(add(x, y), add(add(x, y), real(0.0)));
    }

    /** -(x + y) was one term and 0 - (x + y) two: one value, two trees. */
    @Test void aNumberTimesALoneSumIsMultipliedOut() {
        Expr s = add(x, y);
        assertEquals(sub(num(0), s), neg(s));
        assertInstanceOf(Add.class, neg(s));
        assertEquals("-x - y", neg(s).toString());
        assertEquals("3*x + 3", mul(num(3), add(x, num(1))).toString());
        Expr rounding = mul(num(3), add(x, real(0.1))); // 3x + 0.30000000000000004 would not be the same number
        assertInstanceOf(Mul.class, rounding);
        assertEquals("3*(x + 0.1)", rounding.toString());
        assertEquals("-x - 0.1", neg(add(x, real(0.1))).toString()); // a change of sign is exact
    }

    /** A sum in a product or under a whole power has content 1 and prints without a leading minus. */
    @Test void aSumInAProductGivesItsContentToTheCoefficient() {
        Expr twoXPlusTwo = add(mul(num(2), x), num(2));
        assertEquals(mul(List(num(2), y, add(x, num(1)))), mul(twoXPlusTwo, y));
        assertEquals("2*y*(x + 1)", mul(twoXPlusTwo, y).toString());
        assertEquals("4*(x + 1)^2", pow(twoXPlusTwo, 2).toString());
        assertEquals("-1/(x - 1)", pow(sub(num(1), x), -1).toString());
        assertEquals("(x + 1)/(2*(x + 2))", div(add(x, num(1)), add(mul(num(2), x), num(4))).toString());
        assertEquals(mul(num(6), pow(add(mul(num(3), x), mul(num(2), y)), -1)),
                pow(add(div(x, num(2)), div(y, num(3))), -1)); // content 1/6
        assertEquals("6/(3*x + 2*y)", pow(add(div(x, num(2)), div(y, num(3))), -1).toString());
        assertEquals("2*z*(x + y)", mul(add(mul(num(2), x), mul(num(2), y)), sym("z")).toString());
        assertEquals(pow(add(x, num(1)), 2), mul(add(x, num(1)), add(x, num(1))));
        assertEquals(mul(num(2), pow(add(x, num(1)), 2)), mul(twoXPlusTwo, add(x, num(1))));
    }

    /** Content: the sign of the leading term as printed, times the gcd of the numerators over the lcm of the denominators. */
    @Test void theContentOfASum() {
        assertEquals(num(4), content(add(mul(num(4), x), num(-4))));
        assertEquals(rational(3, 10), content(add(mul(rational(6, 5), pow(x, 2)), rational(-9, 10))));
        assertEquals(num(-1), content(sub(num(1), x)));
        assertEquals(num(-2), content(sub(mul(num(-2), pow(x, 2)), mul(num(4), y))));
        assertEquals(num(1), content(add(mul(real(2.0), x), num(1)))); // doubles: the sign only
        for (Add s : java.util.List.of((Add) add(mul(num(4), x), num(-4)), (Add) sub(mul(num(-2), pow(x, 2)), mul(num(4), y)))) {
            assertEquals(s, mul(s.content(), s.primitive()));
            assertEquals(num(1), s.primitive().content());
        }
    }

    private static Num content(Expr sum) { return ((Add) sum).content(); }

    /**
     * The content's size against the definition over all coefficients, the constant among them:
     * gcd of the numerators (by Euclid on longs) over the lcm of the denominators, for sums whose
     * gcd reaches 1 before a fraction comes, and the reverse. Its sign is the leading term's (see above).
     */
    @org.junit.jupiter.params.ParameterizedTest(name = "seed {0}")
    @org.junit.jupiter.params.provider.ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20})
    void theContentsSizeIsTheGcdOverTheLcm(long seed) {
        java.util.Random r = new java.util.Random(seed);
        java.util.List<Expr> terms = new java.util.ArrayList<>();
        long g = 0, l = 1;
        int k = 2 + r.nextInt(6);
        for (int i = 0; i < k; i++) {
            long p = (1 + r.nextInt(12)) * (r.nextBoolean() ? 1 : -1) * (seed % 3 == 0 ? 6 : 1), q = r.nextInt(3) == 0 ? 1 + r.nextInt(6) : 1;
            long d = gcd(Math.abs(p), q);
            p /= d;
            q /= d;
            g = gcd(g, Math.abs(p));
            l = l / gcd(l, q) * q;
            Expr monomial = i == k - 1 && seed % 2 == 0 ? Num.ONE : pow(x, i + 1);
            terms.add(mul(rational(p, q), monomial));
        }
        Num c = content(add(terms));
        assertEquals(rational(g, l), c.signum() < 0 ? c.negate() : c, "seed " + seed + ": " + add(terms));
    }

    private static long gcd(long a, long b) { return b == 0 ? a : gcd(b, a % b); }

    @Test void oddFunctionsTakeOutTheMinusSignASumPrintsWith() {
        assertEquals(neg(call(Fn.SIN, sub(x, num(1)))), call(Fn.SIN, sub(num(1), x)));
        assertEquals("-sin(x - 1)", call(Fn.SIN, sub(num(1), x)).toString());
        assertEquals("cos(x - y)", call(Fn.COS, sub(y, x)).toString());
        assertEquals("sin(x - y)", call(Fn.SIN, sub(x, y)).toString());
    }

    @Test void orderDoesNotMatter() {
        Expr a = add(java.util.List.of(x, mul(num(3), y), call(Fn.SIN, x), num(7)));
        Expr b = add(java.util.List.of(num(7), call(Fn.SIN, x), mul(y, num(3)), x));
        assertEquals(a, b);
        assertEquals(a.hashCode(), b.hashCode());
        assertEquals(a.toString(), b.toString());
    }

    @Test void printsLikeTheLanguage() {
        Expr det = sub(mul(x, call(Fn.SIN, x)), pow(x, 2));
        assertEquals("x*sin(x) - x^2", det.toString());
        assertEquals("1/x", pow(x, -1).toString());
        assertEquals("2*x/(3*y)", div(mul(num(2), x), mul(num(3), y)).toString());
        assertEquals("sqrt(x)", sqrt(x).toString());
        assertEquals("(x + 1)^2", pow(add(x, num(1)), 2).toString());
        assertEquals("-x^2", neg(pow(x, 2)).toString());
        assertEquals("x^(1/3)", pow(x, rational(1, 3)).toString());
        assertEquals("-sin(x)", call(Fn.SIN, neg(x)).toString());
    }

    @Test void exactRootsAndSpecialValues() {
        assertEquals(num(2), sqrt(num(4)));
        assertEquals(rational(4, 9), pow(rational(8, 27), rational(2, 3)));
        assertEquals(Num.ZERO, call(Fn.SIN, Sym.PI));
        assertEquals(Num.MINUS_ONE, call(Fn.COS, Sym.PI));
        assertEquals(Num.ONE, call(Fn.LOG, Sym.E));
        assertEquals(x, call(Fn.EXP, call(Fn.LOG, x)));
        assertEquals(call(Fn.COS, x), call(Fn.COS, neg(x)));
    }

    /** Roots of numbers: what can come out does (checked against the value in doubles too). */
    @Test void numericRootsComeOutOfTheRadical() {
        assertEquals("2*sqrt(2)", sqrt(num(8)).toString());
        assertEquals("2*sqrt(2)", pow(num(2), rational(3, 2)).toString());
        assertEquals("sqrt(2)/4", pow(num(8), rational(-1, 2)).toString());
        assertEquals("sqrt(2)/2", sqrt(rational(1, 2)).toString());
        assertEquals(num(4), mul(sqrt(num(8)), sqrt(num(2))));
        assertEquals(Num.ZERO, sub(div(sqrt(num(2)), num(2)), sqrt(rational(1, 2))));
        for (int n = 2; n < 200; n++) {
            for (Num e : new Num[] {Num.HALF, rational(1, 3), rational(5, 3), rational(-2, 3)}) {
                double want = Math.pow(n, e.doubleValue());
                double got = ((Num) Rewrite.numeric(pow(num(n), e))).doubleValue();
                assertEquals(want, got, 1e-12 * want, n + "^" + e);
            }
        }
    }

    @Test void doublesPrintSoTheyParseBack() {
        assertEquals("0.1", real(0.1).toString());
        assertEquals("2.0", real(2).toString());
    }

    /** The shortest text that reads back (Python's repr gives the same digits); Java 17's Double.toString does not always. */
    @Test void doublesPrintShortest() {
        assertEquals("1.0E23", real(1e23).toString());
        assertEquals("2.82879384806159E17", real(2.82879384806159E17).toString());
        assertEquals("5.0E-324", real(Double.MIN_VALUE).toString());
        assertEquals("0.30000000000000004", real(0.1 + 0.2).toString());
        assertEquals("9.007199254740992E15", real(9.007199254740993E15).toString());
        assertEquals("-0.001", real(-1e-3).toString());
        assertEquals("1234567.0", real(1234567).toString());
        assertEquals("1.0E7", real(1e7).toString());
        assertEquals("1.7976931348623157E308", real(Double.MAX_VALUE).toString());
        assertEquals("-2.5E-8", real(-2.5e-8).toString());
    }

    /**
     * A root takes out what is never negative, but not so far that only -1 stays under it:
     * sqrt(-x^2) is no real number (for x ≠ 0), and sqrt(-1)*abs(x) would read as if it were one
     * of the product's factors; sqrt(-8*x^2*y) still gives out 2*sqrt(2)*abs(x), as -y may be positive.
     */
    @Test void aRootKeepsMinusOneWithTheRest() {
        Sym x = Sym.of("x"), y = Sym.of("y");
        Expr negSquare = neg(pow(x, 2));
        assertEquals("sqrt(-x^2)", pow(negSquare, Num.HALF).toString());
        assertEquals("sqrt(-8*x^2)", pow(mul(Num.of(8), negSquare), Num.HALF).toString());
        assertEquals("2*sqrt(2)*abs(x)*sqrt(-y)", pow(mul(List.of(Num.of(-8), pow(x, 2), y)), Num.HALF).toString());
    }
}
