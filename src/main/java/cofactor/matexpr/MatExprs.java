package cofactor.matexpr;

import cofactor.expr.Expr;
import cofactor.expr.Fn;
import cofactor.expr.Mul;
import cofactor.expr.Num;
import cofactor.expr.Pow;
import cofactor.expr.Sym;
import cofactor.matrix.ShapeError;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The canonical factories: the only way to build matrix expressions, and where every
 * algebraic rule lives (the Matrix Cookbook, section 1, for the identities). Shapes are
 * checked here; a mismatch is a {@link ShapeError} naming the operation and both shapes.
 * Rules that hold only for square factors ({@code inv(AB) = inv(B) inv(A)},
 * {@code det(AB) = det(A) det(B)}) apply only when every factor is square.
 */
public final class MatExprs {
    private MatExprs() {}

    // ---- leaves
    public static MatExpr symbol(String name, Expr rows, Expr cols) { return new MatExpr.Symbol(name, new Shape(rows, cols)); }
    public static MatExpr identity(Expr n) { return new MatExpr.Identity(n); }
    public static MatExpr zero(Expr rows, Expr cols) { return new MatExpr.Zero(new Shape(rows, cols)); }
    public static MatExpr ones(Expr rows, Expr cols) { return new MatExpr.Ones(new Shape(rows, cols)); }

    // ---- sums and scalar multiples
    public static MatExpr add(MatExpr a, MatExpr b) { return sum("+", List.of(a, b)); }
    public static MatExpr sub(MatExpr a, MatExpr b) { return sum("-", List.of(a, scale(Num.MINUS_ONE, b))); }

    /**
     * Terms flattened and multiplied out, like terms merged by adding their coefficients, then
     * factors common to several terms taken out (A*x + A'*x is (A + A')*x, see
     * {@link CommonFactors}), in print order.
     */
    static MatExpr sum(String op, List<MatExpr> terms) {
        Shape shape = terms.get(0).shape();
        for (MatExpr t : terms) {
            if (!t.shape().equals(shape)) throw new ShapeError(op, "shapes differ: " + shape + " and " + t.shape());
        }
        Map<MatExpr, Expr> coefficients = new LinkedHashMap<>();
        List<MatExpr> flat = new ArrayList<>();
        for (MatExpr t : terms) {
            if (t instanceof MatExpr.Sum s) flat.addAll(s.terms());
            else flat.add(t);
        }
        for (MatExpr t : CommonFactors.expand(flat)) {
            if (t instanceof MatExpr.Zero) continue;
            Expr c = t instanceof MatExpr.Product p ? p.coefficient() : Num.ONE;
            MatExpr body = t instanceof MatExpr.Product p ? product(Num.ONE, p.factors()) : t;
            coefficients.merge(body, c, Expr::add);
        }
        List<MatExpr> merged = new ArrayList<>();
        coefficients.forEach((body, c) -> {
            MatExpr t = scale(c, body);
            if (!(t instanceof MatExpr.Zero)) merged.add(t);
        });
        List<MatExpr> out = CommonFactors.collect(merged, op);
        // print order, from the first term without a minus sign, as expr writes sums (A - B, not -B + A)
        out.sort(Comparator.comparing((MatExpr t) -> t.toString().startsWith("-")).thenComparing(MatExpr::toString));
        if (out.isEmpty()) return new MatExpr.Zero(shape);
        return out.size() == 1 ? out.get(0) : new MatExpr.Sum(List.copyOf(out));
    }

    /** c*m; a sum distributes its coefficient, so like terms can merge. */
    public static MatExpr scale(Expr c, MatExpr m) {
        if (c.isZero() || m instanceof MatExpr.Zero) return new MatExpr.Zero(m.shape());
        if (c.isOne()) return m;
        if (m instanceof MatExpr.Sum s) return sum("*", s.terms().stream().map(t -> scale(c, t)).toList());
        if (m instanceof MatExpr.Product p) return product(Expr.mul(c, p.coefficient()), p.factors());
        return product(c, List.of(m));
    }

    // ---- products
    public static MatExpr mul(MatExpr a, MatExpr b) {
        if (!a.shape().cols().equals(b.shape().rows())) throw new ShapeError("*", "cannot multiply " + a.shape() + " by " + b.shape());
        if (a instanceof MatExpr.Zero || b instanceof MatExpr.Zero) return new MatExpr.Zero(new Shape(a.shape().rows(), b.shape().cols()));
        List<MatExpr> factors = new ArrayList<>();
        Expr c = Expr.mul(coefficient(a), coefficient(b));
        for (MatExpr f : factors(a)) c = Expr.mul(c, append(factors, f));
        for (MatExpr f : factors(b)) c = Expr.mul(c, append(factors, f));
        if (factors.isEmpty()) return scale(c, identity(a.shape().rows())); // all cancelled: X*inv(X)
        return product(c, factors);
    }

    /**
     * Appends f, dropping identities (I*X = X), cancelling f against an inverse before it (X*inv(X) = I),
     * multiplying Kronecker products that chain, and taking diag(d)*v as d.*v; returns the scalar that
     * merging factors left over (kron(A, B)*kron(C, D) = kron(A*C, B*D) may take one out of A*C),
     * which the product's coefficient takes.
     */
    private static Expr append(List<MatExpr> factors, MatExpr f) {
        if (f instanceof MatExpr.Identity) return Num.ONE;
        if (!factors.isEmpty()) {
            MatExpr last = factors.get(factors.size() - 1);
            // diag(d)*v = d.*v for a column factor v (a whole factor: then every grouping of the product gives one form)
            MatExpr entrywise = last instanceof MatExpr.DiagMatrix d && f.shape().cols().isOne() ? hadamard(d.vector(), f) : null;
            if (entrywise != null && coefficient(entrywise).isOne()) { // a coefficient the scalar algebra took out stays outside: kept as it is
                factors.remove(factors.size() - 1);
                Expr c = Num.ONE;
                for (MatExpr g : factors(entrywise)) c = Expr.mul(c, append(factors, g)); // diag(a)*diag(b)*v is a.*b.*v
                return c;
            }
            if (last.shape().isSquare() && !(last instanceof MatExpr.Identity) && inv(last).equals(f)) {
                factors.remove(factors.size() - 1);
                return Num.ONE;
            }
            if (last instanceof MatExpr.Kron a && f instanceof MatExpr.Kron b && mixedProductApplies(a, b)) {
                factors.remove(factors.size() - 1);
                MatExpr merged = mixedProduct(a, b);
                Expr c = coefficient(merged);
                for (MatExpr g : factors(merged)) c = Expr.mul(c, append(factors, g)); // kron(I, I) is I, kron(A*inv(A), B) cancels
                return c;
            }
        }
        factors.add(f);
        return Num.ONE;
    }

    /**
     * Identities were dropped by {@link #append}; one stays where nothing else is left. A sum among
     * the factors gives the scalar its terms share to the coefficient ({@link CommonFactors#content}),
     * as cA + cB is c*(A + B): otherwise 2*(X + Y)*Z and (2*X + 2*Y)*Z would be two forms of one product.
     */
    static MatExpr product(Expr c, List<MatExpr> factors) {
        if (c.isZero()) return new MatExpr.Zero(new MatExpr.Product(Num.ONE, factors).shape());
        for (int i = 0; i < factors.size(); i++) {
            Expr content = factors.get(i) instanceof MatExpr.Sum s ? CommonFactors.content(s) : Num.ONE;
            if (!content.isOne()) {
                factors = new ArrayList<>(factors);
                factors.set(i, scale(Expr.pow(content, -1), factors.get(i)));
                c = Expr.mul(c, content);
            }
        }
        if (factors.size() == 1 && factors.get(0) instanceof MatExpr.Sum s) return scale(c, s); // c*(A + B) alone is cA + cB
        if (!c.isOne()) {
            factors = new ArrayList<>(factors);
            for (int i = 0; i < factors.size(); i++) {
                Expr[] coefficient = {c};
                factors.set(i, adjugateForm(factors.get(i), coefficient));
                c = coefficient[0];
            }
        }
        if (factors.size() == 1 && c.isOne()) return factors.get(0);
        return new MatExpr.Product(c, List.copyOf(factors));
    }

    /**
     * adj(A) = det(A)*inv(A): of a factor inv(A) or adj(A) (or its transpose) under a coefficient
     * holding a power of det(A), the form that leaves the coefficient the fewer det(A): det(A)*inv(A)
     * is adj(A), defined where A is singular too, and adj(A)/det(A) is inv(A). The coefficient
     * changes in place.
     */
    private static MatExpr adjugateForm(MatExpr f, Expr[] coefficient) {
        boolean transposed = f instanceof MatExpr.Transpose;
        MatExpr g = transposed ? ((MatExpr.Transpose) f).arg() : f;
        MatExpr swapped;
        if (g instanceof MatExpr.Adjugate a && det(a.arg()) instanceof Sym d && exponentOf(coefficient[0], d) < 0) {
            coefficient[0] = Expr.mul(coefficient[0], d);
            swapped = new MatExpr.Inverse(a.arg());
        } else if (g instanceof MatExpr.Inverse i && det(i.arg()) instanceof Sym d && exponentOf(coefficient[0], d) > 0) {
            coefficient[0] = Expr.div(coefficient[0], d);
            swapped = new MatExpr.Adjugate(i.arg());
        } else {
            return f;
        }
        return transposed ? new MatExpr.Transpose(swapped) : swapped;
    }

    /** The integer exponent of d among the factors of c: 0 where d is no factor of c. */
    private static long exponentOf(Expr c, Sym d) {
        if (c.equals(d)) return 1;
        if (c instanceof Pow p && p.base().equals(d) && p.exp() instanceof Num k && k.isInteger()) return k.numerator().longValue();
        if (c instanceof Mul m) {
            for (int i = 0; i < m.size(); i++) if (m.base(i).equals(d)) return exponentOf(m.factor(i), d);
        }
        return 0;
    }

    private static Expr coefficient(MatExpr m) { return m instanceof MatExpr.Product p ? p.coefficient() : Num.ONE; }

    private static List<MatExpr> factors(MatExpr m) {
        if (m instanceof MatExpr.Product p) return p.factors();
        return m instanceof MatExpr.Identity ? List.of() : List.of(m);
    }

    private static MatExpr mulAll(Expr c, List<MatExpr> fs, Expr rows) {
        MatExpr acc = scale(c, identity(rows));
        for (MatExpr f : fs) acc = mul(acc, f);
        return acc;
    }

    static final int MAX_POWER = 1000;

    /** m^k for an integer k: the product of k factors, through the inverse when k is negative, eye(n) for 0. */
    public static MatExpr power(MatExpr m, long k) {
        requireSquare("^", m);
        if (Math.abs(k) > MAX_POWER) throw new ShapeError("^", "a power of a matrix expression is a product of its factors: at most " + MAX_POWER + ", got " + k);
        MatExpr base = k < 0 ? inv(m) : m;
        MatExpr acc = identity(m.shape().rows());
        for (long i = 0; i < Math.abs(k); i++) acc = mul(acc, base);
        return acc;
    }

    // ---- transpose, inverse, adjugate
    /**
     * Pushed down to symbols, inverses, adjugates and diagonals: (AB)' = B'A', (A + B)' = A' + B', X'' = X,
     * (A.*B)' = A'.*B', f(X)' = f(X'), kron(A, B)' = kron(A', B'), diag(v)' = diag(v), inv(M)' = inv(M) for a symmetric M.
     */
    public static MatExpr transpose(MatExpr m) {
        if (m instanceof MatExpr.Identity) return m;
        if (m instanceof MatExpr.Zero z) return new MatExpr.Zero(z.shape().transposed());
        if (m instanceof MatExpr.Transpose t) return t.arg();
        if (m instanceof MatExpr.Ones o) return new MatExpr.Ones(o.shape().transposed());
        if (m instanceof MatExpr.DiagMatrix) return m;
        if (m instanceof MatExpr.Sum s) return sum("'", s.terms().stream().map(MatExprs::transpose).toList());
        if (m instanceof MatExpr.Hadamard h) return h.factors().stream().map(MatExprs::transpose).reduce(MatExprs::hadamard).orElseThrow();
        if (m instanceof MatExpr.EntryPower p) return entryPower(transpose(p.base()), p.exponent());
        if (m instanceof MatExpr.EntryFunction f) return apply(f.fn(), transpose(f.arg()));
        if (m instanceof MatExpr.Kron k) return kron(k.factors().stream().map(MatExprs::transpose).toList());
        if (m instanceof MatExpr.Product p) {
            List<MatExpr> reversed = new ArrayList<>();
            for (int i = p.factors().size() - 1; i >= 0; i--) reversed.add(transpose(p.factors().get(i)));
            return mulAll(p.coefficient(), reversed, p.shape().cols());
        }
        if (symmetricArgument(m)) return m;
        return new MatExpr.Transpose(m);
    }

    /** inv(M) or adj(M) of a symmetric M (R'*R, X + X'), which is its own transpose: inv(M)' = inv(M') = inv(M). */
    private static boolean symmetricArgument(MatExpr m) {
        MatExpr arg = m instanceof MatExpr.Inverse i ? i.arg() : m instanceof MatExpr.Adjugate a ? a.arg() : null;
        return arg != null && transpose(arg).equals(arg);
    }

    /**
     * inv(inv(X)) = X, inv(X') = inv(X)', inv(cAB) = inv(B) inv(A)/c when every factor is square,
     * inv(diag(v)) = diag(1./v), inv(kron(A, B)) = kron(inv(A), inv(B)) for square A and B.
     */
    public static MatExpr inv(MatExpr m) {
        requireSquare("inv", m);
        if (m instanceof MatExpr.Zero) throw new ShapeError("inv", m + " has no inverse");
        if (m instanceof MatExpr.Identity) return m;
        if (m instanceof MatExpr.Inverse i) return i.arg();
        if (m instanceof MatExpr.Transpose t) return transpose(inv(t.arg()));
        if (m instanceof MatExpr.Product p && allSquare(p)) {
            return mulAll(Expr.pow(p.coefficient(), -1), reversed(p.factors(), MatExprs::inv), m.shape().rows());
        }
        if (m instanceof MatExpr.DiagMatrix d) return diagMatrix(entryPower(d.vector(), Num.MINUS_ONE));
        if (m instanceof MatExpr.Kron k && allSquare(k.factors())) return kron(k.factors().stream().map(MatExprs::inv).toList());
        return new MatExpr.Inverse(m);
    }

    /**
     * adj(X') = adj(X)', adj(cAB) = c^(n-1) adj(B) adj(A) for square factors (true at singular
     * ones too, by continuity from the invertible), adj(inv(X)) = X/det(X).
     */
    public static MatExpr adj(MatExpr m) {
        requireSquare("adj", m);
        Expr n = m.shape().rows();
        if (m instanceof MatExpr.Identity) return m;
        if (m instanceof MatExpr.Transpose t) return transpose(adj(t.arg()));
        if (m instanceof MatExpr.Inverse i) return scale(Expr.pow(det(i.arg()), -1), i.arg());
        if (m instanceof MatExpr.Product p && allSquare(p)) {
            return mulAll(Expr.pow(p.coefficient(), Expr.sub(n, Num.ONE)), reversed(p.factors(), MatExprs::adj), n);
        }
        return new MatExpr.Adjugate(m);
    }

    private static List<MatExpr> reversed(List<MatExpr> fs, java.util.function.UnaryOperator<MatExpr> f) {
        List<MatExpr> out = new ArrayList<>();
        for (int i = fs.size() - 1; i >= 0; i--) out.add(f.apply(fs.get(i)));
        return out;
    }

    private static boolean allSquare(MatExpr.Product p) { return allSquare(p.factors()); }

    private static boolean allSquare(List<MatExpr> fs) { return fs.stream().allMatch(f -> f.shape().isSquare()); }

    private static void requireSquare(String op, MatExpr m) {
        if (!m.shape().isSquare()) throw new ShapeError(op, "needs a square matrix, got " + m.shape());
    }

    // ---- scalars: back into expr
    /**
     * det(I) = 1, det(X') = det(X), det(inv(X)) = 1/det(X), det(adj(X)) = det(X)^(n-1),
     * det(cAB) = c^n det(A) det(B) when every factor is square, det(kron(A, B)) = det(A)^m det(B)^n
     * for A n×n and B m×m.
     */
    public static Expr det(MatExpr m) {
        requireSquare("det", m);
        Expr n = m.shape().rows();
        if (m instanceof MatExpr.Identity) return Num.ONE;
        if (m instanceof MatExpr.Zero) return Num.ZERO;
        if (m instanceof MatExpr.Transpose t) return det(t.arg());
        if (m instanceof MatExpr.Inverse i) return Expr.pow(det(i.arg()), -1);
        if (m instanceof MatExpr.Adjugate a) return Expr.pow(det(a.arg()), Expr.sub(n, Num.ONE));
        if (m instanceof MatExpr.Kron k && allSquare(k.factors())) {
            // det(A ⊗ B) = det(A)^m det(B)^n for A n×n and B m×m: each factor's det to the product of the other sizes
            List<Expr> dets = new ArrayList<>();
            for (int i = 0; i < k.factors().size(); i++) {
                List<Expr> others = new ArrayList<>();
                for (int j = 0; j < k.factors().size(); j++) if (j != i) others.add(k.factors().get(j).shape().rows());
                dets.add(Expr.pow(det(k.factors().get(i)), Expr.mul(others)));
            }
            return Expr.mul(dets);
        }
        if (m instanceof MatExpr.Product p) {
            Expr c = Expr.pow(p.coefficient(), n);
            if (!allSquare(p)) return Expr.mul(c, new ScalarKernel(ScalarKernel.Kind.DET, product(Num.ONE, p.factors())).symbol());
            List<Expr> dets = new ArrayList<>(List.of(c));
            for (MatExpr f : p.factors()) dets.add(det(f));
            return Expr.mul(dets);
        }
        return new ScalarKernel(ScalarKernel.Kind.DET, m).symbol();
    }

    /**
     * tr linear (a product with a sum among its factors is multiplied out), tr(I) = n, tr(X') = tr(X), tr(ones(n, n)) = n,
     * tr(diag(v)) = sum(v), tr(kron(A, B)) = tr(A) tr(B) for square A and B, and cyclic: of the rotations of a product and of its
     * transpose one is kept, a 1×1 one first (tr(A*x*x') is x'*A*x), then the one with the fewest
     * transposes, then the first in print order.
     */
    public static Expr tr(MatExpr m) {
        requireSquare("tr", m);
        if (m instanceof MatExpr.Identity i) return i.n();
        if (m instanceof MatExpr.Zero) return Num.ZERO;
        if (m instanceof MatExpr.Transpose t) return tr(t.arg());
        if (m instanceof MatExpr.Sum s) return Expr.add(s.terms().stream().map(MatExprs::tr).toList());
        if (multipliesOut(m)) return Expr.add(CommonFactors.expand(m).stream().map(MatExprs::tr).toList());
        if (m instanceof MatExpr.Ones o) return o.shape().rows();
        if (m instanceof MatExpr.DiagMatrix d) return sum(d.vector());
        if (m instanceof MatExpr.Kron k && allSquare(k.factors())) return Expr.mul(k.factors().stream().map(MatExprs::tr).toList());
        if (!(m instanceof MatExpr.Product p)) return new ScalarKernel(ScalarKernel.Kind.TRACE, m).symbol();
        if (!p.coefficient().isOne()) return Expr.mul(p.coefficient(), tr(product(Num.ONE, p.factors())));
        List<MatExpr> candidates = new ArrayList<>();
        MatExpr transposed = transpose(p);
        for (MatExpr q : List.of(p, transposed)) {
            List<MatExpr> fs = factors(q);
            for (int r = 0; r < fs.size(); r++) {
                List<MatExpr> rotated = new ArrayList<>(fs.subList(r, fs.size()));
                rotated.addAll(fs.subList(0, r));
                MatExpr c = mulAll(coefficient(q), rotated, rotated.get(0).shape().rows());
                // a rotation that cancels (tr(inv(A)*B*A) = tr(B)) is simpler than any product
                if (factors(c).size() < p.factors().size() || !coefficient(c).isOne()) return tr(c);
                candidates.add(c);
            }
        }
        MatExpr best = candidates.stream().min(ORDER).orElseThrow();
        if (best.shape().isScalar()) return scalar(best);
        return new ScalarKernel(ScalarKernel.Kind.TRACE, best).symbol();
    }

    /** A product with a sum among its factors that is multiplied out within the limit: tr and a 1×1 scalar go term by term, as sums do. */
    private static boolean multipliesOut(MatExpr m) { return CommonFactors.hasSum(m) && CommonFactors.expand(m).size() > 1; }

    /** The order that picks one of equal forms: 1×1 first, then fewest transposes, then print order. */
    private static final Comparator<MatExpr> ORDER = Comparator.<MatExpr>comparingInt(e -> e.shape().isScalar() ? 0 : 1)
            .thenComparingLong(e -> e.toString().chars().filter(ch -> ch == '\'').count())
            .thenComparing(MatExpr::toString);

    /** A 1×1 matrix expression as the scalar it is: x'*A*x (= x'*A'*x, its transpose; one is kept) is a kernel; sums go term by term. */
    public static Expr scalar(MatExpr m) {
        if (!m.shape().isScalar()) throw new IllegalArgumentException("not 1×1: " + m.shape());
        if (m instanceof MatExpr.Zero) return Num.ZERO;
        if (m instanceof MatExpr.Sum s) return Expr.add(s.terms().stream().map(MatExprs::scalar).toList());
        if (multipliesOut(m)) return Expr.add(CommonFactors.expand(m).stream().map(MatExprs::scalar).toList());
        if (m instanceof MatExpr.Product p && !allSquare(p)) {
            MatExpr plain = product(Num.ONE, p.factors());
            MatExpr best = List.of(plain, transpose(plain)).stream().min(ORDER).orElseThrow();
            return Expr.mul(p.coefficient(), new ScalarKernel(ScalarKernel.Kind.ENTRY, best).symbol());
        }
        return det(m); // the one entry of a 1×1 matrix is its determinant
    }

    // ---- entry-wise operations: the scalar algebra at every entry (EntrywiseAlgebra)
    /** A.*B, entry by entry; of one shape. */
    public static MatExpr hadamard(MatExpr a, MatExpr b) {
        requireSameShape(".*", a, b);
        return EntrywiseAlgebra.canonical(a.shape(), t -> Expr.mul(t.template(a), t.template(b)));
    }

    /** A./B, entry by entry: A.*B.^-1. */
    public static MatExpr entryQuotient(MatExpr a, MatExpr b) {
        requireSameShape("./", a, b);
        return EntrywiseAlgebra.canonical(a.shape(), t -> Expr.div(t.template(a), t.template(b)));
    }

    /** c./B: c divided by each entry. */
    public static MatExpr entryQuotient(Expr c, MatExpr b) {
        return EntrywiseAlgebra.canonical(b.shape(), t -> Expr.div(c, t.template(b)));
    }

    /** A.^k, entry by entry (sqrt(A) is A.^(1/2)). */
    public static MatExpr entryPower(MatExpr a, Expr k) {
        return EntrywiseAlgebra.canonical(a.shape(), t -> Expr.pow(t.template(a), k));
    }

    /** f(A) entry by entry: exp(X) as in NumPy. */
    public static MatExpr apply(Fn fn, MatExpr a) {
        return EntrywiseAlgebra.canonical(a.shape(), t -> Expr.call(fn, t.template(a)));
    }

    private static void requireSameShape(String op, MatExpr a, MatExpr b) {
        if (!a.shape().equals(b.shape())) throw new ShapeError(op, "shapes differ: " + a.shape() + " and " + b.shape());
    }

    // ---- diag and kron
    /** diag(v) of a column, the matrix with v on its diagonal; diag(X) of a square X, the column of its diagonal. */
    public static MatExpr diag(MatExpr m) {
        if (m.shape().cols().isOne()) return diagMatrix(m);
        if (m.shape().isSquare()) return diagonal(m);
        throw new ShapeError("diag", "needs a column vector or a square matrix, got " + m.shape());
    }

    /** Linear; diag(ones(n, 1)) = I. */
    private static MatExpr diagMatrix(MatExpr v) {
        Expr n = v.shape().rows();
        if (v instanceof MatExpr.Zero) return new MatExpr.Zero(Shape.square(n));
        if (v instanceof MatExpr.Ones) return identity(n);
        if (v instanceof MatExpr.Sum s) return sum("diag", s.terms().stream().map(MatExprs::diagMatrix).toList());
        if (v instanceof MatExpr.Product p && !p.coefficient().isOne()) return scale(p.coefficient(), diagMatrix(product(Num.ONE, p.factors())));
        return new MatExpr.DiagMatrix(v);
    }

    /**
     * Linear; diag(diag(v)) = v, diag(X') = diag(X), diag(I) = ones(n, 1), and through entry-wise
     * operations and Kronecker products of square factors: diag(A.*B) = diag(A).*diag(B),
     * diag(exp(X)) = exp(diag(X)), diag(kron(A, B)) = kron(diag(A), diag(B)); diag(u*w') = u.*w.
     */
    private static MatExpr diagonal(MatExpr x) {
        Expr n = x.shape().rows();
        if (x instanceof MatExpr.DiagMatrix d) return d.vector();
        if (x instanceof MatExpr.Identity || x instanceof MatExpr.Ones) return new MatExpr.Ones(Shape.column(n));
        if (x instanceof MatExpr.Zero) return new MatExpr.Zero(Shape.column(n));
        if (x instanceof MatExpr.Transpose t) return diagonal(t.arg());
        if (x instanceof MatExpr.Sum s) return sum("diag", s.terms().stream().map(MatExprs::diagonal).toList());
        if (x instanceof MatExpr.Product p && !p.coefficient().isOne()) return scale(p.coefficient(), diagonal(product(Num.ONE, p.factors())));
        if (x instanceof MatExpr.Hadamard h) return h.factors().stream().map(MatExprs::diagonal).reduce(MatExprs::hadamard).orElseThrow();
        if (x instanceof MatExpr.EntryPower p) return entryPower(diagonal(p.base()), p.exponent());
        if (x instanceof MatExpr.EntryFunction f) return apply(f.fn(), diagonal(f.arg()));
        if (x instanceof MatExpr.Kron k && allSquare(k.factors())) return kron(k.factors().stream().map(MatExprs::diagonal).toList());
        if (x instanceof MatExpr.Product p && p.factors().size() == 2 && p.factors().get(0).shape().cols().isOne()) {
            return hadamard(p.factors().get(0), transpose(p.factors().get(1))); // diag(u*w') = u.*w
        }
        return new MatExpr.Diagonal(x);
    }

    public static MatExpr kron(MatExpr a, MatExpr b) { return kron(List.of(a, b)); }

    /**
     * Associative (flattened), scalar factors out front (kron(cA, B) = c kron(A, B)), a zero
     * factor gives zero, kron(I, I) = I and kron(ones, ones) = ones.
     */
    static MatExpr kron(List<MatExpr> args) {
        List<MatExpr> flat = new ArrayList<>();
        Expr c = Num.ONE;
        for (MatExpr a : args) {
            if (a instanceof MatExpr.Product p && !p.coefficient().isOne()) {
                c = Expr.mul(c, p.coefficient());
                a = product(Num.ONE, p.factors());
            }
            if (a instanceof MatExpr.Kron k) flat.addAll(k.factors());
            else flat.add(a);
        }
        if (flat.size() == 1) return scale(c, flat.get(0));
        MatExpr.Kron k = new MatExpr.Kron(List.copyOf(flat));
        Shape shape = k.shape();
        if (flat.stream().anyMatch(f -> f instanceof MatExpr.Zero)) return new MatExpr.Zero(shape);
        if (flat.stream().allMatch(f -> f instanceof MatExpr.Identity)) return scale(c, identity(shape.rows()));
        if (flat.stream().allMatch(f -> f instanceof MatExpr.Ones)) return scale(c, new MatExpr.Ones(shape));
        return scale(c, k);
    }

    /** kron(A, B)*kron(C, D) = kron(A*C, B*D) when the factors chain pairwise. */
    private static boolean mixedProductApplies(MatExpr.Kron a, MatExpr.Kron b) {
        if (a.factors().size() != b.factors().size()) return false;
        for (int i = 0; i < a.factors().size(); i++) {
            if (!a.factors().get(i).shape().cols().equals(b.factors().get(i).shape().rows())) return false;
        }
        return true;
    }

    private static MatExpr mixedProduct(MatExpr.Kron a, MatExpr.Kron b) {
        List<MatExpr> products = new ArrayList<>();
        for (int i = 0; i < a.factors().size(); i++) products.add(mul(a.factors().get(i), b.factors().get(i)));
        return kron(products);
    }

    // ---- sum and norm
    /**
     * The sum of the entries: linear, sum(X') = sum(X), sum(ones(m, n)) = m*n, sum(I) = n,
     * sum(diag(v)) = sum(v), sum(diag(X)) = tr(X), sum(kron(A, B)) = sum(A)*sum(B), and
     * sum(A.*B) = tr(A'*B), the inner product (and sum(A.^2) = tr(A'*A)), which the trace's rules take further.
     */
    public static Expr sum(MatExpr m) {
        if (m instanceof MatExpr.Zero) return Num.ZERO;
        if (m instanceof MatExpr.Ones o) return Expr.mul(o.shape().rows(), o.shape().cols());
        if (m instanceof MatExpr.Identity i) return i.n();
        if (m instanceof MatExpr.Transpose t) return sum(t.arg());
        if (m instanceof MatExpr.Sum s) return Expr.add(s.terms().stream().map(MatExprs::sum).toList());
        if (m instanceof MatExpr.Product p && !p.coefficient().isOne()) return Expr.mul(p.coefficient(), sum(product(Num.ONE, p.factors())));
        if (m instanceof MatExpr.DiagMatrix d) return sum(d.vector());
        if (m instanceof MatExpr.Diagonal d) return tr(d.matrix());
        if (m instanceof MatExpr.Kron k) return Expr.mul(k.factors().stream().map(MatExprs::sum).toList());
        if (m instanceof MatExpr.Hadamard h && h.factors().size() == 2 && h.factors().stream().noneMatch(f -> f instanceof MatExpr.EntryPower)) {
            return tr(mul(transpose(h.factors().get(0)), h.factors().get(1)));
        }
        if (m instanceof MatExpr.EntryPower p && p.exponent().equals(Num.of(2))) return tr(mul(transpose(p.base()), p.base())); // A.*A
        return new ScalarKernel(ScalarKernel.Kind.SUM, m).symbol();
    }

    /** The Frobenius norm sqrt(tr(X'*X)), which for a vector is the Euclidean sqrt(x'*x). */
    public static Expr norm(MatExpr m) { return Expr.sqrt(tr(mul(transpose(m), m))); }
}
