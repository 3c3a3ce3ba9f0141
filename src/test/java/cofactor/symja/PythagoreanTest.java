package cofactor.symja;

import static cofactor.expr.Expr.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cofactor.expr.Expr;
import cofactor.expr.Fn;
import cofactor.expr.Sym;
import cofactor.testing.DoubleEval;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The Pythagorean candidate of simplify: rational expressions in the six circular
 * functions, written in sin and cos and reduced modulo sin^2 + cos^2 = 1, keep their
 * value (checked in doubles at points where every function is defined), and a sum
 * built to hold (sec^2 - tan^2) and (csc^2 - cot^2) multiples comes back without them.
 */
class PythagoreanTest {
    static final Sym x = sym("x"), y = sym("y");
    static final List<Fn> CIRCULAR = List.of(Fn.SIN, Fn.COS, Fn.TAN, Fn.COT, Fn.SEC, Fn.CSC);

    static LongStream seeds() { return LongStream.range(0, 30).map(i -> 0x9A7L + i); }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void theCandidateKeepsTheValue(long seed) throws Exception {
        Random random = new Random(seed);
        List<Expr> args = List.of(x, mul(num(2), x), y);
        List<Expr> terms = new ArrayList<>();
        for (int t = 1 + random.nextInt(3); t > 0; t--) {
            List<Expr> factors = new ArrayList<>(List.of(num(random.nextInt(7) - 3)));
            for (int f = 1 + random.nextInt(3); f > 0; f--) {
                factors.add(pow(call(CIRCULAR.get(random.nextInt(6)), args.get(random.nextInt(3))), random.nextInt(5) - 2));
            }
            terms.add(mul(factors));
        }
        Expr e = add(terms);
        Expr reduced = SymjaBridge.run((c, ev) -> {
            org.matheclipse.core.interfaces.IExpr r = Pythagorean.candidate(e, c, ev);
            return r == null ? null : c.fromSymja(r);
        }, 60);
        assertNotNull(reduced, "seed " + seed + ": no candidate for " + e); // numerator and denominator are polynomials in s, c
        for (double[] p : new double[][] {{0.3, 1.1}, {-0.7, 0.45}, {2.2, -1.3}}) {
            Map<Sym, Double> at = Map.of(x, p[0], y, p[1]);
            double v = DoubleEval.eval(e, at), w = DoubleEval.eval(reduced, at);
            assertTrue(Math.abs(v - w) <= 1e-9 * Math.max(1, Math.abs(v)), "seed " + seed + ": " + e + " = " + reduced + ": " + w + " against " + v);
        }
    }

    /** k1 (sec^2 u - tan^2 u) + k2 (csc^2 v - cot^2 v) + p simplifies to k1 + k2 + p, by the two identities. */
    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void reciprocalIdentitiesVanish(long seed) {
        Random random = new Random(seed);
        Expr u = random.nextBoolean() ? x : mul(num(3), y), v = random.nextBoolean() ? y : add(x, y);
        int k1 = 1 + random.nextInt(5), k2 = -1 - random.nextInt(5);
        Expr p = mul(num(random.nextInt(9) - 4), pow(x, 1 + random.nextInt(3)));
        Expr e = add(List.of(mul(num(k1), sub(pow(call(Fn.SEC, u), 2), pow(call(Fn.TAN, u), 2))),
                mul(num(k2), sub(pow(call(Fn.CSC, v), 2), pow(call(Fn.COT, v), 2))), p));
        SymjaBridge.Outcome o = SymjaBridge.simplify(e, 60);
        assertEquals(add(num(k1 + k2), p), o.value(), "seed " + seed + ": " + e);
    }
}
