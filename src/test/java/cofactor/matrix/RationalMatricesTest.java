package cofactor.matrix;

import static org.junit.jupiter.api.Assertions.*;

import cofactor.Cofactor;
import cofactor.expr.Expr;
import cofactor.expr.Fn;
import cofactor.expr.Mul;
import cofactor.expr.Num;
import cofactor.expr.Pow;
import cofactor.expr.Sym;
import cofactor.guard.Limits;
import cofactor.poly.RationalForm;
import cofactor.testing.KernelValues;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * det, adj and inv of matrices with denominators give their results in lowest terms, and
 * inv(A)*A is exactly eye(n). Values are checked at random rational points against the
 * exact LU inverse of the matrix of numbers there, a route that shares nothing with the
 * symbolic adjugate or the gcd.
 */
class RationalMatricesTest {
    private static final Sym X = Sym.of("x"), Y = Sym.of("y"), Z = Sym.of("z");
    private static final Expr TAN_Y = Expr.call(Fn.TAN, Y);
    private static final Expr[] KERNELS = {X, Y, Z, TAN_Y};

    static String show(String source) { return new Cofactor().eval(source).show(); }

    @Test void theIssuesExamples() {
        // 1/(x + 2)·(x + 2) − 1·1
        assertEquals("0", show("det([[1/(x + 2), 1], [1, x + 2]])"));
        assertEquals("[[1, 0], [0, 1]]", show("inv([[0, x - 2*z], [1, 0]])*[[0, x - 2*z], [1, 0]]"));
        // inv([[1/x, 1], [tan(y), x - 3]]) = [[x - 3, -1], [-tan(y), 1/x]] / ((x - 3)/x - tan(y)), by hand
        Matrix a = Matrix.of(2, 2, new Expr[] {Expr.pow(X, -1), Num.ONE, TAN_Y, Expr.sub(X, Num.of(3))});
        Matrix inv = Inverse.of(a, Limits.DEFAULT);
        for (Expr e : inv.entries()) assertSimpleFraction(e);
        assertEquals("[[-(x^2 - 3*x)/(x*tan(y) - x + 3), x/(x*tan(y) - x + 3)], [x*tan(y)/(x*tan(y) - x + 3), -1/(x*tan(y) - x + 3)]]",
                inv.toString());
        assertSameAtPoints(a, inv, new Random(12));
    }

    @Test void polynomialMatricesKeepTheirForm() {
        // no denominators: det stays the expanded polynomial, inv keeps the content out of the sum (Inverse's rule)
        assertEquals("x*sin(x) - x^2", show("det([[x, x^2], [1, sin(x)]])"));
        // 1/(4x − 4)·[[4, −1], [−4, x]], by hand
        assertEquals("[[1/(x - 1), -1/(4*(x - 1))], [-1/(x - 1), x/(4*(x - 1))]]", show("inv([[x, 1], [4, 4]])"));
    }

    @Test void polynomialProductsExpandWhenThatIsShorter() {
        // det([[x + 1, x], [x, x - 1]]) = -1, so inv(A) is a polynomial matrix and inv(A)*A has the
        // entry x^2 - (x + 1)(x - 1) = 1 before expansion
        assertEquals("[[1, 0], [0, 1]]", show("A = [[x + 1, x], [x, x - 1]]; inv(A)*A"));
        assertEquals("[x^2]", show("[[x + 1, 1]]*[[x - 1], [1]]"));
        // (x + 1)^2 + 1 is shorter than x^2 + 2*x + 2: it stays as multiplied
        assertEquals("[(x + 1)^2 + 1]", show("[[x + 1, 1]]*[[x + 1], [1]]"));
    }

    @Test void adjugateAndDeterminantOfOneMatrixAgree() {
        // adj(A)·A = det(A)·I, with every entry in lowest terms
        Cofactor cf = new Cofactor();
        cf.eval("A = [[1/x, y, 1], [1/(x + y), 2, z], [x, 1/z, 3]]");
        assertEquals(show("eye(3)"), cf.eval("together(adj(A)*A/det(A))").show());
    }

    static LongStream seeds() { return LongStream.range(0, 150).map(i -> 0x12_1000L + i); }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void inverseTimesMatrixIsTheIdentity(long seed) {
        Random r = new Random(seed);
        int n = 2 + r.nextInt(r.nextInt(4) == 0 ? 3 : 2);
        Expr[] e = new Expr[n * n];
        for (int k = 0; k < e.length; k++) e[k] = entry(r);
        Matrix a = Matrix.of(n, n, e);
        Matrix inv;
        try {
            inv = Inverse.of(a, Limits.DEFAULT);
        } catch (SingularError singular) {
            // singular indeed: the determinant is 0 at a random point too
            assertEquals(Num.ZERO, KernelValues.at(Det.of(a, Limits.DEFAULT), point(r)), "seed " + seed + ": " + a);
            return;
        }
        Matrix eye = Matrix.identity(n);
        assertEquals(eye, inv.times(a, Limits.DEFAULT), "seed " + seed + ": inv(A)*A for A = " + a);
        assertEquals(eye, a.times(inv, Limits.DEFAULT), "seed " + seed + ": A*inv(A) for A = " + a);
        for (Expr x : inv.entries()) assertSimpleFraction(x);
        assertSameAtPoints(a, inv, r);
    }

    /** 0, a small polynomial, or a quotient of two (a quarter each; the rest polynomials). */
    private static Expr entry(Random r) {
        return switch (r.nextInt(4)) {
            case 0 -> Num.ZERO;
            case 1 -> {
                Expr d = polynomial(r);
                yield d.isZero() ? Num.ONE : Expr.div(polynomial(r), d);
            }
            default -> polynomial(r);
        };
    }

    private static Expr polynomial(Random r) {
        List<Expr> terms = new ArrayList<>();
        for (int t = 1 + r.nextInt(2); t > 0; t--) {
            List<Expr> factors = new ArrayList<>(List.of(Num.of(r.nextInt(7) - 3)));
            for (Expr k : KERNELS) if (r.nextInt(4) == 0) factors.add(Expr.pow(k, 1 + r.nextInt(2)));
            terms.add(Expr.mul(factors));
        }
        return Expr.add(terms);
    }

    private static Map<Expr, Num> point(Random r) {
        Map<Expr, Num> p = new java.util.HashMap<>();
        for (Expr k : KERNELS) p.put(k, Num.rational(BigInteger.valueOf(r.nextInt(41) - 20), BigInteger.valueOf(11)));
        return p;
    }

    /** inv at two random points is the exact inverse of the matrix of numbers there, where that is defined. */
    private static void assertSameAtPoints(Matrix a, Matrix inv, Random r) {
        for (int tries = 0, checked = 0; checked < 2 && tries < 20; tries++) {
            Map<Expr, Num> p = point(r);
            Matrix ap, invp;
            try {
                ap = a.map(e -> KernelValues.at(e, p));
                invp = inv.map(e -> KernelValues.at(e, p));
                if (Det.of(ap, Limits.DEFAULT).isZero()) continue;
            } catch (cofactor.expr.MathError pole) {
                continue; // a denominator is 0 at this point
            }
            assertEquals(NumberMatrices.inverse(ap), invp, "inv(" + a + ") at " + p);
            checked++;
        }
    }

    /** p/q or p with p and q free of denominators: no fraction inside a fraction. */
    private static void assertSimpleFraction(Expr e) {
        List<Expr> num = new ArrayList<>(), den = new ArrayList<>();
        for (Expr f : e instanceof Mul m ? m.args() : List.of(e)) {
            if (f instanceof Pow p && p.exp() instanceof Num k && k.signum() < 0) den.add(Expr.pow(p.base(), k.negate()));
            else num.add(f);
        }
        for (Expr part : num) assertFalse(RationalForm.hasDenominator(part), e + " has a fraction in its numerator");
        for (Expr part : den) assertFalse(RationalForm.hasDenominator(part), e + " has a fraction in its denominator");
    }

}
