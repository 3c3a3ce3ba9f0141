package cofactor.matrix;

import cofactor.expr.Expr;
import cofactor.expr.Num;
import cofactor.guard.Limits;
import java.math.BigInteger;

/**
 * The exact inverse. Numbers: LU with partial pivoting and substitution
 * ({@link NumberMatrices}; exact rationals stay exact). Symbolic: {@code adj(A)/det(A)}, both expanded
 * and division-free until the one division by the determinant. A singular matrix
 * is a clear error.
 */
public final class Inverse {
    private Inverse() {}

    public static Matrix of(Matrix a, Limits limits) {
        Det.requireSquare("inv", a);
        if (a.rows() == 0) return a;
        if (NumberMatrices.isNumeric(a)) return NumberMatrices.inverse(a);
        Adjugate.WithDet r = Adjugate.compute(a, limits, true);
        if (r.det().isZero()) throw new SingularError("inv", "the matrix is singular (its determinant is 0)");
        // det = m·d with m its monomial content, so inv([[x, x^2], [1, sin x]]) has -x/(sin(x) - x), not
        // -x^2/(x*sin(x) - x^2); the power -1 of the sum d takes out its number (the canonical form's rule),
        // so inv([[x, 1], [4, 4]]) has 1/(4*(x - 1)), not 1/(4*x - 4)
        Expr inverseContent = Expr.pow(monomialContent(r.det()), Num.MINUS_ONE);
        Expr inverseDet = Expr.mul(inverseContent, Expr.pow(termwise(r.det(), inverseContent), Num.MINUS_ONE));
        return r.adj().map(e -> Det.lowestTerms(a, Expr.mul(e, inverseDet), limits));
    }

    /** Σ cᵢ·tᵢ·f, the factor taken into each term (a product would keep the sum whole). */
    private static Expr termwise(Expr sum, Expr f) {
        if (!(sum instanceof cofactor.expr.Add a)) return Expr.mul(sum, f);
        java.util.List<Expr> terms = new java.util.ArrayList<>(a.size() + 1);
        terms.add(Expr.mul(a.constant(), f));
        for (int i = 0; i < a.size(); i++) terms.add(Expr.mul(java.util.List.of(a.coef(i), a.term(i), f)));
        return Expr.add(terms);
    }

    /**
     * The product of the factors every term of an expanded polynomial holds, each to its least
     * whole power (x for x·sin(x) − x²); 1 for a sum with a constant term or a single number.
     */
    static Expr monomialContent(Expr e) {
        if (!(e instanceof cofactor.expr.Add a)) return e instanceof Num ? Num.ONE : withoutCoefficient(e);
        if (!a.constant().isZero()) return Num.ONE;
        java.util.Map<Expr, BigInteger> common = powers(a.term(0));
        for (int i = 1; i < a.size() && !common.isEmpty(); i++) {
            java.util.Map<Expr, BigInteger> p = powers(a.term(i));
            common.keySet().retainAll(p.keySet());
            common.replaceAll((base, k) -> k.min(p.get(base)));
        }
        java.util.List<Expr> factors = new java.util.ArrayList<>();
        common.forEach((base, k) -> factors.add(Expr.pow(base, Num.of(k))));
        return Expr.mul(factors);
    }

    /** A term's factors with whole positive exponents, by base. */
    private static java.util.Map<Expr, BigInteger> powers(Expr term) {
        java.util.Map<Expr, BigInteger> out = cofactor.poly.Factors.wholePowers(term);
        out.values().removeIf(k -> k.signum() <= 0);
        return out;
    }

    private static Expr withoutCoefficient(Expr e) { return e instanceof cofactor.expr.Mul m ? m.withoutCoef() : e; }
}
