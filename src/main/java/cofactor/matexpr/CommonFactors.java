package cofactor.matexpr;

import cofactor.expr.Expr;
import cofactor.expr.Mul;
import cofactor.expr.Num;
import cofactor.expr.Pow;
import java.math.BigInteger;
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

    /**
     * The scalar every term of s holds in its coefficient: the gcd of their numbers, negative where
     * every term has a minus sign (so the rest starts with a plus), times each power of a symbol or
     * kernel that every coefficient holds with an integer exponent of one sign (the smallest). 1 for
     * terms with inexact numbers, whose gcd would round.
     */
    static Expr content(MatExpr.Sum s) {
        List<Expr> coefficients = s.terms().stream().map(t -> t instanceof MatExpr.Product p ? p.coefficient() : (Expr) Num.ONE).toList();
        BigInteger numerator = BigInteger.ZERO, denominator = BigInteger.ONE;
        for (Expr c : coefficients) {
            Num k = number(c);
            if (!k.isExact()) return Num.ONE;
            numerator = numerator.gcd(k.numerator());
            denominator = denominator.divide(denominator.gcd(k.denominator())).multiply(k.denominator());
        }
        Expr content = Num.rational(numerator, denominator);
        if (s.terms().stream().allMatch(t -> t.toString().startsWith("-"))) content = Expr.neg(content);
        for (Map.Entry<Expr, Long> power : powers(coefficients.get(0)).entrySet()) {
            long shared = power.getValue();
            for (Expr c : coefficients.subList(1, coefficients.size())) {
                Long e = powers(c).get(power.getKey());
                if (e == null || Long.signum(e) != Long.signum(shared)) {
                    shared = 0;
                    break;
                }
                shared = Long.signum(shared) * Math.min(Math.abs(shared), Math.abs(e));
            }
            if (shared != 0) content = Expr.mul(content, Expr.pow(power.getKey(), shared));
        }
        return content;
    }

    private static Num number(Expr c) { return c instanceof Num n ? n : c instanceof Mul m ? m.coef() : Num.ONE; }

    /** The powers with integer exponents a coefficient is the product of, by base, numbers left out. */
    private static Map<Expr, Long> powers(Expr c) {
        Map<Expr, Long> out = new LinkedHashMap<>();
        List<Expr> factors = c instanceof Mul m ? java.util.stream.IntStream.range(0, m.size()).mapToObj(m::factor).toList() : List.of(c);
        for (Expr f : factors) {
            if (f instanceof Num) continue;
            if (f instanceof Pow p && p.exp() instanceof Num k && k.isInteger() && !(p.base() instanceof Num)) out.put(p.base(), k.numerator().longValue());
            else if (!(f instanceof Pow)) out.put(f, 1L);
        }
        return out;
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
