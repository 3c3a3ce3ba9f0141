package cofactor.solve;

import cofactor.expr.Add;
import cofactor.expr.Expr;
import cofactor.expr.Num;
import cofactor.expr.Symbols;
import cofactor.expr.Sym;
import cofactor.guard.Limits;
import cofactor.poly.Expand;
import cofactor.poly.Factors;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/**
 * An expression read as a polynomial in one symbol: its coefficients c_0 … c_d (expressions
 * free of the symbol), lowest power first, or null when it is no polynomial in it
 * (sin(x), 1/x, sqrt(x) are not; a·x^2 + b is, with coefficients b, 0, a).
 */
final class Coefficients {
    private Coefficients() {}

    static List<Expr> of(Expr e, Sym x, Limits limits) {
        Expr expanded = Expand.of(e, limits);
        List<List<Expr>> byPower = new ArrayList<>();
        if (expanded instanceof Add a) {
            put(byPower, 0, a.constant());
            for (int i = 0; i < a.size(); i++) if (!put(byPower, a.term(i), a.coef(i), x)) return null;
        } else if (!put(byPower, expanded, Num.ONE, x)) {
            return null;
        }
        List<Expr> out = new ArrayList<>();
        for (List<Expr> terms : byPower) out.add(Expr.add(terms));
        while (!out.isEmpty() && out.get(out.size() - 1).isZero()) out.remove(out.size() - 1);
        return out;
    }

    /** Files coef·term under its power of x; false when the term is not c·x^k with k ≥ 0 whole and c free of x. */
    private static boolean put(List<List<Expr>> byPower, Expr term, Num coef, Sym x) {
        BigInteger k = Factors.wholePowers(term).getOrDefault(x, BigInteger.ZERO);
        if (k.signum() < 0 || k.bitLength() > 20) return false;
        Expr rest = k.signum() == 0 ? term : Expr.mul(term, Expr.pow(x, Num.of(k.negate())));
        if (Symbols.contains(rest, x)) return false;
        put(byPower, k.intValue(), Expr.mul(coef, rest));
        return true;
    }

    private static void put(List<List<Expr>> byPower, int k, Expr c) {
        while (byPower.size() <= k) byPower.add(new ArrayList<>());
        byPower.get(k).add(c);
    }
}
