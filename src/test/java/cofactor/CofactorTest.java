package cofactor;

import static org.junit.jupiter.api.Assertions.assertEquals;

import cofactor.compile.CompiledFunction;
import cofactor.compile.CompiledGradient;
import cofactor.expr.Expr;
import cofactor.expr.Sym;
import cofactor.lang.ScalarValue;
import org.junit.jupiter.api.Test;

class CofactorTest {
    @Test void theSeedExampleFromJava() {
        Cofactor cf = new Cofactor();
        cf.eval("A = [[x, x^2], [1, sin x]]");
        Expr dd = ((ScalarValue) cf.eval("d(det(A), x)")).expr();
        assertEquals("x*cos(x) + sin(x) - 2*x", dd.toString());
        CompiledFunction f = Cofactor.compile(dd, Cofactor.sym("x"));
        double x = 0.7;
        assertEquals(Math.sin(x) + x * Math.cos(x) - 2 * x, f.applyAsDouble(x), 1e-15);
    }

    @Test void valueAndGradientOfTheQuestionsLoss() {
        Cofactor cf = new Cofactor();
        Expr loss = ((ScalarValue) cf.eval("det([[sin x, 0], [0, cos y]])^2")).expr();
        Sym x = Cofactor.sym("x"), y = Cofactor.sym("y");
        CompiledGradient g = Cofactor.compileGradient(loss, x, y);
        double[] grad = new double[2];
        double v = g.valueAndGradient(new double[] {1, 1}, grad);
        double s = Math.sin(1), c = Math.cos(1);
        assertEquals(s * s * c * c, v, 1e-15);
        assertEquals(2 * s * c * c * c, grad[0], 1e-15);
        assertEquals(-2 * c * s * s * s, grad[1], 1e-15);
    }
}
