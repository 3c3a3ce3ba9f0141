package cofactor.compile;

import static cofactor.expr.Expr.*;

import cofactor.expr.Add;
import cofactor.expr.Call;
import cofactor.expr.Expr;
import cofactor.expr.Fn;
import cofactor.expr.Mul;
import cofactor.expr.Num;
import cofactor.expr.Pow;
import cofactor.expr.Sym;
import cofactor.expr.Symbols;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A small forward symbolic differentiator for tests (sum, product, power and
 * chain rules with {@code Fn.derivative}): an independent route to check the
 * compiler's reverse accumulation, evaluated through Rewrite rather than compiled.
 */
final class SymbolicDerivative {
    private final Sym x;
    private final Map<Expr, Expr> memo = new HashMap<>();

    private SymbolicDerivative(Sym x) { this.x = x; }

    static Expr d(Expr e, Sym x) { return new SymbolicDerivative(x).apply(e); }

    private Expr apply(Expr e) {
        Expr done = memo.get(e);
        if (done != null) return done;
        // a constant such as asin(1) has derivative 0, even where its rule would divide by 0
        Expr result = !Symbols.contains(e, x) ? Num.ZERO : switch (e.kind()) {
            case NUM -> Num.ZERO;
            case SYM -> e.equals(x) ? Num.ONE : Num.ZERO;
            case ADD -> {
                Add s = (Add) e;
                List<Expr> terms = new ArrayList<>();
                for (int i = 0; i < s.size(); i++) terms.add(mul(s.coef(i), apply(s.term(i))));
                yield add(terms);
            }
            case MUL -> {
                Mul m = (Mul) e;
                List<Expr> factors = m.args();
                List<Expr> terms = new ArrayList<>();
                for (int i = 0; i < factors.size(); i++) {
                    List<Expr> rest = new ArrayList<>(factors);
                    rest.set(i, apply(factors.get(i)));
                    terms.add(mul(rest));
                }
                yield add(terms);
            }
            case POW -> {
                Pow p = (Pow) e;
                Expr b = p.base(), k = p.exp();
                if (k instanceof Num) yield mul(List.of(k, pow(b, sub(k, Num.ONE)), apply(b)));
                // d b^k = b^k (k' log b + k b'/b)
                yield mul(e, add(mul(apply(k), call(Fn.LOG, b)), div(mul(k, apply(b)), b)));
            }
            case CALL -> {
                Call c = (Call) e;
                yield mul(c.fn().derivative(c.arg()), apply(c.arg()));
            }
        };
        memo.put(e, result);
        return result;
    }
}
