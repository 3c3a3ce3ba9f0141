package cofactor.symja;

import cofactor.expr.Call;
import cofactor.expr.Expr;
import cofactor.expr.Find;
import cofactor.expr.Fn;
import cofactor.expr.Num;
import cofactor.expr.Sym;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.matheclipse.core.eval.ExprEvaluator;
import org.matheclipse.core.expression.F;
import org.matheclipse.core.expression.S;
import org.matheclipse.core.interfaces.IAST;
import org.matheclipse.core.interfaces.IASTAppendable;
import org.matheclipse.core.interfaces.IExpr;

/**
 * A simplify candidate for what Symja's Simplify misses: {@code sec(x)^2 - tan(x)^2}
 * stays as it is, since Symja turns {@code 1/cos(x)^2} back into {@code sec(x)^2}
 * before any rule sees it (its FullSimplify finds 1, in seconds).
 *
 * <p>Each circular function of an argument u is written with two fresh symbols
 * s = sin u and c = cos u (tan u = s/c, sec u = 1/c, ...), the whole brought over one
 * denominator, numerator and denominator reduced modulo s^2 + c^2 = 1 (the remainder
 * on division by s^2 + c^2 - 1 in s, so at most linear in s), common factors
 * cancelled, and sin u and cos u put back: (1 - s^2)/c^2 = c^2/c^2 = 1. Every step is
 * an identity, so the candidate equals the input wherever both are defined.
 */
final class Pythagorean {
    private static final List<Fn> CIRCULAR = List.of(Fn.SIN, Fn.COS, Fn.TAN, Fn.COT, Fn.SEC, Fn.CSC);

    private final Map<Expr, Sym[]> pairs = new LinkedHashMap<>(); // argument u → {s, c}
    private final Map<Expr, Expr> memo = new HashMap<>();

    private Pythagorean() {}

    /** Whether e has a circular function for this candidate to work on. */
    static boolean applies(Expr e) {
        return Find.any(e, x -> x instanceof Call c && CIRCULAR.contains(c.fn()));
    }

    /** The candidate, or null when Symja could not reduce it (a numerator that is no polynomial in s). */
    static IExpr candidate(Expr e, Conversion c, ExprEvaluator ev) {
        Pythagorean p = new Pythagorean();
        Expr rational = p.substitute(e);
        IExpr together = ev.eval(F.Together(c.toSymja(rational)));
        IExpr num = ev.eval(F.Numerator(together)), den = ev.eval(F.Denominator(together));
        IASTAppendable back = F.ListAlloc(2 * p.pairs.size());
        for (Map.Entry<Expr, Sym[]> pair : p.pairs.entrySet()) {
            IExpr s = c.symbol(pair.getValue()[0]), cos = c.symbol(pair.getValue()[1]);
            IExpr unit = F.Plus(F.Sqr(s), F.Sqr(cos), F.CN1);
            num = reduced(ev, num, unit, s);
            den = reduced(ev, den, unit, s);
            if (num == null || den == null) return null;
            IExpr u = c.toSymja(pair.getKey());
            back.append(F.Rule(s, F.Sin(u)));
            back.append(F.Rule(cos, F.Cos(u)));
        }
        IExpr cancelled = ev.eval(F.Cancel(F.Divide(num, den)));
        return ev.eval(F.Simplify(F.ReplaceAll(cancelled, back)));
    }

    /** The remainder of p on division by s^2 + c^2 - 1 in s; null when Symja leaves it undone. */
    private static IExpr reduced(ExprEvaluator ev, IExpr p, IExpr unit, IExpr s) {
        IExpr r = ev.eval(F.PolynomialRemainder(p, unit, s));
        return r instanceof IAST a && a.head() == S.PolynomialRemainder ? null : r;
    }

    /** e with each circular function of u written in sin u and cos u as symbols. */
    private Expr substitute(Expr e) {
        if (e instanceof Num || e instanceof Sym) return e;
        Expr done = memo.get(e);
        if (done != null) return done;
        Expr r;
        if (e instanceof Call call && CIRCULAR.contains(call.fn())) {
            Sym[] sc = pairs.computeIfAbsent(call.arg(), u -> {
                int i = pairs.size() + 1; // a space: no name the user can type
                return new Sym[] {Sym.of("sin " + i), Sym.of("cos " + i)};
            });
            Sym s = sc[0], c = sc[1];
            r = switch (call.fn()) {
                case SIN -> s;
                case COS -> c;
                case TAN -> Expr.div(s, c);
                case COT -> Expr.div(c, s);
                case SEC -> Expr.pow(c, -1);
                case CSC -> Expr.pow(s, -1);
                default -> throw new AssertionError(call.fn());
            };
        } else {
            List<Expr> args = new ArrayList<>();
            for (Expr a : e.args()) args.add(substitute(a));
            r = e.withArgs(args);
        }
        memo.put(e, r);
        return r;
    }
}
