package cofactor.matexpr;

import cofactor.expr.Num;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * How {@link NumericPlanner} reaches each matrix expression, decided once per compiled function for
 * its plans at every size (the decisions compare printed forms): through the same expression without a
 * common number factor, through its transpose, or directly.
 */
final class Routes {
    /** m = factor·via, m = via', or (via null) m computed as it is. */
    record Route(Num factor, MatExpr via, boolean transposed) {}

    private final Map<MatExpr, Route> routes = new ConcurrentHashMap<>();
    private final Map<MatExpr.Product, List<Split>> splits = new ConcurrentHashMap<>();

    /** tr(p) = tr(left*right): one way to cut the cycle of p's factors. */
    record Split(MatExpr left, MatExpr right) {}

    /** Every rotation of p's factors cut in two, each side as its product (coefficient apart). */
    List<Split> splits(MatExpr.Product p) {
        return splits.computeIfAbsent(p, q -> {
            List<MatExpr> fs = q.factors();
            int k = fs.size();
            List<Split> out = new ArrayList<>();
            for (int r = 0; r < k; r++) {
                List<MatExpr> rotated = new ArrayList<>(fs.subList(r, k));
                rotated.addAll(fs.subList(0, r));
                for (int s = 1; s < k; s++) out.add(new Split(product(rotated.subList(0, s)), product(rotated.subList(s, k))));
            }
            return List.copyOf(out);
        });
    }

    private static MatExpr product(List<MatExpr> factors) {
        MatExpr acc = factors.get(0);
        for (MatExpr f : factors.subList(1, factors.size())) acc = MatExprs.mul(acc, f);
        return acc;
    }

    Route of(MatExpr m) { return routes.computeIfAbsent(m, Routes::decide); }

    /**
     * A number times a product or sum is that number times the product or sum, so 2*A*X - 2*B shares
     * A*X - B; of a product or sum and its transpose ((A*X - B)' = X'*A' - B') the one with fewer
     * transposes, then the first in print order, is computed.
     */
    private static Route decide(MatExpr m) {
        Num c = commonFactor(m);
        if (c != null) return new Route(c, MatExprs.scale(c.inverse(), m), false);
        if (m instanceof MatExpr.Sum || m instanceof MatExpr.Product) {
            MatExpr t = MatExprs.transpose(m);
            String text = m.toString(), transposed = t.toString();
            long a = primes(text), b = primes(transposed);
            if (b < a || b == a && transposed.compareTo(text) < 0) return new Route(null, t, true);
        }
        return new Route(null, null, false);
    }

    private static long primes(String s) { return s.chars().filter(ch -> ch == '\'').count(); }

    /** The number every term of a sum, or a product, is multiplied by, when it is not 1; else null. */
    private static Num commonFactor(MatExpr m) {
        List<MatExpr> terms = m instanceof MatExpr.Sum s ? s.terms() : List.of(m);
        Num common = null;
        for (MatExpr t : terms) {
            if (!(t instanceof MatExpr.Product p && p.coefficient() instanceof Num c) || common != null && !c.equals(common)) return null;
            common = c;
        }
        return common == null || common.isOne() ? null : common;
    }
}
