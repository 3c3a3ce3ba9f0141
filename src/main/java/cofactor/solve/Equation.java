package cofactor.solve;

import cofactor.expr.Add;
import cofactor.expr.Call;
import cofactor.expr.Expr;
import cofactor.expr.Fn;
import cofactor.expr.MathError;
import cofactor.expr.Mul;
import cofactor.expr.Num;
import cofactor.expr.Pow;
import cofactor.expr.Rewrite;
import cofactor.expr.Sym;
import cofactor.expr.Symbols;
import cofactor.guard.Limits;
import cofactor.numeric.Refine;
import cofactor.poly.Expand;
import cofactor.poly.RationalForm;
import cofactor.symja.SymjaBridge;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The real solutions of one equation e = 0 in one unknown. e is brought over one denominator
 * and its numerator solved; a root of a denominator of e (a pole that cancelled) is no
 * solution. A numerator that is a polynomial in x goes to {@link Roots}; one that is not is
 * factored (Symja), and each factor that is a polynomial in a single kernel (sin x, exp(2x),
 * sqrt(x + 1)) is solved for the kernel and the kernel inverted. What is left unsolved, and
 * the solutions of periodic functions beyond one period, are said in {@link #notes()}.
 */
public final class Equation {
    private final Sym x;
    private final Limits limits;
    private final List<Expr> solutions = new ArrayList<>();
    private final Set<String> notes = new LinkedHashSet<>();
    private int complex;

    private Equation(Sym x, Limits limits) {
        this.x = x;
        this.limits = limits;
    }

    /** Solves e = 0 for x. */
    public static Equation solve(Expr e, Sym x, Limits limits) {
        Equation eq = new Equation(x, limits);
        if (!Symbols.contains(e, x)) {
            if (e.isZero()) throw new MathError("solve", "0 = 0 holds for every " + x);
            eq.notes.add(e + " does not depend on " + x);
            return eq;
        }
        eq.solveNumerator(numerator(RationalForm.together(e, limits)));
        eq.dropPoles(e);
        if (eq.solutions.stream().allMatch(s -> Symbols.free(s).isEmpty())) eq.solutions.sort(java.util.Comparator.comparingDouble(Refine::toDouble));
        return eq;
    }

    /** The real solutions, ascending, each once. */
    public List<Expr> solutions() { return solutions; }

    /** Sentences on what may be missing or where the solutions repeat. */
    public List<String> notes() { return List.copyOf(notes); }

    /** How many complex solutions of polynomial factors there are (with multiplicity). */
    public int complexCount() { return complex; }

    private void solveNumerator(Expr p) {
        List<Expr> cs = Coefficients.of(p, x, limits);
        if (cs != null) {
            polynomial(cs, p);
            return;
        }
        Expr factored = SymjaBridge.factor(p, SymjaBridge.DEFAULT_TIMEOUT_SECONDS).value();
        for (Expr f : factors(factored)) if (Symbols.contains(f, x)) factor(f);
    }

    private void factor(Expr f) {
        List<Expr> cs = Coefficients.of(f, x, limits);
        if (cs != null) {
            polynomial(cs, f);
            return;
        }
        Expr k = singleKernel(f);
        if (k == null || k.equals(x)) {
            unsolved(f);
            return;
        }
        Sym y = Sym.of("solve·y");
        Expr inY = replace(f, k, y, new HashMap<>());
        List<Expr> ys = Coefficients.of(inY, y, limits);
        if (ys == null || !allClosed(ys)) {
            unsolved(f);
            return;
        }
        Equation forY = new Equation(y, limits);
        forY.polynomial(ys, inY);
        if (!forY.notes.isEmpty()) unsolved(f);
        for (Expr value : forY.solutions) invert(k, value, f);
    }

    /** Solutions of kernel(x) = value: the kernel's inverse, then its argument solved for x. */
    private void invert(Expr kernel, Expr value, Expr whole) {
        List<Expr> args = new ArrayList<>();
        Expr inner;
        if (kernel instanceof Call c) {
            inner = c.arg();
            double v = Refine.toDouble(value);
            switch (c.fn()) {
                case EXP -> { if (v > 0) args.add(Expr.call(Fn.LOG, value)); }
                case LOG -> args.add(Expr.call(Fn.EXP, value));
                case SINH -> args.add(Expr.call(Fn.LOG, Expr.add(value, Expr.sqrt(Expr.add(Expr.pow(value, 2), Num.ONE)))));
                case TANH -> { if (Math.abs(v) < 1) args.add(Expr.div(Expr.call(Fn.LOG, Expr.div(Expr.add(Num.ONE, value), Expr.sub(Num.ONE, value))), Num.TWO)); }
                case ATAN -> { if (Math.abs(v) < Math.PI / 2) args.add(Expr.call(Fn.TAN, value)); }
                case SIN -> {
                    if (Math.abs(v) <= 1) {
                        Expr a = Expr.call(Fn.ASIN, value);
                        periodic(c, List.of(a, Expr.sub(Sym.PI, a)), Expr.mul(Num.TWO, Sym.PI));
                    }
                    return;
                }
                case COS -> {
                    if (Math.abs(v) <= 1) {
                        Expr a = Expr.call(Fn.ACOS, value);
                        periodic(c, List.of(Expr.neg(a), a), Expr.mul(Num.TWO, Sym.PI));
                    }
                    return;
                }
                case TAN -> {
                    periodic(c, List.of(Expr.call(Fn.ATAN, value)), Sym.PI);
                    return;
                }
                default -> {
                    unsolved(whole);
                    return;
                }
            }
        } else if (kernel instanceof Pow p && p.exp() instanceof Num r && r.isExact()) {
            inner = p.base();
            // u^(a/b) = v: u = v^(b/a), where v is a value u^(a/b) takes (v ≥ 0 for an even b)
            boolean evenRoot = !r.denominator().testBit(0);
            if (evenRoot && ClosedForms.sign(value) < 0) return;
            args.add(Expr.pow(value, r.inverse()));
        } else {
            unsolved(whole);
            return;
        }
        for (Expr a : args) {
            Equation inside = solve(Expr.sub(inner, a), x, limits);
            solutions.addAll(inside.solutions);
            notes.addAll(inside.notes);
        }
        dedupe();
    }

    /**
     * fn(u) = value for a periodic fn, whose solutions are u = b + period·n for each base value b:
     * where u = k·x + c is linear, all those with x in [-pi, pi] (the range SymPy's solveset is
     * asked for in the tests, and one a user reads); otherwise the base values alone.
     */
    private void periodic(Call kernel, List<Expr> bases, Expr period) {
        Expr u = kernel.arg();
        List<Expr> cs = Coefficients.of(u, x, limits);
        String fn = kernel.fn().name().toLowerCase();
        if (cs == null || cs.size() != 2 || !allClosed(cs)) {
            for (Expr b : bases) {
                Equation inside = solve(Expr.sub(u, b), x, limits);
                solutions.addAll(inside.solutions);
                notes.addAll(inside.notes);
            }
            notes.add(fn + " is periodic: these are the solutions from one period of " + u + "; add multiples of " + period + " to " + u + " for the rest");
            dedupe();
            return;
        }
        Expr c = cs.get(0), k = cs.get(1);
        double kd = Refine.toDouble(k), cd = Refine.toDouble(c), p = Refine.toDouble(period);
        double lo = Math.min(-Math.PI * kd + cd, Math.PI * kd + cd), hi = Math.max(-Math.PI * kd + cd, Math.PI * kd + cd);
        for (Expr b : bases) {
            double bd = Refine.toDouble(b);
            for (long n = (long) Math.ceil((lo - bd) / p - 1e-12); n <= (long) Math.floor((hi - bd) / p + 1e-12); n++) {
                Expr xs = Expand.of(Expr.div(Expr.sub(Expr.add(b, Expr.mul(Num.of(n), period)), c), k), limits);
                double xd = Refine.toDouble(xs);
                if (xd >= -Math.PI - 1e-12 && xd <= Math.PI + 1e-12) solutions.add(xs);
            }
        }
        notes.add(fn + " is periodic: these are the solutions with " + x + " in [-pi, pi]");
        dedupe();
    }

    private void polynomial(List<Expr> cs, Expr p) {
        if (allNumbers(cs)) {
            Roots r = Roots.of(p, x, limits);
            for (Roots.Root root : r.real()) solutions.add(root.value());
            complex += r.complexCount();
            return;
        }
        int degree = cs.size() - 1;
        boolean closed = allClosed(cs);
        if (degree == 1) {
            solutions.add(Expr.neg(Expr.div(cs.get(0), cs.get(1))));
            if (!closed) notes.add("where " + cs.get(1) + " is not 0");
        } else if (degree == 2) {
            Expr a = cs.get(2), b = cs.get(1), c = cs.get(0);
            Expr d = Expand.of(Expr.sub(Expr.pow(b, 2), Expr.mul(List.of(Num.of(4), a, c))), limits);
            if (closed && ClosedForms.sign(d) < 0) {
                complex += 2;
                return;
            }
            Expr twoA = Expr.mul(Num.TWO, a);
            solutions.add(Expr.div(Expr.sub(Expr.neg(b), Expr.sqrt(d)), twoA));
            if (!d.isZero()) solutions.add(Expr.div(Expr.add(Expr.neg(b), Expr.sqrt(d)), twoA));
            if (!closed) notes.add("real where " + d + " >= 0 and " + a + " is not 0");
        } else {
            unsolved(p);
        }
    }

    private static boolean allClosed(List<Expr> cs) {
        for (Expr c : cs) if (!Symbols.free(c).isEmpty()) return false;
        return true;
    }

    private void unsolved(Expr f) {
        notes.add("found no closed form for the solutions of " + f + " = 0, so some may be missing (nsolve finds them numerically)");
    }

    /** Removes the solutions at which a denominator of e vanishes (poles that cancelled in the numerator). */
    private void dropPoles(Expr e) {
        if (solutions.isEmpty()) return;
        for (Expr d : denominators(e)) {
            List<Expr> cs = Coefficients.of(d, x, limits);
            if (cs != null && allNumbers(cs) && cs.size() > 1) {
                for (Roots.Root pole : Roots.of(d, x, limits).real()) solutions.remove(pole.value());
            } else {
                solutions.removeIf(s -> isSymbolFree(s) && Math.abs(valueAt(d, s)) < 1e-12);
            }
        }
    }

    private boolean isSymbolFree(Expr s) { return Symbols.free(s).isEmpty(); }

    private double valueAt(Expr d, Expr s) {
        try {
            return Refine.toDouble(Rewrite.subs(d, Map.of(x, s)));
        } catch (MathError undefined) {
            return 0;
        }
    }

    private void dedupe() {
        List<Expr> distinct = new ArrayList<>(new LinkedHashSet<>(solutions));
        solutions.clear();
        solutions.addAll(distinct);
    }

    // ---- parts of expressions
    private static boolean allNumbers(List<Expr> cs) {
        for (Expr c : cs) if (!(c instanceof Num)) return false;
        return true;
    }

    /** The factors of a product that are not numbers; the expression itself when it is none. */
    private static List<Expr> factors(Expr e) {
        List<Expr> out = new ArrayList<>();
        if (e instanceof Mul m) {
            for (int i = 0; i < m.size(); i++) if (m.exp(i) instanceof Num k && k.signum() > 0) out.add(m.base(i));
        } else if (e instanceof Pow p && p.exp() instanceof Num k && k.isInteger() && k.signum() > 0) {
            out.add(p.base());
        } else if (!(e instanceof Num)) {
            out.add(e);
        }
        return out;
    }

    /** The numerator of a fraction in lowest terms (the factors with positive whole exponents). */
    static Expr numerator(Expr together) {
        if (together instanceof Mul m) {
            List<Expr> up = new ArrayList<>();
            for (int i = 0; i < m.size(); i++) if (!(m.exp(i) instanceof Num k && k.isInteger() && k.signum() < 0)) up.add(m.factor(i));
            return Expr.mul(up);
        }
        if (together instanceof Pow p && p.exp() instanceof Num k && k.isInteger() && k.signum() < 0) return Num.ONE;
        return together;
    }

    /** The bases of e's negative whole powers, outside calls and roots. */
    private static Set<Expr> denominators(Expr e) {
        Set<Expr> out = new LinkedHashSet<>();
        List<Expr> todo = new ArrayList<>(List.of(e));
        while (!todo.isEmpty()) {
            Expr t = todo.remove(todo.size() - 1);
            if (t instanceof Add a) {
                for (int i = 0; i < a.size(); i++) todo.add(a.term(i));
            } else if (t instanceof Mul m) {
                for (int i = 0; i < m.size(); i++) todo.add(m.factor(i));
            } else if (t instanceof Pow p && p.exp() instanceof Num k && k.isInteger()) {
                if (k.signum() < 0) out.add(p.base());
                todo.add(p.base());
            }
        }
        return out;
    }

    /** The one kernel of f that holds x (x itself, a call or a fractional power), or null when there are several. */
    private Expr singleKernel(Expr f) {
        Set<Expr> kernels = new LinkedHashSet<>();
        List<Expr> todo = new ArrayList<>(List.of(f));
        while (!todo.isEmpty()) {
            Expr t = todo.remove(todo.size() - 1);
            if (!Symbols.contains(t, x)) continue;
            if (t instanceof Add a) {
                for (int i = 0; i < a.size(); i++) todo.add(a.term(i));
            } else if (t instanceof Mul m) {
                for (int i = 0; i < m.size(); i++) todo.add(m.factor(i));
            } else if (t instanceof Pow p && p.exp() instanceof Num k && k.isInteger()) {
                todo.add(p.base());
            } else {
                kernels.add(t);
            }
        }
        return kernels.size() == 1 ? kernels.iterator().next() : null;
    }

    private static Expr replace(Expr e, Expr kernel, Sym y, Map<Expr, Expr> memo) {
        if (e.equals(kernel)) return y;
        if (e instanceof Num || e instanceof Sym) return e;
        Expr done = memo.get(e);
        if (done != null) return done;
        List<Expr> args = new ArrayList<>();
        for (Expr a : e.args()) args.add(replace(a, kernel, y, memo));
        Expr out = e.withArgs(args);
        memo.put(e, out);
        return out;
    }

}
