package cofactor.calculus;

import cofactor.expr.Add;
import cofactor.expr.Call;
import cofactor.expr.Expr;
import cofactor.expr.Fn;
import cofactor.expr.MathError;
import cofactor.expr.Mul;
import cofactor.expr.Num;
import cofactor.expr.PlainMonomial;
import cofactor.expr.Pow;
import cofactor.expr.Sym;
import cofactor.guard.Interrupts;
import cofactor.guard.Limits;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * d/dx by the sum, product, power and chain rules; the rule for each elementary
 * function is {@link Fn#derivative} (the only place those live). Results are
 * built through the canonical factories and memoized per node, so equal
 * subexpressions are differentiated once and the result shares them. One
 * instance may be applied repeatedly (higher derivatives, every entry of a
 * matrix): its memo stays valid because it depends only on x.
 *
 * <p>The traversal is an explicit post-order walk, so deep expressions do not
 * use the Java stack.
 */
public final class Derivative {
    private final Sym x;
    private final Map<Expr, Expr> memo = new HashMap<>();
    private int work; // nodes differentiated, for periodic cancellation checks
    private final Limits limits;
    private long built; // summands of the sums the derivatives have built so far
    private final Set<Expr> seen = Collections.newSetFromMap(new IdentityHashMap<>()); // nodes already counted, or not built here

    /**
     * With the limits on the terms all derivatives taken through this instance may build:
     * repeated derivatives of nested functions ({@code d(x^x^x^x^x, x, 30)}) grow
     * exponentially, and are refused with a clear error instead of exhausting memory.
     */
    public Derivative(Sym x, Limits limits) {
        this.x = x;
        this.limits = limits;
    }

    public Sym variable() { return x; }

    public static Expr of(Expr e, Sym x, Limits limits) { return new Derivative(x, limits).apply(e); }

    /** The n-th derivative d^n e / dx^n (n ≥ 0). */
    public static Expr of(Expr e, Sym x, int n, Limits limits) {
        if (n < 0) throw new IllegalArgumentException("negative derivative order " + n);
        Derivative d = new Derivative(x, limits);
        for (int i = 0; i < n && !e.isZero(); i++) e = d.apply(e);
        return e;
    }

    /** de/dx. */
    public Expr apply(Expr e) {
        Interrupts.check(); // besides every 1024 nodes: a gradient in a million variables is a million small calls
        Expr known = known(e);
        if (known != null) return known;
        Deque<Expr> stack = new ArrayDeque<>();
        stack.push(e);
        while (!stack.isEmpty()) {
            Expr node = stack.peek();
            if (memo.containsKey(node)) { stack.pop(); continue; }
            if (pushMissingOperands(node, stack)) continue;
            stack.pop();
            Expr d = rule(node);
            memo.put(node, d);
            seen.add(node);
            built += termsBuilt(d);
            limits.checkGrowth(built, "the derivatives", "nested functions swell with each derivative");
            if ((++work & 1023) == 0) Interrupts.check();
        }
        return memo.get(e);
    }

    /**
     * The summands of the sums first seen in a new derivative: the swell of repeated
     * derivatives is sums inside products inside sums. Nodes that were there before
     * (the operands being differentiated, earlier derivatives) are shared, not built,
     * and count once; a product is one term however many factors it has, so the
     * derivative of sin nested n deep, a product of n cosines, adds no sum at all.
     */
    private long termsBuilt(Expr d) {
        long terms = 0;
        Deque<Expr> todo = new ArrayDeque<>();
        push(d, todo);
        while (!todo.isEmpty()) {
            Expr e = todo.pop();
            if (!seen.add(e)) continue;
            switch (e.kind()) {
                case NUM, SYM -> { }
                case ADD -> {
                    Add a = (Add) e;
                    terms += a.size() + (a.constant().isZero() ? 0 : 1);
                    for (int i = 0; i < a.size(); i++) push(a.term(i), todo);
                }
                case MUL -> {
                    Mul m = (Mul) e;
                    for (int i = 0; i < m.size(); i++) {
                        push(m.base(i), todo);
                        push(m.exp(i), todo);
                    }
                }
                case POW -> {
                    push(((Pow) e).base(), todo);
                    push(((Pow) e).exp(), todo);
                }
                case CALL -> push(((Call) e).arg(), todo);
            }
        }
        return terms;
    }

    /** Numbers, symbols and plain monomials hold no sum: they are not walked (most factors and terms are such). */
    private static void push(Expr e, Deque<Expr> todo) {
        if (!(e instanceof Num || e instanceof Sym || PlainMonomial.test(e))) todo.push(e);
    }

    /** The derivative of a leaf, or an already differentiated node; null when it is still to be done. */
    private Expr known(Expr e) {
        if (e instanceof Num) return Num.ZERO;
        if (e instanceof Sym s) return s.equals(x) ? Num.ONE : Num.ZERO;
        return memo.get(e);
    }

    /** Pushes the operands whose derivatives the rule for {@code node} needs and are not known yet; true if any. */
    private boolean pushMissingOperands(Expr node, Deque<Expr> stack) {
        boolean pushed = false;
        switch (node.kind()) {
            case NUM, SYM -> { }
            case CALL -> pushed = pushIfMissing(((Call) node).arg(), stack);
            case POW -> {
                Pow p = (Pow) node;
                pushed = pushIfMissing(p.base(), stack);
                pushed |= pushIfMissing(p.exp(), stack);
            }
            case MUL -> {
                Mul m = (Mul) node;
                for (int i = 0; i < m.size(); i++) {
                    pushed |= pushIfMissing(m.base(i), stack);
                    pushed |= pushIfMissing(m.exp(i), stack);
                }
            }
            case ADD -> {
                Add a = (Add) node;
                for (int i = 0; i < a.size(); i++) if (!plainlyConstant(a.term(i))) pushed |= pushIfMissing(a.term(i), stack);
            }
        }
        return pushed;
    }

    /**
     * A monomial in symbols other than x: its derivative is 0 without a memo
     * entry. Most terms of an expanded polynomial are such, as 322 560 of the
     * 362 880 terms of a 9×9 determinant are for d/da11.
     */
    private boolean plainlyConstant(Expr term) {
        if (term instanceof Mul m) {
            for (int i = 0; i < m.size(); i++) if (!(m.exp(i) instanceof Num) || !(m.base(i) instanceof Sym s) || s.equals(x)) return false;
            return true;
        }
        if (term instanceof Pow p) return p.exp() instanceof Num && p.base() instanceof Sym s && !s.equals(x);
        return term instanceof Sym s && !s.equals(x);
    }

    private boolean pushIfMissing(Expr e, Deque<Expr> stack) {
        if (known(e) != null) return false;
        stack.push(e);
        return true;
    }

    /** The rule for one node; the derivatives of its operands are known. */
    private Expr rule(Expr node) {
        return switch (node.kind()) {
            case NUM, SYM -> known(node);
            case ADD -> sum((Add) node);
            case MUL -> product((Mul) node);
            case POW -> power(node, ((Pow) node).base(), ((Pow) node).exp());
            case CALL -> chain((Call) node);
        };
    }

    /** d(c + Σ cᵢ tᵢ) = Σ cᵢ dtᵢ. */
    private Expr sum(Add a) {
        List<Expr> terms = new ArrayList<>(a.size());
        for (int i = 0; i < a.size(); i++) {
            if (plainlyConstant(a.term(i))) continue;
            Expr dt = known(a.term(i));
            if (!dt.isZero()) terms.add(Expr.mul(a.coef(i), dt));
        }
        return Expr.add(terms);
    }

    /** d(c Π fᵢ) = c Σᵢ dfᵢ Π_{j≠i} fⱼ, where fᵢ = baseᵢ^expᵢ. */
    private Expr product(Mul m) {
        int n = m.size();
        List<Expr> terms = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            Expr df = m.exp(i).isOne() ? known(m.base(i)) : power(null, m.base(i), m.exp(i));
            if (!df.isZero()) terms.add(m.withFactorReplaced(i, df));
        }
        return Expr.add(terms);
    }

    /**
     * d(u^v): with v constant the power rule v u^(v-1) u'; with u constant u^v log(u) v';
     * otherwise u^v (v' log u + v u'/u), which covers x^x.
     */
    private Expr power(Expr node, Expr u, Expr v) {
        Expr du = known(u), dv = known(v);
        if (dv.isZero()) {
            if (du.isZero()) return Num.ZERO;
            Expr lower = v instanceof Num k ? Expr.pow(u, lessOne(k)) : Expr.pow(u, Expr.sub(v, Num.ONE));
            return Expr.mul(List.of(v, lower, du));
        }
        Expr uv = node != null ? node : Expr.pow(u, v);
        if (u instanceof Num n && n.signum() <= 0) {
            throw new MathError(Expr.pow(u, v) + " is not a real function of " + x + ": its base is not positive");
        }
        Expr log = Expr.call(Fn.LOG, u);
        if (du.isZero()) return Expr.mul(List.of(uv, log, dv));
        return Expr.mul(uv, Expr.add(Expr.mul(dv, log), Expr.mul(List.of(v, du, Expr.pow(u, -1)))));
    }

    /** k - 1, for a whole k of a few digits (the exponents of expanded terms) without rational arithmetic. */
    private static Num lessOne(Num k) {
        if (!k.isInteger() || k.numerator().bitLength() > 30) return k.sub(Num.ONE);
        int e = k.numerator().intValue() - 1;
        return e >= 0 ? Num.small(e) : Num.of(e);
    }

    /** d f(u) = f'(u) u', with f' from the function table. */
    private Expr chain(Call c) {
        Expr du = known(c.arg());
        if (du.isZero()) return Num.ZERO; // also avoids evaluating f' where it is undefined, e.g. asin'(1)
        return Expr.mul(c.fn().derivative(c.arg()), du);
    }
}
