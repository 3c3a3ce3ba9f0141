package cofactor.matexpr;

import cofactor.calculus.Derivative;
import cofactor.expr.Add;
import cofactor.expr.Call;
import cofactor.expr.Expr;
import cofactor.expr.Find;
import cofactor.expr.Mul;
import cofactor.expr.Num;
import cofactor.expr.Pow;
import cofactor.expr.Sym;
import cofactor.expr.Symbols;
import cofactor.guard.Limits;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The entry-wise operations ({@code .*}, {@code ./}, {@code .^}, {@code exp(X)}, with sums and
 * scalar multiples) are the scalar algebra done at every entry at once, so their canonical form
 * is {@code expr}'s own: the expression becomes a scalar template in which every other matrix
 * expression (a symbol, a matrix product, an inverse) is one placeholder symbol; {@code expr}'s
 * factories simplify it (A.*A is a^2, exp(log(A)) is a, A./A is 1, 2*A.*B is 2*a*b); and the
 * result is read back into nodes. Every rule of the scalar algebra holds entry by entry, so
 * none is restated here, and the derivative of an entry-wise function is the one table's.
 */
final class EntrywiseAlgebra {
    private final Shape shape;
    private final Map<Sym, MatExpr> placeholders = new HashMap<>();

    private EntrywiseAlgebra(Shape shape) { this.shape = shape; }

    /** The canonical form of an entry-wise operation of shape {@code shape}, given as a scalar built from the templates of its operands. */
    static MatExpr canonical(Shape shape, Function<EntrywiseAlgebra, Expr> operation) {
        EntrywiseAlgebra algebra = new EntrywiseAlgebra(shape);
        return algebra.back(operation.apply(algebra));
    }

    /** m as a scalar: each entry-wise part taken apart, anything else one placeholder. */
    Expr template(MatExpr m) {
        if (m instanceof MatExpr.Zero) return Num.ZERO;
        if (m instanceof MatExpr.Ones) return Num.ONE;
        if (m instanceof MatExpr.Sum s) return Expr.add(s.terms().stream().map(this::template).toList());
        if (m instanceof MatExpr.Product p && !p.coefficient().isOne()) {
            return Expr.mul(p.coefficient(), template(MatExprs.product(Num.ONE, p.factors())));
        }
        if (m instanceof MatExpr.Hadamard h) return Expr.mul(h.factors().stream().map(this::template).toList());
        if (m instanceof MatExpr.EntryPower p) return Expr.pow(template(p.base()), p.exponent());
        if (m instanceof MatExpr.EntryFunction f) return Expr.call(f.fn(), template(f.arg()));
        // named by its text in brackets, which no scalar symbol or kernel is
        Sym s = Sym.of("[" + m + "]");
        placeholders.put(s, m);
        return s;
    }

    /**
     * The differential of an entry-wise node m, dm = Σ D_P .* dP + Σ D_s*ds, as the partials D: by each
     * matrix expression P that m is built from, and by each scalar symbol s of its coefficients and
     * exponents (kernels such as det(X), a t in X.^t), entry by entry from the scalar derivative
     * engine, so the derivative of exp(X) is the one table's.
     */
    record Partials(Map<MatExpr, MatExpr> byMatrix, Map<Sym, MatExpr> byScalar) {}

    static Partials partials(MatExpr m) {
        EntrywiseAlgebra algebra = new EntrywiseAlgebra(m.shape());
        Expr template = algebra.template(m);
        Map<MatExpr, MatExpr> byMatrix = new LinkedHashMap<>();
        Map<Sym, MatExpr> byScalar = new LinkedHashMap<>();
        for (Sym s : Symbols.free(template)) {
            Expr d = Derivative.of(template, s, Limits.DEFAULT); // of one node's template: small, never swells
            if (d.isZero()) continue;
            if (algebra.placeholders.containsKey(s)) byMatrix.put(algebra.placeholders.get(s), algebra.back(d));
            else byScalar.put(s, algebra.back(d));
        }
        return new Partials(byMatrix, byScalar);
    }

    private boolean scalar(Expr e) { return !Find.any(e, x -> x instanceof Sym s && placeholders.containsKey(s)); }

    private MatExpr back(Expr e) {
        if (scalar(e)) return MatExprs.scale(e, new MatExpr.Ones(shape));
        if (e instanceof Sym s) return placeholders.get(s);
        if (e instanceof Add a) return MatExprs.sum("+", a.args().stream().map(this::back).toList());
        if (e instanceof Pow p) return new MatExpr.EntryPower(back(p.base()), p.exp());
        if (e instanceof Call c) return new MatExpr.EntryFunction(c.fn(), back(c.arg()));
        Mul m = (Mul) e;
        List<Expr> coefficient = new ArrayList<>();
        List<MatExpr> factors = new ArrayList<>();
        for (Expr f : m.args()) {
            if (scalar(f)) coefficient.add(f);
            else factors.add(back(f));
        }
        return MatExprs.scale(Expr.mul(coefficient), hadamard(factors));
    }

    /** Factors of one product, each read back: a scalar multiple among them (a sum read back may be one) goes out front. */
    private static MatExpr hadamard(List<MatExpr> factors) {
        Expr c = Num.ONE;
        List<MatExpr> plain = new ArrayList<>();
        for (MatExpr f : factors) {
            if (f instanceof MatExpr.Product p && !p.coefficient().isOne()) {
                c = Expr.mul(c, p.coefficient());
                f = MatExprs.product(Num.ONE, p.factors());
            }
            plain.add(f);
        }
        plain.sort(PRINT_ORDER);
        MatExpr h = plain.size() == 1 ? plain.get(0) : new MatExpr.Hadamard(List.copyOf(plain));
        return MatExprs.scale(c, h);
    }

    /** Factors that divide last (A./B), the rest in print order. */
    private static final Comparator<MatExpr> PRINT_ORDER = Comparator.<MatExpr, Boolean>comparing(EntrywiseAlgebra::divides)
            .thenComparing(MatExpr::toString);

    static boolean divides(MatExpr f) { return f instanceof MatExpr.EntryPower p && p.exponent() instanceof Num k && k.signum() < 0; }
}
