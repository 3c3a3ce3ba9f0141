package cofactor.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cofactor.expr.Add;
import cofactor.expr.Call;
import cofactor.expr.Expr;
import cofactor.expr.Fn;
import cofactor.expr.Mul;
import cofactor.expr.Num;
import cofactor.expr.Pow;
import cofactor.expr.Sym;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The generator the property tests rely on draws what it promises, and its values at a point are right. */
class RandomExprTest {
    static final int DRAWS = 2000;

    /** Every node of the expressions drawn, once per distinct node. */
    static Set<Expr> nodes(RandomExpr gen, int depth) {
        Set<Expr> seen = new HashSet<>();
        Deque<Expr> todo = new ArrayDeque<>();
        for (int i = 0; i < DRAWS; i++) todo.push(gen.next(depth));
        while (!todo.isEmpty()) {
            Expr e = todo.pop();
            if (seen.add(e)) todo.addAll(e.args());
        }
        return seen;
    }

    /** The pairs (base, exponent) of every power, whether a Pow node or a factor of a product. */
    static List<Expr[]> powers(Set<Expr> nodes) {
        List<Expr[]> p = new ArrayList<>();
        for (Expr e : nodes) {
            if (e instanceof Pow w) p.add(new Expr[] {w.base(), w.exp()});
            if (e instanceof Mul m) for (int i = 0; i < m.size(); i++) p.add(new Expr[] {m.base(i), m.exp(i)});
        }
        return p;
    }

    @Test void oneSeedGivesOneSequence() {
        RandomExpr a = new RandomExpr(11, RandomExpr.XYZ), b = new RandomExpr(11, RandomExpr.XYZ);
        for (int i = 0; i < 200; i++) assertEquals(a.next(4), b.next(4), "draw " + i);
        assertEquals("seed 11", a.toString());
    }

    @Test void drawsEveryKindOfNode() {
        Set<Expr> nodes = nodes(new RandomExpr(12, RandomExpr.XYZ), 4);
        Set<Fn> called = EnumSet.noneOf(Fn.class);
        for (Expr e : nodes) if (e instanceof Call c) called.add(c.fn());
        assertEquals(EnumSet.allOf(Fn.class), called);
        assertTrue(nodes.containsAll(List.of(RandomExpr.X, RandomExpr.Y, RandomExpr.Z, Sym.PI, Sym.E)));
        assertTrue(nodes.stream().anyMatch(e -> e instanceof Add a && a.size() >= 3), "a sum of three terms or more");
        assertTrue(nodes.stream().anyMatch(e -> e instanceof Num n && !n.isExact()), "an inexact number");
        assertTrue(nodes.stream().anyMatch(e -> e instanceof Num n && !n.isInteger()), "an exact rational");
        List<Expr[]> powers = powers(nodes);
        assertTrue(powers.stream().anyMatch(p -> p[1] instanceof Num n && n.isInteger() && n.signum() < 0), "a negative integer power");
        assertTrue(powers.stream().anyMatch(p -> p[1] instanceof Num n && n.isExact() && !n.isInteger()), "a rational power");
        assertTrue(powers.stream().anyMatch(p -> !(p[1] instanceof Num)), "a symbolic exponent");
        assertTrue(powers.stream().noneMatch(p -> !(p[1] instanceof Num) && p[0] instanceof Num n && n.signum() <= 0),
                "no symbolic power of a number ≤ 0");
    }

    @Test void optionsLeaveOutWhatTheySay() {
        Set<Expr> nodes = nodes(new RandomExpr(13, List.of(RandomExpr.X)).onlyFunctions(List.of(Fn.SIN, Fn.LOG))
                .exactNumbersOnly().numericExponentsOnly(), 4);
        for (Expr e : nodes) {
            assertTrue(!(e instanceof Num n) || n.isExact(), () -> "inexact " + e);
            // exp, abs and cos too: the canonical form of a power of e is exp, a root of an even power, (x^2)^(1/2),
            // is abs(x), and a quarter turn makes sin cos (sin(u + pi/2) = cos(u))
            assertTrue(!(e instanceof Call c) || EnumSet.of(Fn.SIN, Fn.COS, Fn.LOG, Fn.EXP, Fn.ABS).contains(c.fn()), () -> "called " + e);
            assertTrue(!(e instanceof Sym s) || s.equals(RandomExpr.X) || s.isConstant(), () -> "symbol " + e);
        }
        assertTrue(powers(nodes).stream().allMatch(p -> p[1] instanceof Num), "numeric exponents only");
    }

    /** The value carried along agrees with double evaluation of the canonical tree, and stays finite and moderate. */
    @Test void valuesAtThePointAreTheExpressionsValues() {
        RandomExpr gen = new RandomExpr(14, RandomExpr.XYZ);
        Map<Sym, Num> point = gen.point(0.3, 1.8);
        gen.definedAt(point);
        Map<Sym, Double> at = RandomExpr.doubles(point);
        for (int i = 0; i < DRAWS; i++) {
            RandomExpr.Sample s = gen.sample(4);
            assertTrue(Math.abs(s.value()) <= 1e6, "draw " + i + ": " + s);
            assertTrue(DoubleEval.relativeError(DoubleEval.eval(s.expr(), at), s.value()) < 1e-9, "draw " + i + ": " + s + " at " + point);
        }
    }

    @Test void pointsAreMultiplesOf64thsInTheRange() {
        RandomExpr gen = new RandomExpr(15, RandomExpr.XYZ);
        for (int i = 0; i < 200; i++) {
            Map<Sym, Num> p = gen.point(-2, 2);
            assertEquals(Set.copyOf(RandomExpr.XYZ), p.keySet());
            for (Num v : p.values()) {
                assertTrue(Math.abs(v.doubleValue()) <= 2, v.toString());
                assertTrue(v.mul(Num.of(64)).isInteger(), v.toString());
            }
        }
    }
}
