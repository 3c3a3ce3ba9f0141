package cofactor.matrix;

import cofactor.expr.Expr;
import cofactor.expr.MathError;
import cofactor.expr.Mul;
import cofactor.expr.Num;
import cofactor.expr.Pow;
import cofactor.expr.Rewrite;
import cofactor.expr.Sym;
import cofactor.expr.Symbols;
import cofactor.guard.Limits;
import cofactor.poly.Expand;
import cofactor.poly.Factors;
import cofactor.poly.RationalForm;
import cofactor.symja.SymjaBridge;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The real roots of a polynomial in one variable, with multiplicities, from its factors
 * over the rationals (Symja's Factor; symbols in the coefficients allowed): a linear factor
 * gives its root exactly, a quadratic one its two roots in radicals or, with a negative
 * discriminant, two complex roots; a factor of degree 3 or more with number coefficients
 * its real roots numerically (the eigenvalues of its companion matrix), the complex ones
 * counted. What has no real root is reported as such, never dropped.
 */
final class PolynomialRoots {
    private PolynomialRoots() {}

    /** A real root and its multiplicity; {@code exact} is false for a double from a factor of degree 3 or more. */
    record Root(Expr value, int multiplicity, boolean exact) {}

    /** The real roots, and the factors whose roots are complex (their product, 1 when none) and how many those are. */
    record Roots(List<Root> real, Expr complexFactor, int complexCount) {}

    static Roots of(Expr p, Sym x, Limits limits) {
        SymjaBridge.Outcome factored = SymjaBridge.factor(p, SymjaBridge.DEFAULT_TIMEOUT_SECONDS);
        if (factored.warning() != null) throw new MathError(factored.warning());
        List<Root> real = new ArrayList<>();
        List<Expr> complex = new ArrayList<>();
        int complexCount = 0;
        for (Map.Entry<Expr, Integer> f : factors(factored.value(), x).entrySet()) {
            Map<Integer, Expr> c = coefficients(Expand.of(f.getKey(), limits), x);
            int degree = c.keySet().stream().max(Integer::compare).orElse(0), k = f.getValue();
            if (degree == 0) continue;
            List<Expr> roots = degree == 1 ? List.of(lowest(Expr.neg(Expr.div(coef(c, 0), coef(c, 1))), limits))
                    : degree == 2 ? quadratic(coef(c, 2), coef(c, 1), coef(c, 0), limits)
                    : numeric(c, degree, x);
            if (roots == null) throw new MathError("a factor of degree " + degree + " of the characteristic polynomial has symbols among its coefficients, "
                    + f.getKey() + "; no closed form for its roots");
            for (Expr r : roots) real.add(new Root(r, k, degree <= 2));
            if (roots.size() < degree) {
                complexCount += (degree - roots.size()) * k;
                complex.add(Expr.pow(f.getKey(), k));
            }
        }
        real.sort(PolynomialRoots::byValue);
        return new Roots(real, Expr.mul(complex), complexCount);
    }

    /** Each factor of a product that holds x, by its base, with its whole exponent (the numbers and the rest left out). */
    private static Map<Expr, Integer> factors(Expr product, Sym x) {
        Map<Expr, Integer> out = new java.util.LinkedHashMap<>();
        List<Expr> factors = product instanceof Mul m ? m.args() : List.of(product);
        for (Expr f : factors) {
            if (!Symbols.contains(f, x)) continue;
            Expr base = f instanceof Pow p ? p.base() : f;
            Expr exp = f instanceof Pow p ? p.exp() : Num.ONE;
            if (!(exp instanceof Num k && k.isInteger() && k.signum() > 0)) throw new MathError("the characteristic polynomial factors with a power that is not whole: " + f);
            out.merge(base, k.intValueExact("a factor's exponent"), Integer::sum);
        }
        return out;
    }

    /** The coefficient of each power of x in an expanded polynomial. */
    static Map<Integer, Expr> coefficients(Expr expanded, Sym x) {
        Map<Integer, List<Expr>> byPower = new TreeMap<>();
        List<Expr> terms = expanded instanceof cofactor.expr.Add a ? a.args() : List.of(expanded);
        for (Expr term : terms) {
            int k = Factors.wholePowers(term).getOrDefault(x, BigInteger.ZERO).intValueExact();
            Expr rest = k == 0 ? term : Expr.mul(term, Expr.pow(x, -k));
            if (Symbols.contains(rest, x)) throw new MathError("the characteristic polynomial is not a polynomial in " + x + ": " + expanded);
            byPower.computeIfAbsent(k, p -> new ArrayList<>()).add(rest);
        }
        Map<Integer, Expr> out = new TreeMap<>();
        byPower.forEach((k, cs) -> {
            Expr c = Expr.add(cs);
            if (!c.isZero()) out.put(k, c);
        });
        return out;
    }

    private static Expr coef(Map<Integer, Expr> c, int k) { return c.getOrDefault(k, Num.ZERO); }

    /** (−b ± √(b² − 4ac))/(2a); none for a negative discriminant; one root for a zero one is impossible here (factors are squarefree). */
    private static List<Expr> quadratic(Expr a, Expr b, Expr c, Limits limits) {
        Expr disc = Expand.of(Expr.sub(Expr.mul(b, b), Expr.mul(List.of(Num.of(4), a, c))), limits);
        if (Rewrite.numeric(disc) instanceof Num d && d.signum() < 0) return List.of();
        Expr root = Expr.sqrt(disc), twoA = Expr.mul(Num.TWO, a);
        return List.of(lowest(Expr.div(Expr.sub(Expr.neg(b), root), twoA), limits), lowest(Expr.div(Expr.add(Expr.neg(b), root), twoA), limits));
    }

    /** The real roots of a factor with number coefficients, as doubles; null when a coefficient has a symbol. */
    private static List<Expr> numeric(Map<Integer, Expr> c, int degree, Sym x) {
        double[] monic = new double[degree];
        double lead = c.get(degree) instanceof Num n ? n.doubleValue() : Double.NaN;
        for (int k = 0; k < degree; k++) {
            if (!(Rewrite.numeric(coef(c, k)) instanceof Num n) || Double.isNaN(lead)) return null;
            monic[k] = n.doubleValue() / lead;
        }
        // the companion matrix of λ^n + Σ m_k λ^k: ones below the diagonal, −m_k in the last column
        double[][] companion = new double[degree][degree];
        for (int i = 1; i < degree; i++) companion[i][i - 1] = 1;
        for (int k = 0; k < degree; k++) companion[k][degree - 1] = -monic[k];
        List<Expr> roots = new ArrayList<>();
        for (double r : NumericEigenvalues.realParts(companion)) roots.add(Num.real(r));
        return roots;
    }

    private static Expr lowest(Expr e, Limits limits) {
        return RationalForm.hasDenominator(e) ? RationalForm.together(e, limits) : Expand.of(e, limits);
    }

    /** Closed roots by value, ascending; roots with symbols after them, in the order found. */
    private static int byValue(Root r, Root s) {
        Expr a = Rewrite.numeric(r.value()), b = Rewrite.numeric(s.value());
        if (a instanceof Num x && b instanceof Num y) return Double.compare(x.doubleValue(), y.doubleValue());
        return Boolean.compare(!(a instanceof Num), !(b instanceof Num));
    }
}
