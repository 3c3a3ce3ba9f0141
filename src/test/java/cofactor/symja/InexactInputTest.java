package cofactor.symja;

import static cofactor.expr.Expr.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cofactor.expr.Expr;
import cofactor.expr.Fn;
import cofactor.expr.Num;
import cofactor.expr.Sym;
import cofactor.testing.DoubleEval;
import cofactor.testing.RandomExpr;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * simplify and factor of expressions with doubles: Symja chops small numbers, so it
 * gets exact decimals and the doubles come back; the result equals the input.
 */
class InexactInputTest {
    static final Sym x = sym("x"), y = sym("y");
    static final double TIMEOUT = 60; // a generous bound: a timeout returns the input, which would prove nothing

    @Test void smallCoefficientsAreKept() {
        assertEquals(mul(real(1e-15), x), simplified(mul(real(1e-15), x)));
        assertEquals(add(mul(real(1e-20), x), y), simplified(add(mul(real(1e-20), x), y)));
        // 1e-20 x^2 - 1e-20 = 1e-20 (x - 1)(x + 1), by hand; the 1s computed from doubles are doubles, signs stay signs
        assertEquals(mul(List.of(real(1e-20), sub(x, real(1)), add(x, real(1)))),
                factored(sub(mul(real(1e-20), pow(x, 2)), real(1e-20))));
    }

    @Test void hugeAndTinyTogether() {
        // 1e300 x^2 + 1e-300 (sin^2 y + cos^2 y) = 1e300 x^2 + 1e-300
        Expr e = add(mul(real(1e300), pow(x, 2)), mul(real(1e-300), add(pow(call(Fn.SIN, y), 2), pow(call(Fn.COS, y), 2))));
        assertEquals(add(mul(real(1e300), pow(x, 2)), real(1e-300)), simplified(e));
    }

    /** Each double goes over as its decimal and comes back as the same double, the largest, the smallest and 17-digit ones too. */
    @Test void doublesComeBackBitForBit() {
        for (double d : new double[] {1.2345678901234567e-25, 4.9e-324, 2.2250738585072014e-308, 1.7976931348623157e308, 0.1, 1e23, 9.999999999999999e22}) {
            Expr e = mul(real(d), x);
            assertEquals(e, simplified(e), Double.toString(d));
        }
    }

    /** Numbers that are structure stay exact: exponents, unit coefficients, integers in a function's argument. */
    @Test void theResultIsInexactWhereTheInputWas() {
        // -x - 1.0 + 0.5 sin^2 y + 0.5 cos^2 y = -x - 0.5: the -x keeps its sign beside the input's -1.0 (was -1.0*x)
        Expr signs = add(List.of(neg(x), real(-1), mul(real(0.5), pow(call(Fn.SIN, y), 2)), mul(real(0.5), pow(call(Fn.COS, y), 2))));
        assertEquals(sub(real(-0.5), x), simplified(signs));
        // the exact 2 in the argument and the double 2.0 beside it both come back as they went
        Expr both = add(call(Fn.SIN, mul(num(2), x)), mul(real(2), y));
        assertEquals(both, simplified(both));
        // 2.0 x^2 - 8.0 = 2.0 (x - 2)(x + 2), the integers of the factors computed from doubles
        assertEquals(mul(List.of(real(2), sub(x, real(2)), add(x, real(2)))), factored(sub(mul(real(2), pow(x, 2)), real(8))));
        // 0.1 sin^2 x + 0.1 cos^2 x is 1/10 in Symja and 0.1 here, not the exact 1/10
        assertEquals(real(0.1), simplified(add(mul(real(0.1), pow(call(Fn.SIN, x), 2)), mul(real(0.1), pow(call(Fn.COS, x), 2)))));
        // sqrt(x) stays a square root and x^1.5 a power 1.5
        Expr e = add(mul(real(0.5), sqrt(x)), pow(y, real(1.5)));
        assertEquals(e, simplified(e));
    }

    static LongStream seeds() { return LongStream.range(0, 40).map(i -> 0x51A1C0L + i); }

    /**
     * A sum of random expressions with coefficients from 1e-40 to 1e40: simplify and
     * factor equal it at the generator's point to 1e-12 of the size of its terms
     * there (the terms may cancel, so the size is their sum of magnitudes).
     */
    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void simplifyAndFactorKeepTheValue(long seed) {
        RandomExpr gen = new RandomExpr(seed, List.of(x, y));
        Map<Sym, Num> point = gen.point(-2, 2);
        gen.definedAt(point).numericExponentsOnly();
        Random random = gen.random();
        Map<Sym, Double> at = RandomExpr.doubles(point);
        List<Expr> terms = new ArrayList<>();
        double scale = 0;
        for (int i = 1 + random.nextInt(4); i > 0; i--) {
            RandomExpr.Sample s = gen.sample(2);
            double c = (1 + 9 * random.nextDouble()) * Math.pow(10, random.nextInt(81) - 40);
            terms.add(mul(real(c), s.expr()));
            scale += Math.abs(c * s.value());
        }
        Expr e = add(terms);
        double value = DoubleEval.eval(e, at);
        for (boolean simplify : new boolean[] {true, false}) {
            SymjaBridge.Outcome o = simplify ? SymjaBridge.simplify(e, TIMEOUT) : SymjaBridge.factor(e, TIMEOUT);
            assertTrue(o.warning() == null || o.warning().contains("Cofactor does not have"), gen + ": " + o.warning());
            double w = DoubleEval.eval(o.value(), at);
            assertTrue(Math.abs(w - value) <= 1e-12 * scale,
                    gen + ": " + (simplify ? "simplify" : "factor") + "(" + e + ") = " + o.value() + ": " + w + " against " + value + " (terms of size " + scale + ")");
        }
    }

    private static Expr simplified(Expr e) {
        SymjaBridge.Outcome o = SymjaBridge.simplify(e, TIMEOUT);
        assertNull(o.warning());
        return o.value();
    }

    private static Expr factored(Expr e) {
        SymjaBridge.Outcome o = SymjaBridge.factor(e, TIMEOUT);
        assertNull(o.warning());
        return o.value();
    }
}
