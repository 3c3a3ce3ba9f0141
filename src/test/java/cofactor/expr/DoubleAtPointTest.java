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
class DoubleAtPointTest {
    @Test
    void sharedNodesAndConstants() {
        Sym x = Sym.of("x");
        Expr sx = Expr.call(Fn.SIN, x);
        Expr e = Expr.add(List.of(Expr.mul(Num.of(3), Expr.pow(sx, 2)), Expr.mul(Sym.PI, sx), Expr.rational(1, 4)));
        double at = 0.7, sin = Math.sin(at);
        assertEquals(3 * sin * sin + Math.PI * sin + 0.25, new DoubleAtPoint(Map.of(x, at)).value(e), 1e-15);
    }

    @Test
    void outsideTheDomainIsNotFinite() {
        Sym x = Sym.of("x"), y = Sym.of("y");
        DoubleAtPoint at = new DoubleAtPoint(Map.of(x, -2.0));
        assertTrue(Double.isNaN(at.value(Expr.call(Fn.LOG, x))), "log of a negative number");
        assertTrue(Double.isNaN(at.value(Expr.pow(x, Num.HALF))), "square root of a negative number");
        assertTrue(Double.isNaN(at.value(Expr.add(x, y))), "a symbol without a value");
        assertTrue(Double.isInfinite(at.value(Expr.pow(Expr.add(x, Num.of(2)), -1))), "a pole");
    }
}
