package cofactor.matexpr;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The two halves of a sum's canonical form: its terms multiplied out (so that equal sums have
 * the same terms, whichever factors they were typed with), then factors that several terms
 * share taken out again: A*x + A'*x is (A + A')*x, as a derivative is read. A first or last
 * factor is taken out, the one most terms share (the last on a tie, then the first in print
 * order), and again until no two terms share one.
 */
final class CommonFactors {
    private CommonFactors() {}

    /** Past this many terms a product of sums stays as it is (multiplying out (A + B)^k doubles with each k). */
    static final int MAX_TERMS = 256;

    static List<MatExpr> expand(List<MatExpr> terms) {
        List<MatExpr> out = new ArrayList<>();
        for (MatExpr t : terms) out.addAll(expand(t));
        return out;
    }

    /** The terms of t multiplied out: t alone where it has no sum among its factors or would pass {@link #MAX_TERMS}. */
    static List<MatExpr> expand(MatExpr t) {
        if (!hasSum(t)) return List.of(t);
        MatExpr.Product p = (MatExpr.Product) t;
        List<MatExpr> partial = List.of(MatExprs.scale(p.coefficient(), MatExprs.identity(p.shape().rows())));
        for (MatExpr f : p.factors()) {
            List<MatExpr> choices = f instanceof MatExpr.Sum s ? expand(s.terms()) : List.of(f);
            if ((long) partial.size() * choices.size() > MAX_TERMS) return List.of(t);
            List<MatExpr> next = new ArrayList<>();
            for (MatExpr a : partial) for (MatExpr b : choices) next.add(MatExprs.mul(a, b));
            partial = next;
        }
        return partial;
    }

    /** Whether m is a product with a sum among its factors. */
    static boolean hasSum(MatExpr m) {
        return m instanceof MatExpr.Product p && p.factors().stream().anyMatch(f -> f instanceof MatExpr.Sum);
    }

    private enum Side { LAST, FIRST }

    private record Shared(Side side, MatExpr factor) {}

    /** Terms multiplied out and merged, with the factors they share taken out; op names the operation for shape errors. */
    static List<MatExpr> collect(List<MatExpr> terms, String op) {
        List<MatExpr> out = new ArrayList<>(terms);
        while (true) {
            Map<Shared, Integer> counts = new LinkedHashMap<>();
            for (MatExpr t : out) {
                if (!(t instanceof MatExpr.Product p) || p.factors().size() < 2) continue;
                counts.merge(new Shared(Side.LAST, p.factors().get(p.factors().size() - 1)), 1, Integer::sum);
                counts.merge(new Shared(Side.FIRST, p.factors().get(0)), 1, Integer::sum);
            }
            Shared best = counts.entrySet().stream().filter(e -> e.getValue() >= 2)
                    .min(Comparator.<Map.Entry<Shared, Integer>>comparingInt(e -> -e.getValue())
                            .thenComparing(e -> e.getKey().side())
                            .thenComparing(e -> e.getKey().factor().toString()))
                    .map(Map.Entry::getKey).orElse(null);
            if (best == null) return out;
            List<MatExpr> rest = new ArrayList<>(), remainders = new ArrayList<>();
            for (MatExpr t : out) {
                if (t instanceof MatExpr.Product p && p.factors().size() >= 2 && ends(p, best)) remainders.add(without(p, best.side()));
                else rest.add(t);
            }
            MatExpr inner = MatExprs.sum(op, remainders);
            MatExpr merged = best.side() == Side.LAST ? MatExprs.mul(inner, best.factor()) : MatExprs.mul(best.factor(), inner);
            if (!(merged instanceof MatExpr.Zero)) rest.add(merged);
            out = rest;
        }
    }

    private static boolean ends(MatExpr.Product p, Shared s) {
        List<MatExpr> fs = p.factors();
        return (s.side() == Side.LAST ? fs.get(fs.size() - 1) : fs.get(0)).equals(s.factor());
    }

    /** p without its last or first factor, with its coefficient. */
    private static MatExpr without(MatExpr.Product p, Side side) {
        List<MatExpr> fs = p.factors();
        List<MatExpr> kept = side == Side.LAST ? fs.subList(0, fs.size() - 1) : fs.subList(1, fs.size());
        return MatExprs.product(p.coefficient(), kept);
    }
}
