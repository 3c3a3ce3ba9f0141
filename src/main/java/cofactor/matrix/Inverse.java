package cofactor.matrix;

import cofactor.expr.Expr;
import cofactor.expr.Num;

/**
 * The exact inverse. Numbers: Gauss–Jordan elimination (exact rationals, or
 * doubles with partial pivoting). Symbolic: {@code adj(A)/det(A)}, both expanded
 * and division-free until the one division by the determinant. A singular matrix
 * is a clear error.
 */
public final class Inverse {
    private Inverse() {}

    public static Matrix of(Matrix a) { return of(a, Det.DEFAULT_MAX_TERMS); }

    public static Matrix of(Matrix a, long maxTerms) {
        Det.requireSquare("inv", a);
        if (a.rows() == 0) return a;
        if (Numeric.isNumeric(a)) return Numeric.inverse(a);
        Adjugate.Result r = Adjugate.compute(a, maxTerms, true);
        if (r.det().isZero()) throw new SingularError("inv", "the matrix is singular (its determinant is 0)");
        // det = c·d with c its rational content, so inv([[x, 1], [4, 4]]) has 1/(x - 1), not 4/(4*x - 4)
        Num c = content(r.det());
        Expr inverseDet = Expr.pow(Expr.add(Num.ZERO, Expr.mul(c.inverse(), r.det())), Num.MINUS_ONE);
        return r.adj().map(e -> Expr.mul(Expr.mul(e, c.inverse()), inverseDet));
    }

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
