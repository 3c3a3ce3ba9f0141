package cofactor.solve;

import cofactor.expr.Expr;
import cofactor.expr.Fn;
import cofactor.expr.Num;
import cofactor.expr.Sym;
import cofactor.numeric.Refine;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The real roots of one irreducible polynomial over the rationals, ascending: in radicals
 * where they are real radicals (degree 1 and 2, a cubic with one real root by Cardano, and
 * q(x^k) through the roots of q), in the trigonometric form of a cubic with three real
 * roots (casus irreducibilis: no real radicals exist, Cardano's would pass through complex
 * numbers), and otherwise as the constants root(p, k) of {@link RealRoot}.
 */
final class ClosedForms {
    private ClosedForms() {}

    static List<Expr> realRoots(IntPoly f, Sym x) {
        int k = f.exponentGcd();
        if (k > 1 && f.degree() > 1) return throughPower(f.deflate(k), k, x);
        return switch (f.degree()) {
            case 1 -> List.of(Expr.div(f.num(0).negate(), f.num(1)));
            case 2 -> quadratic(f.num(2), f.num(1), f.num(0));
            case 3 -> cubic(f);
            default -> isolated(f, x);
        };
    }

    /** f(x) = q(x^k): x = ±y^(1/k) for each real root y of q (y > 0 when k is even). */
    private static List<Expr> throughPower(IntPoly q, int k, Sym x) {
        List<Expr> out = new ArrayList<>();
        Num inverse = Num.rational(java.math.BigInteger.ONE, java.math.BigInteger.valueOf(k));
        for (Expr y : realRoots(q, x)) {
            int sign = sign(y);
            if (k % 2 == 0) {
                if (sign < 0) continue;
                Expr r = Expr.pow(y, inverse);
                out.add(Expr.neg(r));
                out.add(r);
            } else {
                out.add(sign > 0 ? Expr.pow(y, inverse) : Expr.neg(Expr.pow(Expr.neg(y), inverse)));
            }
        }
        return sorted(out);
    }

    /** a·x^2 + b·x + c, irreducible: two real roots (−b ± sqrt(D))/(2a) when D = b^2 − 4ac > 0, none when D < 0. */
    private static List<Expr> quadratic(Num a, Num b, Num c) {
        Num d = b.mul(b).sub(Num.of(4).mul(a).mul(c));
        if (d.signum() < 0) return List.of();
        Expr root = Expr.sqrt(d), twoA = Num.TWO.mul(a);
        return sorted(List.of(Expr.div(Expr.sub(b.negate(), root), twoA), Expr.div(Expr.add(b.negate(), root), twoA)));
    }

    /**
     * a·x^3 + b·x^2 + c·x + d through the depressed t^3 + p·t + q, x = t − b/(3a). With
     * Δ = (q/2)^2 + (p/3)^3 > 0 one real root, Cardano's cbrt(−q/2 + sqrt Δ) + cbrt(−q/2 − sqrt Δ);
     * with Δ < 0 three, t_j = 2·sqrt(−p/3)·cos(θ/3 − 2πj/3), cos θ = (−q/2)/sqrt(−(p/3)^3) (Viète).
     * Δ = 0 would mean a repeated or rational root, which an irreducible cubic has not.
     */
    private static List<Expr> cubic(IntPoly f) {
        Num a = f.num(3), b = f.num(2), c = f.num(1), d = f.num(0);
        Num p = Num.of(3).mul(a).mul(c).sub(b.mul(b)).div(Num.of(3).mul(a).mul(a));
        Num q = Num.TWO.mul(b).mul(b).mul(b).sub(Num.of(9).mul(a).mul(b).mul(c)).add(Num.of(27).mul(a).mul(a).mul(d))
                .div(Num.of(27).mul(a).mul(a).mul(a));
        Expr shift = b.div(Num.of(3).mul(a)).negate();
        Num halfQ = q.div(Num.TWO), thirdP = p.div(Num.of(3));
        Num delta = halfQ.mul(halfQ).add(thirdP.mul(thirdP).mul(thirdP));
        if (delta.signum() > 0) {
            Expr s = Expr.sqrt(delta);
            Expr t = p.isZero() ? realCubeRoot(q.negate()) : Expr.add(realCubeRoot(Expr.sub(halfQ.negate(), s)), realCubeRoot(Expr.add(halfQ.negate(), s)));
            return List.of(Expr.add(t, shift));
        }
        Expr scale = Expr.mul(Num.TWO, Expr.sqrt(thirdP.negate()));
        Expr cosTheta = Expr.div(halfQ.negate(), Expr.sqrt(thirdP.mul(thirdP).mul(thirdP).negate()));
        Expr third = Expr.div(Expr.call(Fn.ACOS, cosTheta), Num.of(3));
        List<Expr> out = new ArrayList<>();
        for (int j = 0; j < 3; j++) {
            Expr angle = Expr.sub(third, Expr.mul(Num.rational(java.math.BigInteger.valueOf(2L * j), java.math.BigInteger.valueOf(3)), Sym.PI));
            out.add(Expr.add(Expr.mul(scale, Expr.call(Fn.COS, angle)), shift));
        }
        return sorted(out);
    }

    /** The real cube root: cbrt(w) for w > 0, −cbrt(−w) for w < 0 (a negative base has no real power 1/3 here). */
    private static Expr realCubeRoot(Expr w) {
        Num third = Num.rational(java.math.BigInteger.ONE, java.math.BigInteger.valueOf(3));
        return sign(w) >= 0 ? Expr.pow(w, third) : Expr.neg(Expr.pow(Expr.neg(w), third));
    }

    private static List<Expr> isolated(IntPoly f, Sym x) {
        List<Expr> out = new ArrayList<>();
        List<Sturm.Interval> intervals = new Sturm(f).isolate();
        for (int i = 0; i < intervals.size(); i++) out.add(RealRoot.constant(f, i + 1, intervals.get(i), x));
        return out;
    }

    static int sign(Expr closed) { return closed instanceof Num n ? n.signum() : (int) Math.signum(Refine.toDouble(closed)); }

    static List<Expr> sorted(List<Expr> roots) {
        List<Expr> out = new ArrayList<>(roots);
        out.sort(Comparator.comparingDouble(Refine::toDouble));
        return out;
    }
}
