package cofactor.solve;

import cofactor.expr.Expr;
import cofactor.expr.Find;
import cofactor.expr.MathError;
import cofactor.expr.Num;
import cofactor.expr.Sym;
import cofactor.guard.Limits;
import cofactor.numeric.NumericValue;
import cofactor.numeric.Refine;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * The real roots of a polynomial in one variable with number coefficients, exactly, with
 * their multiplicities: the polynomial is factored over the rationals (JAS) and each
 * irreducible factor solved by {@link ClosedForms} (radicals, the trigonometric form of a
 * cubic, or root(p, k) constants that N computes to any precision). The non-real roots are
 * only counted. Coefficients that are doubles are read as the decimals they print as, and
 * the roots come back as doubles.
 *
 * <p>The public entry point for other packages (the exact eigenvalues call it): keep its
 * name and signature.
 */
public final class Roots {
    /** A real root and how many times it is a root. */
    public record Root(Expr value, int multiplicity) {}

    private final List<Root> real;
    private final int complex;
    private final int degree;

    private Roots(List<Root> real, int complex, int degree) {
        this.real = List.copyOf(real);
        this.complex = complex;
        this.degree = degree;
    }

    /**
     * The roots of {@code polynomial} = 0 in x. Throws {@link MathError} when it is not a
     * polynomial in x, when a coefficient is not a rational number (or a double), or when it is 0.
     */
    public static Roots of(Expr polynomial, Sym x, Limits limits) {
        List<Expr> cs = Coefficients.of(polynomial, x, limits);
        if (cs == null) throw new MathError("roots", polynomial + " is not a polynomial in " + x);
        if (cs.isEmpty()) throw new MathError("roots", "the polynomial is 0, so every " + x + " is a root");
        boolean inexact = false;
        List<Num> rational = new ArrayList<>();
        for (Expr c : cs) {
            if (!(c instanceof Num n)) throw new MathError("roots", "the coefficients must be numbers, got " + c + " in " + polynomial);
            inexact |= !n.isExact();
            rational.add(n.printedValue());
        }
        return of(IntPoly.ofRationals(rational), x, inexact);
    }

    static Roots of(IntPoly p, Sym x, boolean inexact) {
        List<Root> real = new ArrayList<>();
        int complex = 0;
        for (Map.Entry<IntPoly, Integer> f : Factorization.of(p).entrySet()) {
            List<Expr> roots = ClosedForms.realRoots(f.getKey(), x);
            complex += (f.getKey().degree() - roots.size()) * f.getValue();
            for (Expr r : roots) real.add(new Root(inexact ? NumericValue.of(r) : r, f.getValue()));
        }
        real.sort(Comparator.comparingDouble(r -> Refine.toDouble(r.value())));
        return new Roots(real, complex, p.degree());
    }

    /** The distinct real roots, ascending. */
    public List<Root> real() { return real; }

    /** How many roots are not real, counted with multiplicity. */
    public int complexCount() { return complex; }

    /** The degree: the number of roots, real and not, with multiplicity. */
    public int degree() { return degree; }

    /** Whether a root is a root(p, k) constant rather than a closed form. */
    public boolean hasRootConstants() {
        for (Root r : real) if (Find.any(r.value(), e -> e instanceof Sym s && s.kernel() instanceof RealRoot)) return true;
        return false;
    }

    @Override public String toString() { return real + (complex > 0 ? " and " + complex + " complex" : ""); }
}
