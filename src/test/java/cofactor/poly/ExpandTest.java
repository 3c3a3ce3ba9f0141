package cofactor.poly;

import static cofactor.expr.Expr.*;
import static org.junit.jupiter.api.Assertions.*;

import cofactor.expr.Add;
import cofactor.expr.Expr;
import cofactor.expr.Fn;
import cofactor.expr.Mul;
import cofactor.expr.Num;
import cofactor.expr.Pow;
import cofactor.expr.Rewrite;
import cofactor.expr.Sym;
import cofactor.guard.Limits;
import cofactor.guard.TooLargeError;
import cofactor.testing.Allocation;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ExpandTest {
    static final Sym x = sym("x"), y = sym("y"), z = sym("z");

    @Test void multipliesOutByHand() {
        // Each expected value is built by the canonical factories from a hand expansion.
        assertEquals(add(List.of(pow(x, 3), mul(num(3), pow(x, 2)), mul(num(3), x), num(1))), Expand.of(pow(add(x, num(1)), 3), Limits.DEFAULT));
        assertEquals(sub(pow(x, 2), pow(y, 2)), Expand.of(mul(add(x, y), sub(x, y)), Limits.DEFAULT));
        assertEquals(add(List.of(x, mul(num(2), sqrt(x)), num(1))), Expand.of(pow(add(sqrt(x), num(1)), 2), Limits.DEFAULT));
        assertEquals(add(num(1), mul(x, y)), Expand.of(mul(x, add(pow(x, -1), y)), Limits.DEFAULT));
        assertEquals(add(List.of(pow(x, 2), x, rational(1, 4))), Expand.of(pow(add(rational(1, 2), x), 2), Limits.DEFAULT));
        assertEquals(add(List.of(pow(x, 2), x, real(0.25))), Expand.of(pow(add(real(0.5), x), 2), Limits.DEFAULT));
        assertEquals(add(List.of(pow(x, -2), mul(num(2), pow(x, -1)), num(1))), Expand.of(pow(add(pow(x, -1), num(1)), 2), Limits.DEFAULT));
    }

    /** Found by the fuzz run: a product with double coefficients and more than 16 terms indexed a replaced array. */
    @Test void inexactProductsOfManyTermsExpand() {
        List<Expr> u = new ArrayList<>(List.of(real(0.5))), v = new ArrayList<>(List.of(real(0.25)));
        Sym[] s = new Sym[8];
        for (int i = 0; i < 8; i++) s[i] = sym("s" + i);
        for (int i = 0; i < 4; i++) { u.add(s[i]); v.add(s[i + 4]); }
        Expr p = Expand.of(mul(add(u), add(v)), Limits.DEFAULT);
        assertEquals(25, ((Add) p).size() + (((Add) p).constant().isZero() ? 0 : 1));
        // at s_i = i + 1: (0.5 + 1 + 2 + 3 + 4)(0.25 + 5 + 6 + 7 + 8), by hand
        Map<Sym, Expr> at = new java.util.HashMap<>();
        for (int i = 0; i < 8; i++) at.put(s[i], num(i + 1));
        assertEquals(10.5 * 26.25, ((Num) Rewrite.numeric(Rewrite.subs(p, at))).doubleValue(), 1e-12);
    }

    @Test void anExpandedPolynomialIsItsOwnExpansion() {
        Expr p = Expand.of(pow(add(List.of(x, mul(num(2), y), pow(z, -1), num(1))), 4), Limits.DEFAULT);
        assertSame(p, Expand.of(p, Limits.DEFAULT));
        // through the full expansion (2·p is a product, not a plain sum) the terms come out as p's
        assertEquals(add(p, p), Expand.of(mul(num(2), p), Limits.DEFAULT));
    }

    @Test void hugeExponentsOfKernelsStay() {
        assertEquals(pow(x, 1_000_000_000), Expand.of(pow(x, 1_000_000_000), Limits.DEFAULT));
        assertEquals(add(pow(x, 1_000_000_000), mul(x, y)), Expand.of(mul(x, add(pow(x, 999_999_999), y)), Limits.DEFAULT));
    }

    @Test void kernelsStayWholeWithTheirArgumentsExpanded() {
        Expr inner = add(List.of(pow(x, 2), mul(num(2), mul(x, y)), pow(y, 2)));
        assertEquals(call(Fn.SIN, inner), Expand.of(call(Fn.SIN, pow(add(x, y), 2)), Limits.DEFAULT));
        // (sin(x+y) + 1)^2 keeps sin(x+y) as one kernel
        Expr s = call(Fn.SIN, add(x, y));
        assertEquals(add(List.of(pow(s, 2), mul(num(2), s), num(1))), Expand.of(pow(add(s, num(1)), 2), Limits.DEFAULT));
        // exp(x)^2 folds to exp(2x) as the factories do: (exp(x) + 1)^2
        Expr e = call(Fn.EXP, x);
        assertEquals(add(List.of(call(Fn.EXP, mul(num(2), x)), mul(num(2), e), num(1))), Expand.of(pow(add(e, num(1)), 2), Limits.DEFAULT));
        // a root kernel whose power folds back into a sum is multiplied out: (sqrt(x+3) + x)^2
        Expr r = sqrt(add(x, num(3)));
        assertEquals(add(List.of(pow(x, 2), mul(List.of(num(2), x, r)), x, num(3))), Expand.of(pow(add(r, x), 2), Limits.DEFAULT));
        // sqrt of a product of sums: the base is expanded, the root stays
        assertEquals(sqrt(add(List.of(pow(x, 2), mul(num(3), x), num(2)))),
                Expand.of(sqrt(mul(add(x, num(1)), add(x, num(2)))), Limits.DEFAULT));
    }

    @Test void multinomialCoefficientsOfAPowerOfASum() {
        Expr e = Expand.of(pow(add(List.of(num(1), x, y, z)), 30), Limits.DEFAULT);
        Add sum = (Add) e;
        assertEquals(binomial(33, 3), BigInteger.valueOf(sum.size() + 1)); // C(30+3, 3) monomials, the constant among them
        // coefficient of x^10 y^10 z^10 is 30!/(10!)^3 (and of x^10 y^10 z^9 times 1^1 is 30!/(10!10!9!1!))
        assertEquals(Num.of(fact(30).divide(fact(10).pow(3))), coefficientOf(sum, mul(List.of(pow(x, 10), pow(y, 10), pow(z, 10)))));
        assertEquals(Num.of(fact(30).divide(fact(10).pow(2).multiply(fact(9)))), coefficientOf(sum, mul(List.of(pow(x, 10), pow(y, 10), pow(z, 9)))));
    }

    @Test void multinomialAndSuccessiveMultiplicationAgree() {
        // (2x - y/3 + 5)^12: rational coefficients, both algorithms of Poly.pow against plain products
        Expr base = add(List.of(mul(num(2), x), mul(rational(-1, 3), y), num(5)));
        Converter c = new Converter(Limits.DEFAULT.withMaxTerms(Long.MAX_VALUE));
        Converter.Plan plan = c.plan(pow(base, 12));
        Ring ring = c.ring(plan);
        Poly p = c.toPoly(c.plan(base), ring, false);
        Poly product = p;
        for (int k = 1; k < 12; k++) product = product.times(p);
        assertEquals(product.toExpr(Limits.DEFAULT), p.pow(12).toExpr(Limits.DEFAULT));
        // colliding terms take the successive path: (1 + x + x^2)^9 has 19 terms
        Expr q = Expand.of(pow(add(List.of(num(1), x, pow(x, 2))), 9), Limits.DEFAULT);
        assertEquals(18, ((Add) q).size());
    }

    @ParameterizedTest @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8})
    void randomPolynomialExpressionsKeepTheirExactValue(long seed) {
        Random r = new Random(seed);
        for (int round = 0; round < 10; round++) {
            Expr e = randomExpr(r, 3, false);
            Expr ex = Expand.of(e, Limits.DEFAULT);
            Map<Sym, Expr> at = Map.of(x, randomRational(r), y, randomRational(r), z, randomRational(r));
            String msg = "seed " + seed + ": " + e;
            Expr want = Rewrite.subs(e, at), got = Rewrite.subs(ex, at);
            assertInstanceOf(Num.class, want, msg);
            assertEquals(want, got, msg);
            assertExpanded(ex, msg);
            assertEquals(ex, Expand.of(ex, Limits.DEFAULT), msg + " (idempotent)");
            assertEquals(ex, rebuild(ex), msg + " (canonical)");
        }
    }

    @ParameterizedTest @ValueSource(longs = {11, 12, 13, 14})
    void randomExpressionsWithKernelsKeepTheirNumericValue(long seed) {
        Random r = new Random(seed);
        for (int round = 0; round < 10; round++) {
            Expr e = randomExpr(r, 3, true);
            Expr ex = Expand.of(e, Limits.DEFAULT);
            Map<Sym, Expr> at = Map.of(x, real(0.3 + r.nextDouble()), y, real(0.3 + r.nextDouble()), z, real(0.3 + r.nextDouble()));
            double want = ((Num) Rewrite.numeric(Rewrite.subs(e, at))).doubleValue();
            double got = ((Num) Rewrite.numeric(Rewrite.subs(ex, at))).doubleValue();
            assertEquals(want, got, 1e-9 * Math.max(1, Math.abs(want)), "seed " + seed + ": " + e);
            assertEquals(ex, rebuild(ex), "seed " + seed + " (canonical): " + e);
        }
    }

    /**
     * Refused from the estimate, before building anything: the refusal allocates less
     * than expanding the fourth power, whose 1 365 terms are a 35-millionth of the 40th's.
     */
    @Test void sizeGuardRefusesAtOnce() {
        List<Expr> terms = new ArrayList<>();
        for (int i = 0; i < 12; i++) terms.add(sym("v" + i));
        Expr sum = add(terms);
        TooLargeError[] refused = new TooLargeError[1];
        long fourth = Allocation.of(() -> Expand.of(pow(sum, 4), Limits.DEFAULT)); // first, so it pays for loading the classes both use
        long refusal = Allocation.of(() -> refused[0] = assertThrows(TooLargeError.class, () -> Expand.of(pow(sum, 40), Limits.DEFAULT)));
        assertTrue(refusal < fourth, "refusing allocated " + refusal + " bytes, expanding the 4th power " + fourth);
        TooLargeError err = refused[0];
        // C(51, 11) = 4.8e10 monomials of degree 40 in 12 variables
        assertEquals(47_626_016_970.0, err.estimate(), 1);
        assertEquals("the result would have about 4.8e10 terms, over the limit of 1e7; raise it with set(maxterms = ...)", err.getMessage());
        assertThrows(TooLargeError.class, () -> Expand.of(mul(pow(add(x, y), 5000), pow(add(x, z), 5000)), Limits.DEFAULT));
        // few terms but huge coefficients: 200001 terms of up to 200000 bits
        assertEquals("the coefficients of the result would take about 5.0 GB",
                assertThrows(cofactor.expr.MathError.class, () -> Expand.of(pow(add(x, num(1)), 200_000), Limits.DEFAULT)).getMessage());
    }

    // ---- helpers
    static BigInteger fact(int n) {
        BigInteger f = BigInteger.ONE;
        for (int i = 2; i <= n; i++) f = f.multiply(BigInteger.valueOf(i));
        return f;
    }

    static BigInteger binomial(int n, int k) { return fact(n).divide(fact(k).multiply(fact(n - k))); }

    static Num coefficientOf(Add sum, Expr monomial) {
        for (int i = 0; i < sum.size(); i++) if (sum.term(i).equals(monomial)) return sum.coef(i);
        return Num.ZERO;
    }

    static Num randomRational(Random r) {
        int p = r.nextInt(18) - 9;
        return (Num) rational(p >= 0 ? p + 1 : p, 1 + r.nextInt(5)); // never 0: x^-1 is among the kernels
    }

    /** Sums, products and small powers of symbols, rationals, x^-1 and (with kernels) sin, exp, sqrt. */
    static Expr randomExpr(Random r, int depth, boolean kernels) {
        if (depth == 0 || r.nextInt(4) == 0) {
            int k = r.nextInt(kernels ? 7 : 5);
            Sym s = List.of(x, y, z).get(r.nextInt(3));
            return switch (k) {
                case 0 -> randomRational(r);
                case 1, 2 -> s;
                case 3 -> pow(s, -1);
                case 4 -> mul(randomRational(r), s);
                case 5 -> call(r.nextBoolean() ? Fn.SIN : Fn.EXP, add(s, randomExpr(r, 1, false)));
                default -> sqrt(add(s, num(1)));
            };
        }
        int n = 2 + r.nextInt(2);
        List<Expr> parts = new ArrayList<>();
        for (int i = 0; i < n; i++) parts.add(randomExpr(r, depth - 1, kernels));
        return switch (r.nextInt(3)) {
            case 0 -> add(parts);
            case 1 -> mul(parts);
            default -> pow(add(parts), 1 + r.nextInt(2));
        };
    }

    /** No sum left inside a product or a positive integer power (outside kernels' arguments). */
    static void assertExpanded(Expr e, String msg) {
        List<Expr> terms = e instanceof Add a ? a.args() : List.of(e);
        for (Expr t : terms) {
            List<Expr> factors = t instanceof Mul m ? m.args() : List.of(t);
            for (Expr f : factors) {
                assertFalse(f instanceof Add, msg + ": sum inside a product: " + e);
                if (f instanceof Pow p && p.base() instanceof Add) {
                    assertFalse(p.exp() instanceof Num k && k.isInteger() && k.signum() > 0, msg + ": power of a sum: " + e);
                }
            }
        }
    }

    /** The same expression rebuilt bottom-up through the canonical factories. */
    static Expr rebuild(Expr e) {
        if (e.args().isEmpty()) return e;
        List<Expr> args = new ArrayList<>();
        for (Expr a : e.args()) args.add(rebuild(a));
        return e.withArgs(args);
    }
}
