package cofactor.lang;

import static org.junit.jupiter.api.Assertions.*;

import cofactor.Cofactor;
import cofactor.expr.Num;
import cofactor.expr.SinCos;
import cofactor.matrix.Matrix;
import org.junit.jupiter.api.Test;

/** A compiled function at a matrix of points, and grid, from the language. */
class BatchBuiltinsTest {
    final Cofactor cf = new Cofactor();

    Matrix matrix(String source) { return ((MatrixValue) cf.eval(source)).matrix(); }

    static double at(Matrix m, int i, int j) { return ((Num) m.get(i, j)).doubleValue(); }

    String error(String source) { return assertThrows(EvalError.class, () -> cf.eval(source)).format(); }

    /** Each row is a point: the values are those of the calls one point at a time, and of the formula. */
    @Test void aScalarFunctionAtTheRowsOfAMatrix() {
        cf.eval("f = compile(x^2 + y, [x, y])");
        Matrix v = matrix("f([[1, 2], [3, 4], [0.5, pi]])");
        assertEquals(3, v.rows());
        assertEquals(1, v.cols());
        assertEquals(3.0, at(v, 0, 0));
        assertEquals(13.0, at(v, 1, 0));
        assertEquals(0.25 + Math.PI, at(v, 2, 0));
        assertEquals(cf.eval("f(0.5, pi)"), Value.of(v.get(2)));
        assertEquals("[7.0]", cf.eval("f([[2, 3]])").show(), "one row is a batch of one point");
        assertEquals("6.0", cf.eval("f([2, 2])").show(), "a vector of 2 numbers is still one point");
    }

    @Test void aFunctionOfOneVariableAtAVectorOfPoints() {
        cf.eval("g = compile(sin(x), [x])");
        Matrix v = matrix("g([0.1, 0.2, 0.3])");
        double[] xs = {0.1, 0.2, 0.3};
        for (int i = 0; i < 3; i++) assertEquals(SinCos.sin(xs[i]), at(v, i, 0));
        assertEquals(Value.of(Num.real(SinCos.sin(0.3))), cf.eval("g([0.3])"), "a single number is one point");
    }

    /** For a vector function, row i holds its entries at point i. */
    @Test void aVectorFunctionGivesAMatrixOfRows() {
        cf.eval("h = compile([x*y, x - y], [x, y])");
        assertEquals("[[2.0, -1.0], [12.0, 1.0]]", cf.eval("h([[1, 2], [4, 3]])").show());
    }

    @Test void aPointWithoutARealValueIsNamed() {
        cf.eval("l = compile(log(x), [x])");
        assertEquals("error: l: at point 2 the result is not a real number", error("l([1, -1, 2])"));
        assertEquals("error: l: the points must be numbers, entry (2, 1) is y", error("l([1, y])"));
    }

    /** grid(e, x, a, b, n): x at a + (b - a)*i/(n - 1), the last exactly b, beside e there. */
    @Test void aGridOnALine() {
        Matrix g = matrix("grid(exp(-x)*cos(3x), x, -1, 2, 7)");
        assertEquals(7, g.rows());
        assertEquals(2, g.cols());
        for (int i = 0; i < 7; i++) {
            double x = i == 6 ? 2 : -1 + 3.0 * i / 6;
            assertEquals(x, at(g, i, 0));
            assertEquals(Math.exp(-x) * Math.cos(3 * x), at(g, i, 1), 1e-15);
        }
    }

    /** Over a rectangle: x varies slowest; n = [n1, n2] gives n1×n2 points; a compiled function is used as it is. */
    @Test void aGridOverARectangle() {
        cf.eval("f = compile(x*y^2, [x, y])");
        Matrix g = matrix("grid(f, [x, y], [0, -1], [1, 1], [2, 3])");
        assertEquals("[[0.0, -1.0, 0.0], [0.0, 0.0, 0.0], [0.0, 1.0, 0.0], [1.0, -1.0, 1.0], [1.0, 0.0, 0.0], [1.0, 1.0, 1.0]]", Value.of(g).show());
    }

    @Test void gridRefusesWhatIsNoGrid() {
        assertEquals("error: grid: needs at least 2 points along each variable, got 1", error("grid(x, x, 0, 1, 1)"));
        assertEquals("error: grid: argument 3 must be a vector of 2 numbers, got 0", error("grid(x*y, [x, y], 0, [1, 1], 3)"));
        assertEquals("error: grid: the expression has free symbols not among the variables: y", error("grid(x*y, x, 0, 1, 3)"));
        assertEquals("error: grid: the compiled function takes 2 arguments, the grid has 1 variables", error("f = compile(x*y, [x, y]); grid(f, x, 0, 1, 3)"));
    }

    /** The entry limit counts every value a point gives: 300000 rows [x, x, x^2, x^3] are 1.2e6 entries, not 0.6e6. */
    @Test void gridCountsEveryEntryOfAVectorAgainstTheLimit() {
        assertEquals("error: grid: a 300000×4 matrix would have 1200000 entries, over the limit of 1000000; raise it with set(maxentries = ...)",
                error("grid([x, x^2, x^3], x, 0, 1, 300000)"));
        Matrix scalar = matrix("grid(x^2, x, 0, 1, 300000)");
        assertEquals(300000, scalar.rows());
        assertEquals(2, scalar.cols());
    }
}
