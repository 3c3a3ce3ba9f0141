package cofactor.poly;

import cofactor.expr.Add;
import cofactor.expr.Call;
import cofactor.expr.Expr;
import cofactor.expr.Mul;
import cofactor.expr.Num;
import cofactor.expr.Pow;
import cofactor.expr.ShellSort;
import cofactor.guard.Limits;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Expressions to polynomials over kernels, in two passes. {@link #plan} splits
 * sums, products and positive integer powers down to kernels — symbols, calls
 * (their arguments expanded), and other powers: {@code x^(-2)} is the kernel
 * {@code x^(-1)} squared, {@code x^(3/2)} is {@code x^(1/2)} cubed — and
 * estimates, without expanding, each part's exponent bounds and number of terms,
 * refusing work over the limit. {@link #toPoly} then computes in a {@link Ring}
 * sized from those bounds. One converter can plan several expressions (the
 * entries of a matrix) so that they share kernel numbers.
 */
public final class Converter {
    /** Exponents of a kernel up to this pack into a ring's bit fields. */
    public static final int MAX_EXPONENT = 1 << 30;

    private final Limits limits;
    private final List<Expr> kernels = new ArrayList<>();
    private final Map<Expr, Integer> kernelIds = new HashMap<>();
    private final Map<Expr, Plan> memo = new HashMap<>();
    private long[] scratch = new long[16]; // per kernel id, zero between uses

    public Converter(Limits limits) { this.limits = limits; }

    /** What a (sub)expression is as a polynomial, with its exponent bounds and an estimate of its terms. */
    public static final class Plan {
        enum Kind { CONST, VAR, SUM, PROD, POW }

        final Kind kind;
        Num value;            // CONST: the number; SUM: the constant; PROD: the coefficient
        int var, exp;         // VAR: kernel id and exponent; POW: exp
        Plan[] parts;         // SUM: terms; PROD: factors; POW: [base]
        Num[] coefs;          // SUM
        int[] vars = {};      // kernel ids, ascending
        int[] degs = {};      // exponent bound of each
        double terms;         // estimated number of terms
        boolean inexact;      // a double among the coefficients

        Plan(Kind kind) { this.kind = kind; }

        public double terms() { return terms; }
        public boolean inexact() { return inexact; }

        /** The exponent bound of kernel id, 0 if absent. */
        public int degree(int id) {
            int k = Arrays.binarySearch(vars, id);
            return k < 0 ? 0 : degs[k];
        }

        public int[] kernelIds() { return vars.clone(); }
    }

    public Expr kernel(int id) { return kernels.get(id); }
    public int kernelCount() { return kernels.size(); }

    // ---- pass 1: plan
    public Plan plan(Expr e) {
        Plan p = memo.get(e);
        if (p != null) return p;
        p = switch (e.kind()) {
            case NUM -> constant((Num) e);
            case SYM -> var(e, 1);
            case ADD -> sum((Add) e);
            case MUL -> product((Mul) e);
            case POW -> power((Pow) e);
            case CALL -> {
                Call c = (Call) e;
                Expr r = Call.of(c.fn(), Expand.of(c.arg(), limits));
                yield r.equals(e) ? var(e, 1) : plan(r);
            }
        };
        limits.checkTerms(p.terms);
        // A product's plan is cheap to rebuild from its memoized factors; keeping the
        // terms of a huge expanded sum out of the memo keeps the memo small and fast.
        if (!(e instanceof Mul)) memo.put(e, p);
        return p;
    }

    private static Plan constant(Num n) {
        Plan p = new Plan(Plan.Kind.CONST);
        p.value = n;
        p.terms = n.isZero() ? 0 : 1;
        p.inexact = !n.isExact();
        return p;
    }

    private Plan var(Expr kernel, int exp) {
        Integer id = kernelIds.get(kernel);
        if (id == null) {
            id = kernels.size();
            kernels.add(kernel);
            kernelIds.put(kernel, id);
        }
        Plan p = new Plan(Plan.Kind.VAR);
        p.var = id;
        p.exp = exp;
        p.vars = new int[] {id};
        p.degs = new int[] {exp};
        p.terms = 1;
        return p;
    }

    private Plan sum(Add a) {
        Plan p = new Plan(Plan.Kind.SUM);
        p.value = a.constant();
        p.parts = new Plan[a.size()];
        p.coefs = new Num[a.size()];
        p.terms = a.constant().isZero() ? 0 : 1;
        p.inexact = !a.constant().isExact();
        for (int i = 0; i < a.size(); i++) {
            Plan t = plan(a.term(i));
            p.parts[i] = t;
            p.coefs[i] = a.coef(i);
            p.terms += t.terms;
            p.inexact |= t.inexact || !a.coef(i).isExact();
        }
        setDegrees(p, true);
        return p;
    }

    private Plan product(Mul m) {
        Plan p = new Plan(Plan.Kind.PROD);
        p.value = m.coef();
        p.parts = new Plan[m.size()];
        p.terms = 1;
        p.inexact = !m.coef().isExact();
        for (int i = 0; i < m.size(); i++) {
            Plan f = plan(m.factor(i));
            p.parts[i] = f;
            p.terms *= f.terms;
            p.inexact |= f.inexact;
        }
        setDegrees(p, false);
        return p;
    }

    /** The parts' exponent bounds combined: the largest (a sum) or the total (a product). */
    private void setDegrees(Plan p, boolean max) {
        if (scratch.length < kernels.size()) scratch = new long[Math.max(kernels.size(), 2 * scratch.length)];
        int[] touched = new int[8];
        int nt = 0;
        for (Plan part : p.parts) {
            for (int k = 0; k < part.vars.length; k++) {
                int id = part.vars[k];
                if (scratch[id] == 0) {
                    if (nt == touched.length) touched = Arrays.copyOf(touched, 2 * nt);
                    touched[nt++] = id;
                }
                scratch[id] = max ? Math.max(scratch[id], part.degs[k]) : scratch[id] + part.degs[k];
            }
        }
        int[] vars = Arrays.copyOf(touched, nt);
        ShellSort.sort(vars, nt);
        p.vars = vars;
        p.degs = new int[nt];
        for (int i = 0; i < nt; i++) {
            long d = scratch[vars[i]];
            scratch[vars[i]] = 0;
            if (d > MAX_EXPONENT) throw new cofactor.expr.MathError("exponent too large to expand: " + d);
            p.degs[i] = (int) d;
        }
        p.terms = Math.min(p.terms, box(p.degs));
    }

    private Plan power(Pow pw) {
        Expr b = pw.base();
        if (pw.exp() instanceof Num k && k.isExact()) {
            if (k.isInteger() && k.signum() > 0) {
                int n = k.intValueExact("expand: the exponent");
                Plan base = plan(b);
                if (base.kind == Plan.Kind.VAR) return var(kernels.get(base.var), mulDegree(base.exp, n));
                Plan p = new Plan(Plan.Kind.POW);
                p.exp = n;
                p.parts = new Plan[] {base};
                p.inexact = base.inexact;
                p.vars = base.vars;
                p.degs = new int[base.vars.length];
                for (int i = 0; i < p.degs.length; i++) p.degs[i] = mulDegree(base.degs[i], n);
                p.terms = Math.min(Poly.compositions(n, (int) Math.min(base.terms, 1 << 30)), box(p.degs));
                limits.checkTerms(p.terms); // the count first: it names the option that raises it
                // Multinomial coefficients grow to about n·log2(t) bits each: (x+1)^100000 has few terms but 1.2 GB of digits.
                double bytes = p.terms * n * Math.log(Math.max(2, base.terms)) / Math.log(2) / 8;
                if (bytes > 1e9) {
                    throw new cofactor.expr.MathError(String.format("the coefficients of the result would take about %.1f GB", bytes / 1e9));
                }
                return p;
            }
            // b^(p/q) = (b^(±1/q))^|p|: the kernel is the root (or reciprocal) of the expanded base.
            Expr base = Expand.of(b, limits);
            Num unit = Num.rational(BigInteger.valueOf(k.signum()), k.denominator());
            Expr root = Expr.pow(base, unit);
            if (k.numerator().bitLength() > 31) throw new cofactor.expr.MathError("exponent too large to expand: " + k);
            int times = k.numerator().abs().intValueExact();
            if (root instanceof Pow r && r.base().equals(base) && r.exp().equals(unit)) return var(root, times);
            Expr again = Expr.pow(root, times);
            return again.equals(pw) ? var(pw, 1) : plan(again);
        }
        Expr r = Expr.pow(Expand.of(b, limits), Expand.of(pw.exp(), limits));
        return r.equals(pw) ? var(pw, 1) : plan(r);
    }

    private static int mulDegree(int d, int n) {
        long s = (long) d * n;
        if (s > MAX_EXPONENT) throw new cofactor.expr.MathError("exponent too large to expand: " + s);
        return (int) s;
    }

    /** Π (deg + 1): no polynomial with these exponent bounds has more terms. */
    static double box(int[] degs) {
        double b = 1;
        for (int d : degs) b *= d + 1.0;
        return b;
    }

    // ---- rings
    /** The ring of one plan's kernels and bounds. */
    public Ring ring(Plan p) { return ring(p.vars, p.degs); }

    /** A ring over kernel ids with given exponent bounds. */
    public Ring ring(int[] ids, int[] degs) {
        Expr[] ks = new Expr[ids.length];
        for (int i = 0; i < ids.length; i++) ks[i] = kernels.get(ids[i]);
        return new Ring(ks, degs);
    }

    // ---- pass 2: compute
    /** The polynomial of a plan, in a ring that holds its kernels and bounds; inexact puts every coefficient in doubles. */
    public Poly toPoly(Plan p, Ring ring, boolean inexact) {
        return new Evaluation(ring, inexact).eval(p);
    }

    private final class Evaluation {
        final Ring ring;
        final boolean inexact;
        final Map<Plan, Poly> done = new IdentityHashMap<>();
        final int[] ringIndex; // kernel id → position in the ring (-1: absent)

        Evaluation(Ring ring, boolean inexact) {
            this.ring = ring;
            this.inexact = inexact;
            ringIndex = new int[kernels.size()];
            for (int id = 0; id < ringIndex.length; id++) ringIndex[id] = ring.indexOf(kernels.get(id));
        }

        Poly constant(Num n) { return ring.constant(inexact ? Num.real(n.doubleValue()) : n); }

        Poly eval(Plan p) {
            Poly r = done.get(p);
            if (r != null) return r;
            r = switch (p.kind) {
                case CONST -> constant(p.value);
                case VAR -> {
                    int v = ringIndex[p.var];
                    if (v < 0) throw new IllegalStateException("kernel outside the ring: " + kernels.get(p.var));
                    yield ring.power(v, p.exp, inexact);
                }
                case SUM -> {
                    // Monomial terms (an already expanded sum) go straight into one accumulator.
                    List<Poly> terms = new ArrayList<>();
                    List<long[]> monos = new ArrayList<>();
                    List<Num> monoCoefs = new ArrayList<>();
                    if (!p.value.isZero()) terms.add(constant(p.value));
                    for (int i = 0; i < p.parts.length; i++) {
                        long[] m = monomial(p.parts[i]);
                        if (m == null) terms.add(scale(eval(p.parts[i]), p.coefs[i]));
                        else {
                            monos.add(m);
                            monoCoefs.add(p.parts[i].kind == Plan.Kind.PROD ? p.coefs[i].mul(p.parts[i].value) : p.coefs[i]);
                        }
                    }
                    if (!monos.isEmpty()) terms.add(sumOfMonomials(monos, monoCoefs));
                    yield sum(terms);
                }
                case PROD -> {
                    Poly[] fs = new Poly[p.parts.length];
                    for (int i = 0; i < fs.length; i++) fs[i] = eval(p.parts[i]);
                    Arrays.sort(fs, (a, b) -> Integer.compare(a.size, b.size)); // small factors first
                    Poly acc = constant(p.value);
                    for (Poly f : fs) acc = acc.times(f);
                    yield acc;
                }
                case POW -> eval(p.parts[0]).pow(p.exp);
            };
            done.put(p, r);
            return r;
        }

        /** The packed monomial of a plan that is a kernel power or a product of them, else null. */
        long[] monomial(Plan p) {
            if (p.kind != Plan.Kind.VAR && p.kind != Plan.Kind.PROD) return null;
            Plan[] vars = p.kind == Plan.Kind.VAR ? new Plan[] {p} : p.parts;
            for (Plan v : vars) if (v.kind != Plan.Kind.VAR) return null;
            long[] m = new long[ring.words];
            for (Plan v : vars) ring.addExponent(m, 0, ringIndex[v.var], v.exp);
            return m;
        }

        Poly sumOfMonomials(List<long[]> monos, List<Num> coefs) {
            Accumulator acc = new Accumulator(ring, inexact, monos.size());
            BigInteger l = BigInteger.ONE;
            if (!inexact) for (Num c : coefs) l = Poly.lcm(l, c.denominator());
            for (int i = 0; i < monos.size(); i++) {
                Num c = coefs.get(i);
                if (inexact) acc.add(monos.get(i), 0, c.doubleValue());
                else acc.add(monos.get(i), 0, c.numerator().multiply(l.divide(c.denominator())));
            }
            return acc.finish().withDen(l);
        }

        Poly scale(Poly a, Num c) {
            if (c.isOne() && c.isExact()) return a;
            return a.times(constant(c));
        }

        /** The sum of many polynomials in one accumulator (over their common denominator). */
        Poly sum(List<Poly> ps) {
            if (ps.size() == 1) return ps.get(0);
            Accumulator acc = new Accumulator(ring, inexact);
            BigInteger l = BigInteger.ONE;
            if (!inexact) for (Poly q : ps) l = Poly.lcm(l, q.den);
            for (Poly q : ps) acc.addScaled(q, inexact ? BigInteger.ONE : l.divide(q.den), 1.0);
            return acc.finish().withDen(l);
        }
    }
}
