package cofactor.poly;

import cofactor.expr.Add;
import cofactor.expr.Expr;
import cofactor.expr.Mul;
import cofactor.expr.Num;
import cofactor.expr.Pow;
import cofactor.expr.Rewrite;
import cofactor.guard.Interrupts;
import cofactor.guard.Limits;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Expressions as rational functions over their kernels, in the normal form of
 * {@link RationalFunction}: sums, products and integer powers (negative ones too) are
 * arithmetic of rational functions; what has no denominator in it is a polynomial that
 * {@link Converter} takes apart into kernels (symbols, calls with their arguments
 * expanded, roots), as {@code expand} does, all in one ring of the expression's kernels.
 *
 * <p>Doubles are taken at their exact binary values, so the arithmetic and the gcds are
 * exact and each coefficient is rounded once, at the end ({@link RationalFunction#toExpr}).
 */
public final class RationalForm {
    final KernelPolys polys;
    final boolean inexact;
    private final Limits limits;

    private RationalForm(KernelPolys polys, boolean inexact, Limits limits) {
        this.polys = polys;
        this.inexact = inexact;
        this.limits = limits;
    }

    /** The normal form of e; refuses (TooLargeError) work over the limits. */
    static RationalFunction of(Expr e, Limits limits) {
        ExactCoefficients exact = new ExactCoefficients();
        Planner planner = new Planner(limits);
        Node plan = planner.plan(exact.apply(e));
        Expr[] kernels = new Expr[planner.converter.kernelCount()];
        for (int i = 0; i < kernels.length; i++) kernels[i] = planner.converter.kernel(i);
        RationalForm field = new RationalForm(new KernelPolys(kernels), exact.inexact, limits);
        return field.new Evaluation(planner.converter).value(plan);
    }

    /** One fraction p/q in lowest terms, numerator and denominator expanded. */
    public static Expr together(Expr e, Limits limits) { return of(e, limits).toExpr(limits); }

    /**
     * Whether e has a denominator: a negative integer power of something other than a
     * number, outside calls and roots (1/x, (x + 1)^-2, y + 1/(x - 1); not sin(1/x), x^(-1/2)).
     */
    public static boolean hasDenominator(Expr e) {
        Deque<Expr> todo = new ArrayDeque<>();
        Set<Expr> seen = new HashSet<>();
        todo.push(e);
        while (!todo.isEmpty()) {
            Expr x = todo.pop();
            if (x instanceof Add a) {
                if (!seen.add(a)) continue;
                for (int i = 0; i < a.size(); i++) todo.push(a.term(i));
            } else if (x instanceof Mul m) {
                if (!seen.add(m)) continue;
                for (int i = 0; i < m.size(); i++) {
                    if (wholeExponent(m.exp(i)) < 0) return true;
                    if (wholeExponent(m.exp(i)) > 0) todo.push(m.base(i));
                }
            } else if (x instanceof Pow p) {
                if (wholeExponent(p.exp()) < 0) return true;
                if (wholeExponent(p.exp()) > 0 && seen.add(p)) todo.push(p.base());
            }
        }
        return false;
    }

    /** The sign of an integer exponent, 0 for any other. */
    private static int wholeExponent(Expr exp) { return exp instanceof Num k && k.isInteger() ? k.signum() : 0; }

    /**
     * The doubles among the coefficients taken at their exact binary values; doubles inside
     * kernels stay (sin(0.1*x) is a kernel and prints as it was).
     */
    private static final class ExactCoefficients {
        boolean inexact;

        Expr apply(Expr e) {
            return Rewrite.leaves(e, ExactCoefficients::arithmetic, leaf -> leaf instanceof Num n && !n.isExact() ? exactValue(n) : leaf);
        }

        /** Sums, products and whole powers: what the normal form takes apart (a kernel stays whole). */
        private static boolean arithmetic(Expr e) {
            return e instanceof Add || e instanceof Mul || e instanceof Pow p && wholeExponent(p.exp()) != 0;
        }

        private Num exactValue(Num n) {
            inexact = true;
            return n.exactValue();
        }
    }

    RationalFunction zero() { return RationalFunction.of(this, polys.zero(), polys.one()); }
    RationalFunction one() { return RationalFunction.of(this, polys.one(), polys.one()); }

    RationalFunction constant(Num c) { return RationalFunction.of(this, polys.constant(c.numerator()), polys.constant(c.denominator())); }

    void checkTerms(double estimate) { limits.checkTerms(estimate); }

    // ---- pass 1: the structure down to polynomials
    private static final class Node {
        enum Kind { POLYNOMIAL, SUM, PRODUCT, POWER }

        final Kind kind;
        Converter.Plan polynomial;
        Node[] parts;
        Num[] coefs;   // SUM
        Num number;    // SUM: the constant; PRODUCT: the coefficient
        int exp;       // POWER

        Node(Kind kind) { this.kind = kind; }
    }

    private static final class Planner {
        final Converter converter;
        final Map<Expr, Node> memo = new HashMap<>();

        Planner(Limits limits) { converter = new Converter(limits); }

        Node plan(Expr e) {
            Node n = memo.get(e);
            if (n != null) return n;
            if (!hasDenominator(e)) {
                n = new Node(Node.Kind.POLYNOMIAL);
                n.polynomial = converter.plan(e);
            } else if (e instanceof Add a) {
                n = new Node(Node.Kind.SUM);
                n.number = a.constant();
                n.parts = new Node[a.size()];
                n.coefs = new Num[a.size()];
                for (int i = 0; i < a.size(); i++) {
                    n.parts[i] = plan(a.term(i));
                    n.coefs[i] = a.coef(i);
                }
            } else if (e instanceof Mul m) {
                n = new Node(Node.Kind.PRODUCT);
                n.number = m.coef();
                n.parts = new Node[m.size()];
                for (int i = 0; i < m.size(); i++) n.parts[i] = plan(m.factor(i));
            } else {
                Pow p = (Pow) e; // the only other node with a denominator: an integer power
                n = new Node(Node.Kind.POWER);
                n.exp = ((Num) p.exp()).intValueExact("together: the exponent");
                n.parts = new Node[] {plan(p.base())};
            }
            memo.put(e, n);
            return n;
        }
    }

    // ---- pass 2: the arithmetic, in the ring of all kernels
    private final class Evaluation {
        final Converter converter;
        final Map<Node, RationalFunction> done = new IdentityHashMap<>();

        Evaluation(Converter converter) { this.converter = converter; }

        RationalFunction value(Node n) {
            RationalFunction r = done.get(n);
            if (r != null) return r;
            Interrupts.check();
            r = switch (n.kind) {
                case POLYNOMIAL -> {
                    Poly p = converter.toPoly(n.polynomial, converter.ring(n.polynomial), false);
                    yield RationalFunction.of(RationalForm.this, polys.fromPoly(p), polys.constant(p.denominator()));
                }
                case SUM -> {
                    RationalFunction s = constant(n.number);
                    for (int i = 0; i < n.parts.length; i++) s = s.plus(value(n.parts[i]).times(constant(n.coefs[i])));
                    yield s;
                }
                case PRODUCT -> {
                    RationalFunction p = constant(n.number);
                    for (Node f : n.parts) p = p.times(value(f));
                    yield p;
                }
                case POWER -> value(n.parts[0]).pow(n.exp);
            };
            done.put(n, r);
            return r;
        }
    }
}
