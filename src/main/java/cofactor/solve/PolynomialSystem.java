package cofactor.solve;

import cofactor.expr.Add;
import cofactor.expr.Expr;
import cofactor.expr.MathError;
import cofactor.expr.Num;
import cofactor.expr.Sym;
import cofactor.guard.Interrupts;
import cofactor.guard.Limits;
import cofactor.poly.Expand;
import cofactor.poly.Factors;
import cofactor.poly.RationalForm;
import edu.jas.arith.BigRational;
import edu.jas.gb.GroebnerBaseSeq;
import edu.jas.poly.ExpVector;
import edu.jas.poly.GenPolynomial;
import edu.jas.poly.GenPolynomialRing;
import edu.jas.poly.Monomial;
import edu.jas.poly.TermOrder;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The real solutions of a system of polynomial equations with rational coefficients, exactly,
 * through a Gröbner basis in lexicographic order (JAS, Buchberger's algorithm). Why a Gröbner
 * basis and not resultants: the lex basis of a system with finitely many solutions is
 * triangular and has exactly its solutions, where eliminating by resultants multiplies the
 * degrees and brings in extraneous roots that must be sorted out again, worse with each
 * equation past two.
 *
 * <p>When the basis is in shape position, {x_1 − g_1(x_n), …, x_{n−1} − g_{n−1}(x_n), h(x_n)},
 * every solution is (g_1(r), …, g_{n−1}(r), r) for a root r of h, real exactly when r is
 * (the g_i have rational coefficients). When it is not (two solutions share x_n, or a root
 * is repeated), a separating variable t = x_1 + c_2·x_2 + … + c_n·x_n is added last, the
 * eliminant h(t) made squarefree (Seidenberg: then the ideal is radical), and the basis taken
 * again: the shape lemma (Gianni, Mora 1989) gives x_i = g_i(t) for a generic choice of c.
 */
public final class PolynomialSystem {
    private static final BigRational QQ = new BigRational();

    /** The real solutions, each a list of values in the order of the variables, and how many are not real. */
    public record Solutions(List<List<Expr>> real, int complex) {}

    private final List<Sym> vars;
    private final Limits limits;

    private PolynomialSystem(List<Sym> vars, Limits limits) {
        this.vars = vars;
        this.limits = limits;
    }

    /**
     * The real solutions of e_i = 0, each e_i over one denominator and its numerator taken.
     * Throws MathError when a numerator is no polynomial with rational coefficients or the solutions are infinitely many.
     */
    public static Solutions solve(List<Expr> equations, List<Sym> vars, Limits limits) {
        List<Expr> numerators = new ArrayList<>();
        for (Expr e : equations) numerators.add(Equation.numerator(RationalForm.together(e, limits)));
        return new PolynomialSystem(vars, limits).solve(numerators);
    }

    private Solutions solve(List<Expr> equations) {
        int n = vars.size();
        GenPolynomialRing<BigRational> ring = ring(n);
        List<GenPolynomial<BigRational>> ps = new ArrayList<>();
        for (Expr e : equations) ps.add(toJas(e, ring));
        List<GenPolynomial<BigRational>> gb = new GroebnerBaseSeq<BigRational>().GB(ps);
        if (gb.size() == 1 && gb.get(0).isConstant()) return new Solutions(List.of(), 0);
        List<Expr> shape = shape(gb, n);
        if (shape != null) return solutions(shape, vars.get(n - 1), n, false);
        for (int attempt = 1; attempt <= 6; attempt++) {
            Interrupts.check();
            List<Expr> separated = separated(ps, n, attempt);
            if (separated != null) return solutions(separated, Sym.of("t"), n, true);
        }
        throw new MathError("solve", "the system has infinitely many solutions, or none that a separating variable finds: "
                + "give as many independent equations as variables");
    }

    /** x_i = g_i(t) for the added t = x_1 + c·x_2 + c^2·x_3 + …, with the squarefree eliminant; null when the basis is not in shape position. */
    private List<Expr> separated(List<GenPolynomial<BigRational>> ps, int n, int c) {
        GenPolynomialRing<BigRational> ring = ring(n + 1);
        List<GenPolynomial<BigRational>> with = new ArrayList<>();
        for (GenPolynomial<BigRational> p : ps) with.add(lift(p, ring)); // the new variable is the last, smallest one
        GenPolynomial<BigRational> t = variable(ring, n);
        BigInteger weight = BigInteger.ONE;
        for (int i = 0; i < n; i++) {
            t = t.subtract(variable(ring, i).multiply(rational(Num.of(weight))));
            weight = weight.multiply(BigInteger.valueOf(c + 1));
        }
        with.add(t);
        List<GenPolynomial<BigRational>> gb = new GroebnerBaseSeq<BigRational>().GB(with);
        GenPolynomial<BigRational> h = univariate(gb, n + 1);
        if (h == null) return null;
        with.add(squarefree(h));
        gb = new GroebnerBaseSeq<BigRational>().GB(with);
        return shape(gb, n + 1);
    }

    /** The basis as the expressions g_1, …, g_{m−1}, h when it is {x_i − g_i(x_m)} ∪ {h(x_m)}, else null. */
    private List<Expr> shape(List<GenPolynomial<BigRational>> gb, int m) {
        if (gb.size() != m) return null;
        Expr[] out = new Expr[m];
        Sym last = m > vars.size() ? Sym.of("t") : vars.get(m - 1);
        for (GenPolynomial<BigRational> basis : gb) {
            GenPolynomial<BigRational> p = basis.monic();
            int top = topVariable(p, m);
            if (top == m || out[top] != null) return null;
            if (top == m - 1) {
                out[top] = toExpr(p, last, m);
                continue;
            }
            // x_i − g_i(x_m): the lead is x_i alone and the rest is in x_m only
            ExpVector lead = p.leadingExpVector();
            if (lead.getVal(top) != 1 || lead.totalDeg() != 1) return null;
            GenPolynomial<BigRational> rest = p.subtract(variable(p.ring, top));
            if (!rest.isZERO() && !rest.isConstant() && topVariable(rest, m) != m - 1) return null;
            out[top] = Expr.neg(toExpr(rest, last, m));
        }
        return List.of(out);
    }

    private static GenPolynomial<BigRational> variable(GenPolynomialRing<BigRational> ring, int i) {
        return new GenPolynomial<>(ring, QQ.getONE(), ExpVector.create(ring.nvar, i, 1));
    }

    /** p in a ring with one more variable, the smallest, at the last position. */
    private static GenPolynomial<BigRational> lift(GenPolynomial<BigRational> p, GenPolynomialRing<BigRational> ring) {
        GenPolynomial<BigRational> out = ring.getZERO();
        for (Monomial<BigRational> t : p) {
            long[] e = new long[ring.nvar];
            for (int i = 0; i < ring.nvar - 1; i++) e[i] = t.exponent().getVal(i);
            out = out.sum(new GenPolynomial<>(ring, t.coefficient(), ExpVector.create(e)));
        }
        return out;
    }

    /** The real solutions from a shape basis: (g_1(r), …, g_n(r)) for each real root r of h in the last variable s. */
    private Solutions solutions(List<Expr> shape, Sym s, int n, boolean separatingVariable) {
        Expr h = shape.get(shape.size() - 1);
        Roots roots = Roots.of(h, s, limits);
        List<List<Expr>> out = new ArrayList<>();
        for (Roots.Root r : roots.real()) {
            List<Expr> point = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                Expr g = i < shape.size() - 1 ? shape.get(i) : s;
                point.add(Expand.of(cofactor.expr.Rewrite.subs(g, Map.of(s, r.value())), limits));
            }
            out.add(point);
        }
        return new Solutions(out, roots.degree() - roots.real().stream().mapToInt(Roots.Root::multiplicity).sum());
    }

    // ---- JAS
    /** Variables x_1 > … > x_m in lex order; JAS names them in reverse and puts exponent i at position i. */
    private static GenPolynomialRing<BigRational> ring(int m) {
        String[] names = new String[m];
        for (int i = 0; i < m; i++) names[i] = "v" + (m - 1 - i);
        return new GenPolynomialRing<>(QQ, new TermOrder(TermOrder.INVLEX), names);
    }

    /** The smallest index of a variable in p (the highest in the order), m when p is constant. */
    private static int topVariable(GenPolynomial<BigRational> p, int m) {
        int top = m;
        for (Monomial<BigRational> t : p) for (int i = 0; i < m; i++) if (t.exponent().getVal(i) > 0) top = Math.min(top, i);
        return top;
    }

    private static GenPolynomial<BigRational> univariate(List<GenPolynomial<BigRational>> gb, int m) {
        for (GenPolynomial<BigRational> p : gb) if (topVariable(p, m) == m - 1) return p;
        return null;
    }

    private static GenPolynomial<BigRational> squarefree(GenPolynomial<BigRational> h) {
        return edu.jas.ufd.SquarefreeFactory.getImplementation(QQ).squarefreePart(h);
    }

    private GenPolynomial<BigRational> toJas(Expr e, GenPolynomialRing<BigRational> ring) {
        Expr expanded = Expand.of(e, limits);
        GenPolynomial<BigRational> out = ring.getZERO();
        if (expanded instanceof Add a) {
            out = out.sum(new GenPolynomial<>(ring, rational(a.constant()), ExpVector.create(new long[vars.size()])));
            for (int i = 0; i < a.size(); i++) out = out.sum(monomial(a.term(i), a.coef(i), ring, e));
        } else {
            out = monomial(expanded, Num.ONE, ring, e);
        }
        return out;
    }

    private GenPolynomial<BigRational> monomial(Expr term, Num coef, GenPolynomialRing<BigRational> ring, Expr whole) {
        long[] exps = new long[vars.size()];
        Expr rest = term;
        for (Map.Entry<Expr, BigInteger> f : Factors.wholePowers(term).entrySet()) {
            int i = vars.indexOf(f.getKey());
            if (i < 0) continue;
            if (f.getValue().signum() < 0) throw notPolynomial(whole);
            exps[i] = f.getValue().longValueExact();
            rest = Expr.mul(rest, Expr.pow(f.getKey(), Num.of(f.getValue().negate())));
        }
        if (!(rest instanceof Num k)) throw notPolynomial(whole);
        return new GenPolynomial<>(ring, rational(coef.mul(k)), ExpVector.create(exps));
    }

    private static BigRational rational(Num n) {
        Num q = n.printedValue();
        return new BigRational(new edu.jas.arith.BigInteger(q.numerator())).divide(new BigRational(new edu.jas.arith.BigInteger(q.denominator())));
    }

    private MathError notPolynomial(Expr e) {
        return new MathError("solve", e + " is not a polynomial in " + vars + " with number coefficients");
    }

    private Expr toExpr(GenPolynomial<BigRational> p, Sym last, int m) {
        List<Expr> terms = new ArrayList<>();
        for (Monomial<BigRational> t : p) {
            BigRational c = t.coefficient();
            Expr term = Num.rational(c.numerator(), c.denominator());
            for (int i = 0; i < m; i++) {
                long k = t.exponent().getVal(i);
                if (k > 0) term = Expr.mul(term, Expr.pow(i == m - 1 ? last : vars.get(i), k));
            }
            terms.add(term);
        }
        return Expr.add(terms);
    }
}
