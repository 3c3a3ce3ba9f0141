package cofactor.solve;

import static cofactor.expr.Expr.*;
import static org.junit.jupiter.api.Assertions.*;

import cofactor.expr.Expr;
import cofactor.expr.MathError;
import cofactor.expr.Rewrite;
import cofactor.expr.Sym;
import cofactor.guard.Limits;
import cofactor.numeric.NumericValue;
import cofactor.numeric.Refine;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.ejml.data.Complex_F64;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.EigenDecomposition_F64;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class RootsTest {
    static final Sym x = sym("x");

    static Roots roots(Expr p) { return Roots.of(p, x, Limits.DEFAULT); }

    static List<Expr> values(Roots r) { return r.real().stream().map(Roots.Root::value).toList(); }

    @Test void radicalsByHand() {
        assertEquals(List.of(neg(sqrt(num(2))), sqrt(num(2))), values(roots(sub(pow(x, 2), num(2)))));
        assertEquals(List.of(num(-2), num(2)), values(roots(sub(mul(num(2), pow(x, 2)), num(8)))));
        Roots cube = roots(sub(pow(x, 3), num(2)));
        assertEquals(List.of(pow(num(2), rational(1, 3))), values(cube));
        assertEquals(2, cube.complexCount());
        // x^6 = 2 through y = x^6: ±2^(1/6), four complex
        Roots sixth = roots(sub(pow(x, 6), num(2)));
        assertEquals(List.of(neg(pow(num(2), rational(1, 6))), pow(num(2), rational(1, 6))), values(sixth));
        assertEquals(4, sixth.complexCount());
    }

    @Test void multiplicitiesAndComplexRoots() {
        Roots r = roots(mul(pow(sub(x, num(1)), 3), add(x, num(2))));
        assertEquals(List.of(new Roots.Root(num(-2), 1), new Roots.Root(num(1), 3)), r.real());
        assertEquals(0, r.complexCount());
        assertEquals(4, r.degree());
        Roots none = roots(add(pow(x, 2), num(1)));
        assertTrue(none.real().isEmpty());
        assertEquals(2, none.complexCount());
    }

    @Test void cubicWithThreeRealRootsIsTrigonometric() {
        // x^3 - 3x + 1: x = 2cos(2πk/9 ...), Viète; the three values are 2cos(2π/9), 2cos(4π/9), -2cos(π/9)
        List<Expr> v = values(roots(add(List.of(pow(x, 3), mul(num(-3), x), num(1)))));
        assertEquals(3, v.size());
        double[] expected = {-2 * Math.cos(Math.PI / 9), 2 * Math.cos(4 * Math.PI / 9), 2 * Math.cos(2 * Math.PI / 9)};
        for (int i = 0; i < 3; i++) assertEquals(expected[i], Refine.toDouble(v.get(i)), 1e-15);
    }

    @Test void quinticGivesRootConstantsThatNComputes() {
        Expr p = add(List.of(pow(x, 5), neg(x), num(-1)));
        Roots r = roots(p);
        assertEquals(1, r.real().size());
        assertEquals(4, r.complexCount());
        assertTrue(r.hasRootConstants());
        Expr root = r.real().get(0).value();
        assertEquals("root(x^5 - x - 1, 1)", root.toString());
        // p at the root's 60 digits is 0 to about 60 digits: the digits are the root's
        BigDecimal digits = Refine.toDecimal(root, 60);
        Expr at = Rewrite.subs(p, Map.of(x, ((cofactor.expr.Num) NumericValue.of(root, 60)).exactValue()));
        assertTrue(Math.abs(Refine.toDouble(at)) < 1e-55, digits + " gives " + at);
        assertEquals(0, d(root));
    }

    @Test void aNegativeRootConstantIsNotTakenForPositive() {
        Expr r = roots(add(List.of(pow(x, 5), neg(x), num(1)))).real().get(0).value(); // about -1.1673
        assertTrue(Refine.toDouble(r) < -1.16);
        assertEquals(-Refine.toDouble(r), Refine.toDouble(sqrt(pow(r, 2))), 1e-15); // not simplified to r
    }

    private static int d(Expr constant) { return cofactor.calculus.Derivative.of(constant, x, Limits.DEFAULT).isZero() ? 0 : 1; }

    @Test void refusesWhatIsNoPolynomialWithNumberCoefficients() {
        assertThrows(MathError.class, () -> roots(call(cofactor.expr.Fn.SIN, x)));
        assertThrows(MathError.class, () -> roots(add(x, sym("a"))));
        assertThrows(MathError.class, () -> roots(num(0)));
    }

    /**
     * Products of (x − r) for rational r and of random quadratics and quartics: every real root
     * found is compared with the real eigenvalues of the companion matrix (EJML, doubles), and
     * so is the number of complex ones.
     */
    @ParameterizedTest @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12})
    void agreesWithCompanionEigenvalues(long seed) {
        Random rnd = new Random(seed);
        List<Expr> factors = new ArrayList<>();
        int n = 1 + rnd.nextInt(3);
        for (int i = 0; i < n; i++) {
            int deg = 1 + rnd.nextInt(5);
            List<Expr> terms = new ArrayList<>();
            for (int k = 0; k <= deg; k++) terms.add(mul(num(k == deg ? 1 + rnd.nextInt(3) : rnd.nextInt(11) - 5), pow(x, k)));
            factors.add(add(terms));
        }
        Expr p = mul(factors);
        try {
            Roots r = roots(p);
            List<Double> found = new ArrayList<>();
            for (Roots.Root root : r.real()) for (int m = 0; m < root.multiplicity(); m++) found.add(Refine.toDouble(root.value()));
            double[] eig = companionRealEigenvalues(cofactor.poly.Expand.of(p, Limits.DEFAULT));
            String msg = "seed " + seed + ": " + p + " gives " + r;
            assertEquals(eig.length, found.size(), msg + " vs " + Arrays.toString(eig));
            assertEquals(r.degree() - found.size(), r.complexCount(), msg);
            for (int i = 0; i < eig.length; i++) assertEquals(eig[i], found.get(i), 1e-4 * (1 + Math.abs(eig[i])), msg);
        } catch (MathError e) {
            fail("seed " + seed + ": " + p + ": " + e.getMessage());
        }
    }

    /** The real eigenvalues (imaginary part below 1e-5: a repeated root splits by about the cube root of the rounding) of the companion matrix, ascending. */
    private static double[] companionRealEigenvalues(Expr p) {
        List<Expr> c = Coefficients.of(p, x, Limits.DEFAULT);
        int d = c.size() - 1;
        double lead = Refine.toDouble(c.get(d));
        DMatrixRMaj m = new DMatrixRMaj(d, d);
        for (int i = 1; i < d; i++) m.set(i, i - 1, 1);
        for (int i = 0; i < d; i++) m.set(i, d - 1, -Refine.toDouble(c.get(i)) / lead);
        EigenDecomposition_F64<DMatrixRMaj> eig = DecompositionFactory_DDRM.eig(d, false);
        assertTrue(eig.decompose(m));
        List<Double> out = new ArrayList<>();
        for (int i = 0; i < d; i++) {
            Complex_F64 z = eig.getEigenvalue(i);
            if (Math.abs(z.imaginary) < 1e-5) out.add(z.real);
        }
        return out.stream().mapToDouble(Double::doubleValue).sorted().toArray();
    }
}
