package cofactor.compile;

import cofactor.expr.Add;
import cofactor.expr.Call;
import cofactor.expr.Expr;
import cofactor.expr.Mul;
import cofactor.expr.Num;
import cofactor.expr.Pow;
import cofactor.expr.Sym;
import cofactor.guard.Interrupts;
import java.math.BigInteger;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
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
            if ((++steps & 0xFFF) == 0) Interrupts.check();
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
            case MUL: return factors((Mul) e);
            case ADD: { // a sum is lowered from its terms' factors (see Horner), each once
                java.util.Set<Expr> out = new java.util.LinkedHashSet<>();
                Add sum = (Add) e;
                for (int i = 0; i < sum.size(); i++) {
                    if ((i & 0x3FF) == 0x3FF) Interrupts.check(); // an expanded sum has up to millions of terms
                    Expr term = sum.term(i);
                    if (term instanceof Mul m) out.addAll(factors(m));
                    else if (term instanceof Pow) out.addAll(children(term));
                    else out.add(term);
                }
                return new ArrayList<>(out);
            }
        }
        throw new AssertionError(e.kind());
    }

    private static List<Expr> factors(Mul m) {
        List<Expr> out = new ArrayList<>(m.size());
        for (int i = 0; i < m.size(); i++) {
            out.add(m.base(i));
            if (!(m.exp(i) instanceof Num)) out.add(m.exp(i));
        }
        return out;
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

    /** constant + Σ coef·term by a multivariate Horner scheme over the terms' factors; constant factors (pi) fold. */
    private int sum(Add s) {
        List<Horner.Term> terms = new ArrayList<>(s.size());
        double constant = s.constant().doubleValue();
        for (int i = 0; i < s.size(); i++) {
            if ((i & 0x3FF) == 0x3FF) Interrupts.check();
            Horner.Term t = term(s.coef(i).doubleValue(), s.term(i));
            if (t.factor().length == 0) constant += t.coef();
            else terms.add(t);
        }
        return new Horner(tape).sum(terms, constant);
    }

    /**
     * coef·term as coefficient × Π node^power: a factor with a whole positive
     * exponent keeps its base and exponent, so Horner can take it out; any other
     * factor is one node (a reciprocal for a negative exponent).
     */
    private Horner.Term term(double coef, Expr term) {
        int n = factors(term);
        long[] factors = new long[n]; // node << 32 | power, to sort by node
        int count = 0;
        for (int i = 0; i < n; i++) {
            int base = memo.get(base(term, i));
            Expr exp = exponent(term, i);
            int node, power;
            if (exp instanceof Num k && k.isExact() && k.signum() > 0 && k.denominator().equals(BigInteger.ONE)
                    && k.numerator().bitLength() < 31 && k.numerator().intValue() <= Tape.MAX_MULTIPLIED_POWER) {
                node = base;
                power = k.numerator().intValue();
            } else {
                boolean inverse = exp instanceof Num k && k.signum() < 0;
                node = power(base, exp, inverse);
                if (inverse) node = tape.div(tape.constant(1), node);
                power = 1;
            }
            if (tape.isConst(node)) coef *= Math.pow(tape.value(node), power);
            else factors[count++] = (long) node << 32 | power;
        }
        if (term instanceof Mul m) coef *= m.coef().doubleValue();
        Arrays.sort(factors, 0, count);
        int[] factor = new int[count], power = new int[count];
        int k = 0;
        for (int i = 0; i < count; i++) {
            int node = (int) (factors[i] >>> 32), p = (int) factors[i];
            if (k > 0 && factor[k - 1] == node) power[k - 1] += p; // two factors may lower to one node
            else { factor[k] = node; power[k++] = p; }
        }
        return new Horner.Term(coef, Arrays.copyOf(factor, k), Arrays.copyOf(power, k));
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
                // b^(|p|/2) stays one node, which the emitter writes as b^((|p|-1)/2)·sqrt(b) (see Emitter.halfPower):
                // as a product its reverse-mode derivative at b = 0 would be 0·(1/sqrt 0) = NaN instead of 0
                int r = tape.pow(base, tape.constant(Math.abs(p.intValue()) / 2.0));
                return p.signum() > 0 ? r : tape.div(tape.constant(1), r);
            }
        }
        return tape.pow(base, tape.constant(n.doubleValue()));
    }
}
