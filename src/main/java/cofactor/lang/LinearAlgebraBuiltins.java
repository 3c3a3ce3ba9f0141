package cofactor.lang;

import cofactor.expr.Expr;
import cofactor.matrix.Echelon;
import cofactor.matrix.Eigenvalues;
import cofactor.matrix.Eigenvalues.Spectrum;
import cofactor.matrix.Matrix;

/** Linear algebra at a point: rank, rref, nullspace, eigenvals, eigenvects of explicit matrices. */
final class LinearAlgebraBuiltins {
    private LinearAlgebraBuiltins() {}

    private static final String EXACTNESS = "exact for exact entries (for symbols: the generic rank, true for all values but those where a pivot vanishes); "
            + "with doubles, entries at most tol (default max(m, n)*eps*norm(A, inf)) count as 0";

    static void register(Builtins b) {
        b.add(Builtin.of("rank", 1, 1, "rank(A), rank(A, tol = t)", "the number of linearly independent rows; " + EXACTNESS,
                a -> Value.of(Expr.num(echelon(a).rank()))).withOptions("tol"));
        b.add(Builtin.of("rref", 1, 1, "rref(A), rref(A, tol = t)",
                "the reduced row echelon form: each pivot 1 with zeros above and below it; " + EXACTNESS,
                a -> Value.of(echelon(a).rref())).withOptions("tol"));
        b.add(Builtin.of("nullspace", 1, 1, "nullspace(A), nullspace(A, tol = t)",
                "a basis of the vectors v with A*v = 0, one per row (one per column without a pivot), each scaled to integer "
                        + "coefficients without a common factor for exact entries; [] when only 0; " + EXACTNESS,
                a -> Value.of(echelon(a).nullspace())).withOptions("tol"));
        b.add(Builtin.of("eigenvals", 1, 1, "eigenvals(A)",
                "the real eigenvalues, ascending, each as often as its multiplicity: exact roots of charpoly for exact entries "
                        + "(number entries: radicals, a cubic's cosine form, or root(p, k) that N computes, as solve gives them; symbols: "
                        + "factors up to degree 2); Hipparchus for doubles; "
                        + "complex eigenvalues are counted and named by their factor, not shown (Cofactor has no complex numbers)",
                LinearAlgebraBuiltins::eigenvals));
        b.add(Builtin.of("eigenvects", 1, 1, "eigenvects(A)",
                "each real eigenvalue with its multiplicity and a basis of its eigenvectors, nullspace(A - λ*eye(n)) (in doubles where the exact "
                        + "elimination cannot decide a zero, as for a root in cosines); complex ones counted as in eigenvals",
                LinearAlgebraBuiltins::eigenvects));
    }

    /** A vector; with complex eigenvalues, a report: the vector and a comment naming them, which reads back as the vector. */
    private static Value eigenvals(Args a) {
        Spectrum s = Eigenvalues.of(a.matrix(0), a.session().limits());
        Matrix real = s.repeated();
        return s.complexCount() == 0 ? Value.of(real) : new Report(real + "   # " + complexNote(s));
    }

    private static Value eigenvects(Args a) {
        Matrix m = a.matrix(0);
        Spectrum s = Eigenvalues.of(m, a.session().limits());
        StringBuilder out = new StringBuilder();
        for (Eigenvalues.EigenSpace e : Eigenvalues.vectors(m, a.session().limits())) {
            if (out.length() > 0) out.append('\n');
            out.append("λ = ").append(e.eigenvalue().value()).append(", multiplicity ").append(e.eigenvalue().multiplicity())
                    .append(", eigenvectors ").append(e.basis());
        }
        if (s.complexCount() > 0) out.append(out.length() > 0 ? "\n" : "").append(complexNote(s));
        return new Report(out.toString());
    }

    private static String complexNote(Spectrum s) {
        String which = s.complexFactor() == null ? "" : " (roots of " + s.complexFactor() + ")";
        return s.complexCount() + " complex eigenvalue" + (s.complexCount() == 1 ? "" : "s") + which + ", not shown: Cofactor has no complex numbers";
    }

    private static Echelon echelon(Args a) {
        double tol = a.realOption("tol", -1);
        if (a.hasOption("tol") && !(tol >= 0)) throw a.error("option tol must be a number at least 0, got " + a.option("tol").describe());
        return Echelon.of(a.matrix(0), a.session().limits(), tol);
    }
}
