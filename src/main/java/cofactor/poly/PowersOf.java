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
        if (!(expanded instanceof Add a)) return expanded;
        Map<BigInteger, List<Expr>> byPower = new TreeMap<>();
        byPower.computeIfAbsent(BigInteger.ZERO, k -> new ArrayList<>()).add(a.constant());
        for (int i = 0; i < a.size(); i++) {
            Expr term = a.term(i);
            BigInteger k = Factors.wholePowers(term).getOrDefault(x, BigInteger.ZERO);
            Expr rest = k.signum() == 0 ? term : Expr.mul(term, Expr.pow(x, Num.of(k.negate())));
            byPower.computeIfAbsent(k, p -> new ArrayList<>()).add(Expr.mul(a.coef(i), rest));
        }
        List<Expr> collected = new ArrayList<>();
        byPower.forEach((k, cs) -> collected.add(Expr.mul(Expr.add(cs), Expr.pow(x, Num.of(k)))));
        return Expr.add(collected);
    }
}
