package cofactor.poly;

import cofactor.expr.Add;
import cofactor.expr.Expr;
import cofactor.expr.Num;
import cofactor.expr.Sym;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * An expanded polynomial collected by the powers of one symbol, Σ c_k·x^k with each
 * coefficient c_k whole ({@code t^2 - (a + d)*t + a*d - b*c}), as a characteristic
 * polynomial is read. Only the grouping changes: expanding it again gives the input.
 */
public final class PowersOf {
    private PowersOf() {}

    public static Expr collect(Expr expanded, Sym x) {
        if (!(expanded instanceof Add)) return expanded;
        List<Expr> collected = new ArrayList<>();
        coefficients(expanded, x).forEach((k, c) -> collected.add(Expr.mul(c, Expr.pow(x, Num.of(k)))));
        return Expr.add(collected);
    }

    /**
     * The coefficient of each power of x in an expanded polynomial, lowest power first, zero
     * coefficients left out. A coefficient still holds x where a term is not a power of x
     * times the rest (x*sin(x)); callers that need a polynomial check for it.
     */
    public static Map<BigInteger, Expr> coefficients(Expr expanded, Sym x) {
        Map<BigInteger, List<Expr>> byPower = new TreeMap<>();
        for (Expr term : expanded instanceof Add a ? a.args() : List.of(expanded)) {
            BigInteger k = Factors.wholePowers(term).getOrDefault(x, BigInteger.ZERO);
            Expr rest = k.signum() == 0 ? term : Expr.mul(term, Expr.pow(x, Num.of(k.negate())));
            byPower.computeIfAbsent(k, p -> new ArrayList<>()).add(rest);
        }
        Map<BigInteger, Expr> out = new TreeMap<>();
        byPower.forEach((k, cs) -> {
            Expr c = Expr.add(cs);
            if (!c.isZero()) out.put(k, c);
        });
        return out;
    }
}
