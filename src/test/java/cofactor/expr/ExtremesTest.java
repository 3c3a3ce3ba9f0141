package cofactor.expr;

import static cofactor.expr.Expr.*;
import static org.junit.jupiter.api.Assertions.assertEquals;

import cofactor.calculus.Derivative;
import cofactor.compile.CompiledFunction;
import cofactor.compile.Compiler;
import cofactor.guard.Limits;
import cofactor.testing.DoubleEval;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** max and min: the largest and smallest of numbers, and of expressions through abs, with derivatives where they exist. */
class ExtremesTest {
    static final Sym x = sym("x"), y = sym("y"), z = sym("z");

    @Test void numbers() {
        assertEquals(num(7), Extremes.max(List.of(num(3), num(7), num(5))));
        assertEquals(num(3), Extremes.min(List.of(num(3), num(7), num(5))));
        assertEquals(real(2.5), Extremes.max(List.of(num(2), real(2.5))));
        assertEquals(rational(-1, 3), Extremes.min(List.of(real(0.5), rational(-1, 3))));
        assertEquals(Sym.PI, Extremes.max(List.of(Sym.PI, num(3))));        // abs decides pi - 3 > 0
        assertEquals(num(3), Extremes.min(List.of(Sym.PI, num(3))));
        assertEquals(x, Extremes.max(List.of(x, x)));
    }

    @Test void expressionsGoThroughAbs() {
        assertEquals(mul(rational(1, 2), add(add(x, y), call(Fn.ABS, sub(x, y)))), Extremes.max(List.of(x, y)));
        assertEquals("abs(x - y)/2 + x/2 + y/2", Extremes.max(List.of(x, y)).toString());
        assertEquals("x/2 - abs(x)/2", Extremes.min(List.of(x, num(0))).toString());
    }

    /** Values and partial derivatives of max(x, y, z) and min(x, y, z) at random points (no ties) against doubles and central differences. */
    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {11, 12, 13, 14, 15})
    void valuesAndDerivatives(long seed) {
        Random r = new Random(seed);
        Expr max = Extremes.max(List.of(x, mul(y, y), call(Fn.SIN, z))), min = Extremes.min(List.of(x, mul(y, y), call(Fn.SIN, z)));
        for (int i = 0; i < 20; i++) {
            double a = 4 * r.nextDouble() - 2, b = 4 * r.nextDouble() - 2, c = 4 * r.nextDouble() - 2;
            Map<Sym, Double> at = Map.of(x, a, y, b, z, c);
            String where = "seed " + seed + " at " + at;
            assertEquals(Math.max(a, Math.max(b * b, Math.sin(c))), DoubleEval.eval(max, at), 1e-12, where);
            assertEquals(Math.min(a, Math.min(b * b, Math.sin(c))), DoubleEval.eval(min, at), 1e-12, where);
            for (Sym v : List.of(x, y, z)) {
                for (Expr e : List.of(max, min)) {
                    double fd = DoubleEval.derivative(t -> DoubleEval.eval(e, with(at, v, t)), at.get(v));
                    assertEquals(fd, DoubleEval.eval(Derivative.of(e, v, Limits.DEFAULT), at), 1e-6, where + " d/d" + v);
                }
            }
        }
    }

    /** Compiled, max and min go through Math.abs: the same values as Math.max and Math.min away from rounding. */
    @Test void compiled() {
        CompiledFunction max = Compiler.compile(Extremes.max(List.of(x, y)), List.of(x, y)), min = Compiler.compile(Extremes.min(List.of(x, y)), List.of(x, y));
        Random r = new Random(3);
        for (int i = 0; i < 100; i++) {
            double a = 10 * r.nextGaussian(), b = 10 * r.nextGaussian();
            assertEquals(Math.max(a, b), max.applyAsDouble(new double[] {a, b}), 1e-14 * (Math.abs(a) + Math.abs(b)), "seed 3, point " + i);
            assertEquals(Math.min(a, b), min.applyAsDouble(new double[] {a, b}), 1e-14 * (Math.abs(a) + Math.abs(b)), "seed 3, point " + i);
        }
    }

    private static Map<Sym, Double> with(Map<Sym, Double> at, Sym v, double t) {
        Map<Sym, Double> m = new HashMap<>(at);
        m.put(v, t);
        return m;
    }
}
