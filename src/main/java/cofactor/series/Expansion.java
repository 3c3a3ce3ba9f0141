package cofactor.series;

import cofactor.expr.Add;
import cofactor.expr.Call;
import cofactor.expr.Expr;
import cofactor.expr.Fn;
import cofactor.expr.MathError;
import cofactor.expr.Mul;
import cofactor.expr.Num;
import cofactor.expr.Pow;
import cofactor.expr.Sym;
import cofactor.guard.Interrupts;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * The series of an expression, in one post-order walk of its tree: each node's series is
 * made from its operands' by series arithmetic, never by differentiating the expression
 * (whose derivatives swell: the 30th of exp(sin x) has thousands of terms; its series
 * costs 30² products of rationals). Elementary functions are composed by the linear ODEs
 * they satisfy ({@link PowerSeries#exp}, {@link PowerSeries#sinCos}), as quotients of those
 * (tan = sin/cos, whose division turns a zero of cos into Laurent terms), or, for those whose
 * derivative is algebraic (log, asin, acos, atan), as f(g₀) + ∫ f'(g) g' dt with f' the
 * function table's own rule ({@link Fn#derivative}). Every series is truncated at the
 * working order {@code cap}; {@link SeriesAt} and {@link Limit} raise it when cancellation
 * leaves the result short.
 *
 * <p>The variables are bound to series in {@code env}: x to a + t (or 1/t at infinity).
 * When {@code positive}, t is known to be positive (a one-sided limit, or x → ±∞ where
 * t = ±1/x): then |t| = t, log t is a coefficient of its own ({@link #LOG_T}, which a
 * limit reads as -∞), and exp(-c/t) is 0 to every order.
 */
final class Expansion {
    /** log t, which the coefficients of a one-sided expansion may hold: it grows more slowly than any power of 1/t. */
    static final Sym LOG_T = Sym.of("log(t)");

    private final Map<Sym, PowerSeries> env;
    private final int cap;
    private final Coefficients k;
    private final boolean positive;
    private final String where; // "x = 1", for messages
    private final Map<Expr, PowerSeries> memo = new HashMap<>();
    private final Set<Expr> constants = new HashSet<>();
    private final Map<Expr, PowerSeries[]> sinCos = new HashMap<>(), sinhCosh = new HashMap<>();

    Expansion(Map<Sym, PowerSeries> env, int cap, Coefficients k, boolean positive, String where) {
        this.env = env;
        this.cap = cap;
        this.k = k;
        this.positive = positive;
        this.where = where;
    }

    /** The series of e, known to at most O(t^cap). */
    PowerSeries of(Expr e) {
        Deque<Expr> stack = new ArrayDeque<>();
        stack.push(e);
        int work = 0;
        while (!stack.isEmpty()) {
            Expr node = stack.peek();
            if (known(node)) { stack.pop(); continue; }
            boolean pushed = false;
            for (Expr a : operands(node)) {
                if (!known(a)) {
                    stack.push(a);
                    pushed = true;
                }
            }
            if (pushed) continue;
            stack.pop();
            if ((++work & 255) == 0) Interrupts.check();
            boolean constant = true;
            for (Expr a : operands(node)) constant &= constants.contains(a);
            if (constant) {
                constants.add(node);
            } else {
                memo.put(node, rule(node).truncated(cap));
            }
        }
        return series(e);
    }

    private boolean known(Expr e) {
        if (e instanceof Num || e instanceof Sym s && !env.containsKey(s)) {
            constants.add(e);
            return true;
        }
        return constants.contains(e) || memo.containsKey(e) || e instanceof Sym;
    }

    private static Iterable<Expr> operands(Expr e) {
        if (e instanceof Add a) {
            java.util.List<Expr> terms = new java.util.ArrayList<>(a.size());
            for (int i = 0; i < a.size(); i++) terms.add(a.term(i));
            return terms;
        }
        if (e instanceof Mul m) {
            java.util.List<Expr> parts = new java.util.ArrayList<>(2 * m.size());
            for (int i = 0; i < m.size(); i++) {
                parts.add(m.base(i));
                parts.add(m.exp(i));
            }
            return parts;
        }
        return e.args();
    }

    private PowerSeries series(Expr e) {
        if (e instanceof Sym s && env.containsKey(s)) return env.get(s);
        PowerSeries s = memo.get(e);
        return s != null ? s : PowerSeries.constant(e, cap, k);
    }

    private PowerSeries rule(Expr node) {
        return switch (node.kind()) {
            case NUM, SYM -> series(node);
            case ADD -> {
                Add a = (Add) node;
                PowerSeries sum = PowerSeries.constant(a.constant(), cap, k);
                for (int i = 0; i < a.size(); i++) sum = sum.plus(series(a.term(i)).scaled(a.coef(i)));
                yield sum;
            }
            case MUL -> {
                Mul m = (Mul) node;
                PowerSeries product = PowerSeries.constant(m.coef(), cap, k);
                for (int i = 0; i < m.size(); i++) product = product.times(power(m.base(i), m.exp(i))).truncated(cap);
                yield product;
            }
            case POW -> power(((Pow) node).base(), ((Pow) node).exp());
            case CALL -> function(((Call) node).fn(), (Call) node);
        };
    }

    /** base^exponent: by Miller's recurrence for an exponent free of t, else exp(exponent·log(base)). */
    private PowerSeries power(Expr base, Expr exponent) {
        if (exponent.isOne()) return series(base);
        if (constants.contains(exponent)) {
            if (exponent instanceof Num n && n.isInteger() && n.signum() > 0 && n.numerator().bitLength() < 5) {
                PowerSeries b = series(base), r = b; // small whole powers (x^2, (x - 1)^3) by products, which need no leading term
                for (int i = 1; i < n.numerator().intValue(); i++) r = r.times(b).truncated(cap);
                return r;
            }
            try {
                return series(base).power(exponent);
            } catch (FractionalPower f) {
                if (positive) throw f;
                throw new MathError(Expr.pow(base, exponent) + " has no series in whole powers at " + where
                        + " (a fractional power: Puiseux series are not supported)");
            }
        }
        return exp(series(exponent).times(log(series(base), base)).truncated(cap), Expr.pow(base, exponent));
    }

    private PowerSeries function(Fn fn, Call call) {
        PowerSeries g = series(call.arg());
        return switch (fn) {
            case SIN -> pair(g, call, false)[0];
            case COS -> pair(g, call, false)[1];
            case TAN -> quotient(pair(g, call, false)[0], pair(g, call, false)[1]);
            case COT -> quotient(pair(g, call, false)[1], pair(g, call, false)[0]);
            case SEC -> pair(g, call, false)[1].reciprocal();
            case CSC -> pair(g, call, false)[0].reciprocal();
            case SINH -> pair(g, call, true)[0];
            case COSH -> pair(g, call, true)[1];
            case TANH -> quotient(pair(g, call, true)[0], pair(g, call, true)[1]);
            case EXP -> exp(g, call);
            case LOG -> log(g, call.arg());
            case ATAN -> g.hasPole() ? atanAtPole(g, call) : viaDerivative(fn, g, call);
            case ASIN, ACOS -> viaDerivative(fn, g, call);
            case ABS, SIGN -> bySign(fn, g, call);
        };
    }

    private PowerSeries quotient(PowerSeries a, PowerSeries b) { return a.dividedBy(b).truncated(cap); }

    /** sin and cos (or sinh and cosh) of the same argument, made once. */
    private PowerSeries[] pair(PowerSeries g, Call call, boolean hyperbolic) {
        Map<Expr, PowerSeries[]> cache = hyperbolic ? sinhCosh : sinCos;
        PowerSeries[] p = cache.get(call.arg());
        if (p == null) {
            noPole(g, call);
            p = g.sinCos(hyperbolic);
            cache.put(call.arg(), p);
        }
        return p;
    }

    /**
     * exp(g); where g has a pole its value is beyond all powers of t: where g → -∞ (c/t^v with
     * c < 0, and t > 0 or v even) exp(g) = o(tⁿ) for every n, so 0 to any order, as
     * exp(-1/x^2) is at 0; where g → +∞ on a side there is no series.
     */
    private PowerSeries exp(PowerSeries g, Expr what) {
        if (g.hasPole()) {
            PowerSeries lead = g.normalized();
            boolean oneSign = positive || lead.start() % 2 == 0;
            if (oneSign && CoefficientSign.of(lead.coefficient(lead.start())) < 0) return PowerSeries.constant(Num.ZERO, cap, k);
            throw new MathError(what + " grows faster than any power " + (oneSign ? "at " : "on one side of ") + where + ": it has no series there");
        }
        if (g.order() > 0 && CoefficientSign.hasLogT(g.coefficient(0))) throw new MathError(what + " at " + where + " is a power of the variable with a symbolic exponent; no series");
        return g.exp();
    }

    /**
     * log(t^v h) = v log t + log h(0) + ∫ h'/h dt with h(0) ≠ 0: the table's log' = 1/u
     * composed with h. The log t term exists only for a one-sided expansion.
     */
    private PowerSeries log(PowerSeries g, Expr arg) {
        PowerSeries lead = g.normalized();
        int v = lead.start();
        PowerSeries series = viaDerivative(Fn.LOG, lead.shifted(-v), Expr.call(Fn.LOG, arg));
        if (v == 0) return series;
        if (!positive) throw new MathError("log", arg + " is " + (v > 0 ? "0" : "infinite") + " at " + where + ": log has no power series there");
        return series.plus(PowerSeries.constant(Expr.mul(Num.of(v), LOG_T), cap, k));
    }

    /** f(g) = f(g₀) + ∫ f'(g) g' dt, with f' from the function table evaluated on g's series. */
    private PowerSeries viaDerivative(Fn fn, PowerSeries g, Expr what) {
        noPole(g, what);
        if (g.order() <= 0) throw new PrecisionLost(g.order());
        Sym u = Sym.of("u");
        Map<Sym, PowerSeries> inner = Map.of(u, g);
        PowerSeries derivative;
        try {
            derivative = new Expansion(inner, cap, k, false, where).of(fn.derivative(u));
        } catch (FractionalPower | MathError e) {
            throw new MathError(fn.fnName(), what + " has no power series at " + where + " (the derivative of " + fn.fnName() + " is singular there)");
        }
        PowerSeries integral = derivative.times(g.derivative()).integral(Expr.call(fn, g.coefficient(0)));
        if (integral == null) throw new MathError(fn.fnName(), what + " has a logarithmic singularity at " + where);
        return integral;
    }

    /** atan(g) = ±π/2 - atan(1/g) where g → ±∞ (at x = inf, or at a pole approached from one side). */
    private PowerSeries atanAtPole(PowerSeries g, Call call) {
        int sign = leadingSign(g, call, "a jump");
        PowerSeries inverse = viaDerivative(Fn.ATAN, g.reciprocal(), call);
        return PowerSeries.constant(Expr.mul(Expr.rational(sign, 2), Sym.PI), cap, k).plus(inverse.scaled(Num.MINUS_ONE));
    }

    /** The sign of g's leading term, which must not change at the point (an odd power of t does unless t > 0). */
    private int leadingSign(PowerSeries g, Call call, String change) {
        PowerSeries lead = g.normalized();
        Expr c = lead.coefficient(lead.start());
        int sign = CoefficientSign.of(c);
        if (sign == 0) throw new MathError(call.fn().fnName(), "the sign of " + c + " is unknown, so " + call + " has no series at " + where);
        if (!positive && lead.start() % 2 != 0) {
            throw new MathError(call.fn().fnName(), call + " changes sign at " + where + " (" + change + "): no power series there; a one-sided limit has one");
        }
        return sign;
    }

    /** abs(g) = ±g and sign(g) = ±1 by the sign of g's leading term, unless g changes sign at the point. */
    private PowerSeries bySign(Fn fn, PowerSeries g, Call call) {
        int sign = leadingSign(g, call, fn == Fn.ABS ? "a kink" : "a jump");
        return fn == Fn.ABS ? g.scaled(Num.of(sign)) : PowerSeries.constant(Num.of(sign), cap, k);
    }

    private void noPole(PowerSeries g, Expr what) {
        if (g.hasPole()) throw new MathError(what + " has an essential singularity at " + where + " (its argument is infinite there): no series");
    }
}
