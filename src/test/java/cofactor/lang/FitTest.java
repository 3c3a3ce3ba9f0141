package cofactor.lang;

import static org.junit.jupiter.api.Assertions.*;

import cofactor.Cofactor;
import cofactor.expr.Num;
import cofactor.matrix.Matrix;
import cofactor.optimize.LeastSquares;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * fit against SciPy's curve_fit: 1000 noisy samples of a*exp(-b*x) + c and curve_fit's estimates
 * and standard errors for them, both written by src/test/resources/cofactor/fit/decay.py (numpy's
 * generator seeded 17) and committed; and load and save around it.
 */
class FitTest {
    static final String FOLDER = "src/test/resources/cofactor/fit/";
    final Cofactor cf = new Cofactor();
    @TempDir Path dir;

    static double number(Value v) { return ((Num) ((ScalarValue) v).expr()).doubleValue(); }

    static double[] vector(Value v) {
        Matrix m = ((MatrixValue) v).matrix();
        double[] out = new double[m.size()];
        for (int i = 0; i < out.length; i++) out[i] = ((Num) m.get(i)).doubleValue();
        return out;
    }

    /** curve_fit's estimates (column 1) and standard errors (column 2), from the committed reference. */
    static double[][] reference() throws IOException {
        List<String> lines = Files.readAllLines(Path.of(FOLDER + "decay_curve_fit.csv"));
        double[][] ref = new double[2][lines.size() - 1];
        for (int i = 1; i < lines.size(); i++) {
            String[] f = lines.get(i).split(",");
            ref[0][i - 1] = Double.parseDouble(f[1]);
            ref[1][i - 1] = Double.parseDouble(f[2]);
        }
        return ref;
    }

    @Test void theEstimatesAndStandardErrorsAreCurveFits() throws IOException {
        cf.eval("data = load(\"" + FOLDER + "decay.csv\"); r = fit(a*exp(-b*x) + c, [a, b, c], data)");
        double[][] ref = reference();
        double[] estimate = vector(cf.eval("r.params")), errors = vector(cf.eval("r.errors"));
        for (int j = 0; j < 3; j++) {
            assertEquals(ref[0][j], estimate[j], 1e-6 * Math.abs(ref[0][j]), "estimate " + j);
            assertEquals(ref[1][j], errors[j], 1e-6 * ref[1][j], "standard error " + j);
        }
        assertEquals("converged", cf.eval("r").show().lines().findFirst().orElseThrow().replaceAll(".*: (converged).*", "$1"));
        // the standard errors are the roots of the covariance's diagonal
        for (int j = 0; j < 3; j++) assertEquals(errors[j] * errors[j], number(cf.eval("r.cov[" + (j + 1) + ", " + (j + 1) + "]")), 1e-15 * errors[j] * errors[j]);
        assertEquals("[x, y]", cf.eval("load(\"" + FOLDER + "decay.csv\", names = true)").show());
    }

    /** Data on the plane y = 1 + 2*u + 3*v, columns v, u, y (vars gives their order): recovered to rounding. */
    @Test void anExactModelIsRecoveredWithTwoVariables() {
        cf.eval("pts = [[0, 1, 3], [1, 0, 4], [2, 2, 11], [3, 1, 12], [1, 3, 10]]");
        assertArrayEquals(new double[] {1, 2, 3}, vector(cf.eval("fit(k + m*u + q*v, [k, m, q], pts, vars = [v, u]).params")), 1e-12);
    }

    @Test void savedDataLoadsBackAndBadDataIsNamed() throws IOException {
        String out = dir.resolve("out.csv").toString();
        assertEquals("wrote " + out + " (2 rows, 2 columns)", cf.eval("save([[1/4, 2], [3, 1e-7]], \"" + out + "\", header = \"t,y\")").show());
        assertEquals("t,y\n0.25,2.0\n3.0,1.0E-7\n", Files.readString(Path.of(out)));
        assertEquals("[[0.25, 2.0], [3.0, 1.0E-7]]", cf.eval("load(\"" + out + "\")").show());
        Path bad = dir.resolve("bad.csv");
        Files.writeString(bad, "x,y\n1,2\n3,oops\n");
        assertEquals("error: load: " + bad + ":3: field 2 is \"oops\", not a number",
                assertThrows(EvalError.class, () -> cf.eval("load(\"" + bad + "\")")).format());
        assertEquals("error: fit: the data needs 2 columns (x, then the observed value), got 3",
                assertThrows(EvalError.class, () -> cf.eval("fit(a*x, [a], [[1, 2, 3], [4, 5, 6]])")).format());
        assertEquals("error: save: the header names 3 columns, the matrix has 2",
                assertThrows(EvalError.class, () -> cf.eval("save([[1, 2]], \"" + out + "\", header = \"a,b,c\")")).format());
    }

    /** The Java entry: a model whose derivatives are written by hand, y = p*x^2 at exact data, in one Gauss–Newton step. */
    @Test void theJavaEntryFitsAQuadratic() {
        double[][] xs = {{1}, {2}, {3}, {-1}};
        double[] ys = {3, 12, 27, 3};
        LeastSquares.Fit f = LeastSquares.levenbergMarquardt((args, out) -> {
            out[0] = args[0] * args[1] * args[1];
            out[1] = args[1] * args[1];
            return out;
        }, 1, xs, ys, new double[] {1}, 50);
        assertEquals(3.0, f.estimate()[0], 1e-14);
        assertTrue(f.converged(), f.reason());
        assertEquals(0.0, f.rss(), 1e-20);
    }
}
