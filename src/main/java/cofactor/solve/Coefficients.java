package cofactor.solve;

import cofactor.expr.Expr;
import cofactor.expr.Num;
import cofactor.expr.Symbols;
import cofactor.expr.Sym;
import cofactor.guard.Limits;
import cofactor.poly.Expand;
import cofactor.poly.PowersOf;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * An expression read as a polynomial in one symbol: its coefficients c_0 … c_d (expressions
 * free of the symbol), lowest power first, or null when it is no polynomial in it
 * (sin(x), 1/x, sqrt(x) are not; a·x^2 + b is, with coefficients b, 0, a).
 */
final class Coefficients {
    private Coefficients() {}

    static List<Expr> of(Expr e, Sym x, Limits limits) {
        List<Expr> out = new ArrayList<>();
        for (Map.Entry<BigInteger, Expr> c : PowersOf.coefficients(Expand.of(e, limits), x).entrySet()) {
            BigInteger k = c.getKey();
            if (k.signum() < 0 || k.bitLength() > 20 || Symbols.contains(c.getValue(), x)) return null;
            while (out.size() < k.intValue()) out.add(Num.ZERO);
            out.add(c.getValue());
        }
        return out;
    }
}
