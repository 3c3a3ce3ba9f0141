package cofactor.matrix;

import cofactor.expr.Expr;
import cofactor.expr.Num;
import cofactor.guard.Limits;
import java.math.BigInteger;

/**
 * The exact inverse. Numbers: Gauss–Jordan elimination (exact rationals, or
 * doubles with partial pivoting). Symbolic: {@code adj(A)/det(A)}, both expanded
 * and division-free until the one division by the determinant. A singular matrix
 * is a clear error.
 */
public final class Inverse {
    private Inverse() {}

    public static Matrix of(Matrix a, Limits limits) {
        Det.requireSquare("inv", a);
        if (a.rows() == 0) return a;
        if (Numeric.isNumeric(a)) return Numeric.inverse(a);
        Adjugate.Result r = Adjugate.compute(a, limits, true);
        if (r.det().isZero()) throw new SingularError("inv", "the matrix is singular (its determinant is 0)");
        // det = c·m·d with c its rational content and m its monomial content, so inv([[x, 1], [4, 4]]) has
        // 1/(x - 1), not 4/(4*x - 4), and inv([[x, x^2], [1, sin x]]) has -x/(sin(x) - x), not -x^2/(x*sin(x) - x^2)
        Num c = content(r.det());
        Expr m = monomialContent(r.det());
        Expr cm = Expr.mul(c, m), inverseContent = Expr.pow(cm, Num.MINUS_ONE);
        Expr inverseDet = Expr.mul(inverseContent, Expr.pow(termwise(r.det(), inverseContent), Num.MINUS_ONE));
        return r.adj().map(e -> Expr.mul(e, inverseDet));
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

    /** The positive rational content of an expanded polynomial: gcd of its numerators over lcm of its denominators (1 if inexact). */
    static Num content(Expr e) {
        java.util.List<Num> coefs = new java.util.ArrayList<>();
        if (e instanceof cofactor.expr.Add a) {
            if (!a.constant().isZero()) coefs.add(a.constant());
            for (int i = 0; i < a.size(); i++) coefs.add(a.coef(i));
        } else if (e instanceof cofactor.expr.Mul m) {
            coefs.add(m.coef());
        } else {
            return Num.ONE;
        }
        java.math.BigInteger g = java.math.BigInteger.ZERO, l = java.math.BigInteger.ONE;
        for (Num n : coefs) {
            if (!n.isExact()) return Num.ONE;
            g = g.gcd(n.numerator());
            l = l.divide(l.gcd(n.denominator())).multiply(n.denominator());
        }
        return g.signum() == 0 ? Num.ONE : Num.rational(g, l);
    }
}
