package cofactor.poly;

import cofactor.expr.Expr;
import cofactor.expr.Mul;
import cofactor.expr.Num;
import cofactor.expr.Pow;
import java.math.BigInteger;
import java.util.LinkedHashMap;
import java.util.Map;

/** The factors of a term that have whole exponents, by base: x^2·y/(x + 1) gives {x: 2, y: 1, x + 1: −1}. */
public final class Factors {
    private Factors() {}

    public static Map<Expr, BigInteger> wholePowers(Expr term) {
        Map<Expr, BigInteger> out = new LinkedHashMap<>();
        if (term instanceof Mul m) {
            for (int i = 0; i < m.size(); i++) putWhole(m.base(i), m.exp(i), out);
        } else if (term instanceof Pow p) {
            putWhole(p.base(), p.exp(), out);
        } else if (!(term instanceof Num)) {
            out.put(term, BigInteger.ONE);
        }
        return out;
    }

    private static void putWhole(Expr base, Expr exp, Map<Expr, BigInteger> out) {
        if (exp instanceof Num k && k.isInteger()) out.put(base, k.numerator());
    }
}
