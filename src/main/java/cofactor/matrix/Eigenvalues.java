package cofactor.matrix;

import cofactor.expr.Expr;
import cofactor.expr.MathError;
import cofactor.expr.Num;
import cofactor.expr.Sym;
import cofactor.expr.Symbols;
import cofactor.guard.Limits;
import java.util.ArrayList;
import java.util.List;

/**
 * The real eigenvalues of an explicit square matrix with their algebraic multiplicities,
 * and for each a basis of its eigenvectors. Exact entries (rationals, symbols): the roots
 * of the characteristic polynomial det(λI − A) ({@link PolynomialRoots}), so
 * [[2, 1], [1, 2]] has 1 and 3 and [[a, b], [b, a]] has a − b and a + b; a matrix of numbers
 * whose polynomial cannot be solved (or factored in time) falls back to doubles. Doubles: Hipparchus
 * ({@link NumericEigenvalues}). Complex eigenvalues are counted and named by the factor of
 * the polynomial they are roots of, never shown as numbers (Cofactor has none).
 */
public final class Eigenvalues {
    private Eigenvalues() {}

    /** A real eigenvalue; {@code exact} is false for a double. */
    public record Eigenvalue(Expr value, int multiplicity, boolean exact) {}

    /**
     * The real eigenvalues in ascending order (those with symbols after the numbers), how many
     * eigenvalues are complex, and the factor of the characteristic polynomial in
     * {@code variable} whose roots they are (null when they came from doubles).
     */
    public record Spectrum(List<Eigenvalue> real, int complexCount, Expr complexFactor, Sym variable) {
        /** The real eigenvalues as a vector, each as often as its multiplicity. */
        public Matrix repeated() {
            List<Expr> out = new ArrayList<>();
            for (Eigenvalue e : real) for (int k = 0; k < e.multiplicity(); k++) out.add(e.value());
            return Matrix.vector(out);
        }
    }

    /** An eigenvalue with a basis of its eigenvectors, one per row. */
    public record EigenSpace(Eigenvalue eigenvalue, Matrix basis) {}

    public static Spectrum of(Matrix a, Limits limits) {
        Det.requireSquare("eigenvals", a);
        if (NumberMatrices.isNumeric(a) && !NumberMatrices.isExact(a)) return numeric(a);
        Sym lambda = variable(a);
        try {
            PolynomialRoots.Roots r = PolynomialRoots.of(Det.charpoly(a, lambda, limits), lambda, limits);
            List<Eigenvalue> real = new ArrayList<>();
            for (PolynomialRoots.Root root : r.real()) real.add(new Eigenvalue(root.value(), root.multiplicity(), root.exact()));
            return new Spectrum(real, r.complexCount(), r.complexCount() == 0 ? null : r.complexFactor(), lambda);
        } catch (MathError symjaGaveUp) {
            if (NumberMatrices.isNumeric(a)) return numeric(a);
            throw symjaGaveUp;
        }
    }

    /**
     * A basis of eigenvectors for each real eigenvalue: the null space of A − λI, exactly for an
     * exact eigenvalue; in doubles with a loose tolerance for a double one, and for an exact one
     * whose zero tests the exact elimination cannot decide (a root in cosines of a cubic is 0
     * in A − λI only through trigonometric identities) when A − λI has a numeric value.
     */
    public static List<EigenSpace> vectors(Matrix a, Limits limits) {
        Det.requireSquare("eigenvects", a);
        List<EigenSpace> out = new ArrayList<>();
        for (Eigenvalue e : of(a, limits).real()) {
            Matrix shifted = a.minus(Matrix.identity(a.rows()).scale(e.value()));
            Matrix basis = e.exact() ? RowEchelon.of(shifted, limits).nullspace() : Matrix.zeros(0, a.cols());
            Matrix numeric = shifted.map(cofactor.numeric.NumericValue::of);
            if (basis.rows() == 0 && NumberMatrices.isNumeric(numeric)) {
                basis = FloatRowEchelon.of(numeric, looseTolerance(NumberMatrices.doubles(numeric))).nullspace();
            }
            if (basis.rows() == 0) throw new MathError("eigenvects", "no eigenvector found for the eigenvalue " + e.value() + " (rounding, or a zero test the entries defeat)");
            out.add(new EigenSpace(e, basis));
        }
        return out;
    }

    /** Doubles: values within the tolerance of each other are one eigenvalue with a multiplicity. */
    private static Spectrum numeric(Matrix a) {
        double[][] d = NumberMatrices.doubles(a);
        NumericEigenvalues.Spectrum s = NumericEigenvalues.of(d);
        double same = looseTolerance(d);
        List<Eigenvalue> real = new ArrayList<>();
        double[] v = s.real();
        for (int i = 0; i < v.length; ) {
            int j = i;
            double sum = 0;
            while (j < v.length && v[j] - v[i] <= same) sum += v[j++];
            real.add(new Eigenvalue(Num.real(sum / (j - i) + 0.0), j - i, false));
            i = j;
        }
        return new Spectrum(real, s.complexCount(), null, null);
    }

    /** √eps·max(1, ‖A‖∞): how far a double eigenvalue (or a pivot at one) may be from exact. */
    private static double looseTolerance(double[][] a) { return Math.sqrt(Math.ulp(1.0)) * Math.max(1, FloatRowEchelon.infinityNorm(a)); }

    /** λ, or λ with a number when the entries hold λ. */
    private static Sym variable(Matrix a) {
        for (int k = 0; ; k++) {
            Sym s = Sym.of(k == 0 ? "λ" : "λ" + k);
            boolean used = false;
            for (Expr e : a.entries()) used |= Symbols.contains(e, s);
            if (!used) return s;
        }
    }
}
