package cofactor.expr;

import java.util.List;

/**
 * max and min as expressions: max(a, b) = (a + b + abs(a - b))/2 and
 * min(a, b) = (a + b - abs(a - b))/2, so they differentiate through abs (d max(x, y)/dx
 * = (1 + sign(x - y))/2, which is 1 where x > y and 0 where x < y), compile through abs,
 * and fold on numbers and on constants whose order abs decides (max(pi, 3) is pi).
 * Numbers are compared directly, so a double comes back as it was.
 */
public final class Extremes {
    private Extremes() {}

    public static Expr max(List<? extends Expr> args) { return fold(args, 1); }

    public static Expr min(List<? extends Expr> args) { return fold(args, -1); }

    /** The extreme of the arguments, pairwise from the left; side 1 for max, -1 for min. */
    private static Expr fold(List<? extends Expr> args, int side) {
        Expr result = args.get(0);
        for (Expr next : args.subList(1, args.size())) result = of(result, next, side);
        return result;
    }

    private static Expr of(Expr a, Expr b, int side) {
        if (a instanceof Num p && b instanceof Num q) return q.compareTo(p) * side > 0 ? q : p;
        Expr spread = Expr.call(Fn.ABS, Expr.sub(a, b));
        return Expr.mul(Num.HALF, Expr.add(Expr.add(a, b), side > 0 ? spread : Expr.neg(spread)));
    }
}
