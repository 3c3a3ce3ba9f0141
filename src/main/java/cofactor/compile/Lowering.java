package cofactor.compile;

import cofactor.expr.Add;
import cofactor.expr.Call;
import cofactor.expr.Cancel;
import cofactor.expr.Expr;
import cofactor.expr.Mul;
import cofactor.expr.Order;
import cofactor.expr.Num;
import cofactor.expr.Pow;
import cofactor.expr.Sym;
import java.math.BigInteger;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Lowers canonical expressions onto a {@link Tape}. Each distinct subexpression
 * (by the nodes' structural equality and cached hashes) is lowered once; the
 * traversal is iterative, so deep expressions do not overflow the stack.
 * Exact numbers and the constants pi and E become double constants; integer
 * powers become multiplications, half-integer powers square roots; a product's
 * negative powers are collected into one denominator.
 */
final class Lowering {
    private final Tape tape;
    private final Map<Sym, Integer> bindings;
    private final Map<Expr, Integer> memo = new HashMap<>();

    /** {@code bindings} maps each variable to its tape node (an ARG, or any node when lowering a derivative rule). */
    Lowering(Tape tape, Map<Sym, Integer> bindings) {
        this.tape = tape;
        this.bindings = bindings;
    }

    int lower(Expr root) {
        Deque<Expr> stack = new ArrayDeque<>();
        stack.push(root);
        int steps = 0;
        while (!stack.isEmpty()) {
            if ((++steps & 0xFFF) == 0) Cancel.check();
            Expr e = stack.peek();
            if (memo.containsKey(e)) { stack.pop(); continue; }
            boolean ready = true;
            for (Expr child : children(e)) {
                if (!memo.containsKey(child)) { stack.push(child); ready = false; }
            }
            if (ready) {
                stack.pop();
                memo.put(e, emit(e));
            } else if (e instanceof Add) {
                // the last pushed is lowered first: reverse the pushed run so terms are lowered in sum order
                List<Expr> run = new ArrayList<>();
                while (stack.peek() != e) run.add(stack.pop());
                for (Expr t : run) stack.push(t);
            }
        }
        return memo.get(root);
    }

    /** The operands lowered as nodes of their own (numeric exponents are used directly). */
    private static List<Expr> children(Expr e) {
        switch (e.kind()) {
            case NUM: case SYM: return List.of();
            case CALL: return List.of(((Call) e).arg());
            case POW: {
                Pow p = (Pow) e;
                return p.exp() instanceof Num ? List.of(p.base()) : List.of(p.base(), p.exp());
            }
            case MUL: {
                Mul m = (Mul) e;
                List<Expr> out = new ArrayList<>(m.size());
                for (int i = 0; i < m.size(); i++) {
                    out.add(m.base(i));
                    if (!(m.exp(i) instanceof Num)) out.add(m.exp(i));
                }
                return out;
            }
            case ADD: return termsInFactorOrder((Add) e);
        }
        throw new AssertionError(e.kind());
    }

    /**
     * A sum's terms sorted lexicographically by their factors: terms that share
     * leading factors (a determinant's a11·a22·…) come together, so a shared
     * partial product is computed just before the terms that use it and its
     * value stays local in the generated code.
     */
    private static List<Expr> termsInFactorOrder(Add s) {
        List<Expr> terms = new ArrayList<>(s.size());
        for (int i = 0; i < s.size(); i++) terms.add(s.term(i));
        if (terms.size() > 2) terms.sort(Lowering::compareFactors);
        return terms;
    }

    private static int compareFactors(Expr a, Expr b) {
        int n = factors(a), m = factors(b);
        for (int i = 0; i < Math.min(n, m); i++) {
            int c = Order.compare(base(a, i), base(b, i));
            if (c == 0) c = Order.compare(exponent(a, i), exponent(b, i));
            if (c != 0) return c;
        }
        return Integer.compare(n, m);
    }

    private static int factors(Expr e) { return e instanceof Mul m ? m.size() : 1; }
    private static Expr base(Expr e, int i) { return e instanceof Mul m ? m.base(i) : e instanceof Pow p ? p.base() : e; }
    private static Expr exponent(Expr e, int i) { return e instanceof Mul m ? m.exp(i) : e instanceof Pow p ? p.exp() : Num.ONE; }

    private int emit(Expr e) {
        switch (e.kind()) {
            case NUM: return tape.constant(((Num) e).doubleValue());
            case SYM: {
                Sym s = (Sym) e;
                if (s.isConstant()) return tape.constant(s.constantValue());
                Integer bound = bindings.get(s);
                if (bound == null) throw new CompileError("the expression has free symbols not among the variables: " + s.name());
                return bound;
            }
            case CALL: {
                Call c = (Call) e;
                return tape.call(c.fn(), memo.get(c.arg()));
            }
            case POW: {
                Pow p = (Pow) e;
                return power(memo.get(p.base()), p.exp(), false);
            }
            case MUL: return product((Mul) e);
            case ADD: return sum((Add) e);
        }
        throw new AssertionError(e.kind());
    }

    /** constant + Σ coef·term, summed pairwise in factor order, negative coefficients subtracting; constant terms (pi) fold. */
    private int sum(Add s) {
        int[] terms = new int[s.size() + 1];
        boolean[] negative = new boolean[s.size() + 1];
        int count = 0;
        double constant = s.constant().doubleValue();
        Map<Expr, Num> coefs = new HashMap<>();
        for (int i = 0; i < s.size(); i++) coefs.put(s.term(i), s.coef(i));
        for (Expr term : termsInFactorOrder(s)) {
            double c = coefs.get(term).doubleValue();
            int t = memo.get(term);
            if (tape.isConst(t)) { constant += c * tape.value(t); continue; }
            terms[count] = Math.abs(c) == 1.0 ? t : tape.mul(tape.constant(Math.abs(c)), t);
            negative[count++] = c < 0;
        }
        if (constant != 0) { terms[count] = tape.constant(Math.abs(constant)); negative[count++] = constant < 0; }
        return tape.sum(terms, negative, count);
    }

    /** coef · Π base^exp, with the factors of negative exponent divided out once at the end; constant factors (pi) fold. */
    private int product(Mul m) {
        int numerator = -1, denominator = -1;
        double coef = m.coef().doubleValue();
        for (int i = 0; i < m.size(); i++) {
            Expr exp = m.exp(i);
            boolean inverse = exp instanceof Num n && n.signum() < 0;
            int f = power(memo.get(m.base(i)), exp, inverse);
            if (tape.isConst(f)) coef = inverse ? coef / tape.value(f) : coef * tape.value(f);
            else if (inverse) denominator = denominator < 0 ? f : tape.mul(denominator, f);
            else numerator = numerator < 0 ? f : tape.mul(numerator, f);
        }
        numerator = numerator < 0 ? tape.constant(coef) : tape.mul(tape.constant(coef), numerator);
        return denominator < 0 ? numerator : tape.div(numerator, denominator);
    }

    /**
     * base^exp; with {@code inverse} (a negative numeric exponent) the result is
     * base^|exp|, to be divided by. Integers multiply, halves take one square root.
     */
    private int power(int base, Expr exp, boolean inverse) {
        if (!(exp instanceof Num n)) return tape.pow(base, memo.get(exp));
        if (inverse) n = n.negate();
        if (n.isExact()) {
            BigInteger p = n.numerator(), q = n.denominator();
            if (q.equals(BigInteger.ONE) && p.bitLength() < 31 && p.intValue() <= Tape.MAX_MULTIPLIED_POWER) {
                return tape.powi(base, p.intValue());
            }
            if (q.equals(BigInteger.TWO) && p.bitLength() < 31 && p.abs().intValue() <= Tape.MAX_MULTIPLIED_POWER) {
                // b^(p/2) = b^((p-1)/2) · sqrt(b): one rounding fewer than sqrt(b)^p
                int k = p.intValue();
                int root = tape.sqrt(base);
                int r = k > 0 ? tape.mul(tape.powi(base, (k - 1) / 2), root) : tape.mul(tape.powi(base, (-k - 1) / 2), root);
                return k > 0 ? r : tape.div(tape.constant(1), r);
            }
        }
        return tape.pow(base, tape.constant(n.doubleValue()));
    }
}
