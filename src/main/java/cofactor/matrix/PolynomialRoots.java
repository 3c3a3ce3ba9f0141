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
import cofactor.poly.PowersOf;
import cofactor.poly.RationalForm;
import cofactor.symja.SymjaBridge;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The real roots of a polynomial in one variable, with multiplicities. With number
 * coefficients: {@link cofactor.solve.Roots} (factors over the rationals; radicals, the
 * cosine form of a cubic, or root(p, k) constants that N computes). With symbols among the
 * coefficients: its factors over the rationals by Symja's Factor, a linear factor giving its
 * root exactly, a quadratic one its two roots in radicals (or two complex roots, for a
 * negative number discriminant). What has no real root is reported as such, never dropped.
 */
final class PolynomialRoots {
    private PolynomialRoots() {}

    /** A real root and its multiplicity; {@code exact} is false for a double (from a polynomial with doubles). */
    record Root(Expr value, int multiplicity, boolean exact) {}

    /** The real roots, and the factors whose roots are complex (their product, 1 when none) and how many those are. */
    record Roots(List<Root> real, Expr complexFactor, int complexCount) {}

    static Roots of(Expr p, Sym x, Limits limits) {
        Expr expanded = Expand.of(p, limits);
        if (coefficients(expanded, x).values().stream().allMatch(c -> c instanceof Num)) return ofNumbers(expanded, x, limits);
        SymjaBridge.Outcome factored = SymjaBridge.factor(p, SymjaBridge.DEFAULT_TIMEOUT_SECONDS);
        if (factored.warning() != null) throw new MathError(factored.warning());
        List<Root> real = new ArrayList<>();
        List<Expr> complex = new ArrayList<>();
        int complexCount = 0;
        for (Map.Entry<Expr, Integer> f : factors(factored.value(), x).entrySet()) {
            Map<Integer, Expr> c = coefficients(Expand.of(f.getKey(), limits), x);
            int degree = c.keySet().stream().max(Integer::compare).orElse(0), k = f.getValue();
            if (degree == 0) continue;
            if (degree > 2) throw new MathError("a factor of degree " + degree + " of the characteristic polynomial has symbols among its coefficients, "
                    + f.getKey() + "; no closed form for its roots");
            List<Expr> roots = degree == 1 ? List.of(lowest(Expr.neg(Expr.div(coef(c, 0), coef(c, 1))), limits))
                    : quadratic(coef(c, 2), coef(c, 1), coef(c, 0), limits);
            for (Expr r : roots) real.add(new Root(r, k, true));
            if (roots.size() < degree) {
                complexCount += (degree - roots.size()) * k;
                complex.add(Expr.pow(f.getKey(), k));
            }
        }
        real.sort(PolynomialRoots::byValue);
        return new Roots(real, Expr.mul(complex), complexCount);
    }

    /**
     * Number coefficients, through solve's roots; the complex roots named by p over the real
     * roots' factors when that quotient comes out a polynomial (rational real roots), else by p.
     */
    private static Roots ofNumbers(Expr p, Sym x, Limits limits) {
        cofactor.solve.Roots r = cofactor.solve.Roots.of(p, x, limits);
        List<Root> real = new ArrayList<>();
        List<Expr> linear = new ArrayList<>();
        for (cofactor.solve.Roots.Root root : r.real()) {
            real.add(new Root(root.value(), root.multiplicity(), !cofactor.expr.Find.anyDouble(root.value())));
            linear.add(Expr.pow(Expr.sub(x, root.value()), root.multiplicity()));
        }
        Expr complex = Num.ONE;
        if (r.complexCount() > 0) {
            Expr quotient = lowest(Expr.div(p, Expr.mul(linear)), limits);
            complex = RationalForm.hasDenominator(quotient) || cofactor.expr.Find.anyDouble(quotient) ? p : PowersOf.collect(quotient, x);
        }
        return new Roots(real, complex, r.complexCount());
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
        Map<Integer, Expr> out = new TreeMap<>();
        PowersOf.coefficients(expanded, x).forEach((k, c) -> {
            if (Symbols.contains(c, x)) throw new MathError("the characteristic polynomial is not a polynomial in " + x + ": " + expanded);
            out.put(k.intValueExact(), c);
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
