package cofactor.expr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Values read off the tree in doubles: shared nodes and constants, and what lies outside the
 * domain (NumericEvaluationPropertyTest checks random expressions against Java's Math).
 */
class DoubleAtPointsTest {
    @Test
    void sharedNodesAndConstants() {
        Sym x = Sym.of("x");
        Expr sx = Expr.call(Fn.SIN, x);
        Expr e = Expr.add(List.of(Expr.mul(Num.of(3), Expr.pow(sx, 2)), Expr.mul(Sym.PI, sx), Expr.rational(1, 4)));
        double at = 0.7, sin = Math.sin(at);
        assertEquals(3 * sin * sin + Math.PI * sin + 0.25, new DoubleAtPoints(List.of(Map.of(x, at))).values(e)[0], 1e-15);
    }

    /** Several points at once give what each gives alone, bit for bit, also outside the domain. */
    @Test
    void pointsTogetherAreEachAlone() {
        Sym x = Sym.of("x"), y = Sym.of("y");
        Expr e = Expr.add(List.of(Expr.mul(Num.of(3), Expr.pow(Expr.call(Fn.SIN, x), 2)), Expr.mul(Expr.call(Fn.LOG, y), Expr.pow(x, y)),
                Expr.pow(Expr.add(x, Num.of(-1)), -1), Expr.sqrt(Num.of(2)), Expr.mul(Sym.PI, Expr.call(Fn.EXP, Expr.neg(y)))));
        List<Map<Sym, Double>> points = List.of(Map.of(x, 0.3, y, 1.7), Map.of(x, 1.0, y, 2.0), Map.of(x, 2.5, y, -1.0), Map.of(x, 0.9));
        double[] together = new DoubleAtPoints(points).values(e);
        for (int p = 0; p < points.size(); p++) {
            double alone = new DoubleAtPoints(List.of(points.get(p))).values(e)[0];
            assertEquals(Double.doubleToLongBits(alone), Double.doubleToLongBits(together[p]), "point " + points.get(p));
        }
        double x0 = 0.3, y0 = 1.7; // by hand at the first point
        assertEquals(3 * Math.pow(Math.sin(x0), 2) + Math.log(y0) * Math.pow(x0, y0) + 1 / (x0 - 1) + Math.sqrt(2) + Math.PI * Math.exp(-y0), together[0], 1e-12);
        assertTrue(Double.isInfinite(together[1]), "a pole at x = 1");
        assertTrue(Double.isNaN(together[2]) && Double.isNaN(together[3]), "log of a negative number; y without a value");
    }

    @Test
    void outsideTheDomainIsNotFinite() {
        Sym x = Sym.of("x"), y = Sym.of("y");
        DoubleAtPoints at = new DoubleAtPoints(List.of(Map.of(x, -2.0)));
        assertTrue(Double.isNaN(at.values(Expr.call(Fn.LOG, x))[0]), "log of a negative number");
        assertTrue(Double.isNaN(at.values(Expr.pow(x, Num.HALF))[0]), "square root of a negative number");
        assertTrue(Double.isNaN(at.values(Expr.add(x, y))[0]), "a symbol without a value");
        assertTrue(Double.isInfinite(at.values(Expr.pow(Expr.add(x, Num.of(2)), -1))[0]), "a pole");
    }
}
