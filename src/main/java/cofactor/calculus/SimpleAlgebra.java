package cofactor.calculus;

import cofactor.expr.Add;
import cofactor.expr.Call;
import cofactor.expr.Cancel;
import cofactor.expr.Expr;
import cofactor.expr.Mul;
import cofactor.expr.Num;
import cofactor.expr.Pow;
import cofactor.func.Fn;
import cofactor.matrix.Matrix;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * STAND-IN, to be replaced at merge: the expanded determinant, the adjugate and
 * {@code expand} that the calculus package needs, written simply and correctly
 * while the fast versions ({@code cofactor.matrix} det/adj, {@code cofactor.poly}
 * expand, issue 3) are built in parallel. This class is the whole seam: point
 * its three methods at those and delete the bodies.
 *
 * <p>{@link #expand} multiplies out products and positive integer powers of sums,
 * inside function arguments too, so the result is a sum of monomials over kernels
 * (symbols, function calls, other powers). Products of exponentials are merged
 * ({@code exp(a) exp(b) = exp(a + b)}) so that the result does not depend on the
 * order in which factors were multiplied.
 */
final class SimpleAlgebra {
    private SimpleAlgebra() {}

    /** det(A), expanded; division-free Laplace expansion with sub-determinants memoized by their column set. */
    static Expr det(Matrix a) {
        if (!a.isSquare()) throw new IllegalArgumentException("det of a " + a.shape() + " matrix");
        int n = a.rows();
        if (n > 20) throw new IllegalArgumentException("the stand-in determinant handles at most 20×20");
        return new Laplace(a, new Expander()).det(0, 0);
    }

    /** adj(A) = transpose of the cofactor matrix, expanded; defined for singular A. */
    static Matrix adj(Matrix a) {
        int n = a.rows();
        if (!a.isSquare()) throw new IllegalArgumentException("adj of a " + a.shape() + " matrix");
        Expander ex = new Expander();
        Expr[] out = new Expr[n * n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                Expr minor = new Laplace(without(a, j, i), ex).det(0, 0);
                out[i * n + j] = (i + j) % 2 == 0 ? minor : negate(minor);
            }
        }
        return Matrix.of(n, n, out);
    }

    static Expr expand(Expr e) { return new Expander().expand(e); }

    /** −e as a sum when e is a sum (a product −1·(a + b) need not distribute). */
    private static Expr negate(Expr e) { return Expr.sub(Num.ZERO, e); }

    /** A without row r and column c. */
    private static Matrix without(Matrix a, int r, int c) {
        int n = a.rows();
        Expr[] e = new Expr[(n - 1) * (n - 1)];
        int k = 0;
        for (int i = 0; i < n; i++) {
            if (i == r) continue;
            for (int j = 0; j < n; j++) if (j != c) e[k++] = a.get(i, j);
        }
        return Matrix.of(n - 1, n - 1, e);
    }

    /** det of rows row.. over the columns not in usedColumns, memoized by usedColumns (which determines row). */
    private static final class Laplace {
        private final Matrix a;
        private final Expander ex;
        private final Map<Integer, Expr> memo = new HashMap<>();

        Laplace(Matrix a, Expander ex) { this.a = a; this.ex = ex; }

        Expr det(int row, int usedColumns) {
            int n = a.rows();
            if (row == n) return Num.ONE;
            Expr known = memo.get(usedColumns);
            if (known != null) return known;
            List<Expr> terms = new ArrayList<>();
            int position = 0; // index of column j among the unused columns gives the sign
            for (int j = 0; j < n; j++) {
                if ((usedColumns & (1 << j)) != 0) continue;
                Expr entry = a.get(row, j);
                if (!entry.isZero()) {
                    Expr minor = det(row + 1, usedColumns | (1 << j));
                    Expr term = ex.multiply(ex.expand(entry), minor);
                    terms.add(position % 2 == 0 ? term : negate(term));
                }
                position++;
            }
            Cancel.check();
            Expr d = Expr.add(terms);
            memo.put(usedColumns, d);
            return d;
        }
    }

    /** Memoized expansion; one instance per top-level call so memory is released. */
    private static final class Expander {
        private final Map<Expr, Expr> memo = new HashMap<>();

        Expr expand(Expr e) {
            if (e instanceof Num || e instanceof cofactor.expr.Sym) return e;
            Expr known = memo.get(e);
            if (known != null) return known;
            Expr r = switch (e.kind()) {
                case NUM, SYM -> e;
                case CALL -> Expr.call(((Call) e).fn(), expand(((Call) e).arg()));
                case ADD -> {
                    Add a = (Add) e;
                    List<Expr> terms = new ArrayList<>(a.size() + 1);
                    terms.add(a.constant());
                    for (int i = 0; i < a.size(); i++) terms.add(Expr.mul(a.coef(i), expand(a.term(i))));
                    yield Expr.add(terms);
                }
                case POW -> power(expand(((Pow) e).base()), expand(((Pow) e).exp()));
                case MUL -> {
                    Mul m = (Mul) e;
                    Expr product = m.coef();
                    for (int i = 0; i < m.size(); i++) product = multiply(product, power(expand(m.base(i)), expand(m.exp(i))));
                    yield product;
                }
            };
            memo.put(e, r);
            return r;
        }

        /** base^exp for expanded operands: a sum to a positive integer power is multiplied out. */
        private Expr power(Expr base, Expr exp) {
            if (base instanceof Add && exp instanceof Num k && k.isInteger() && k.signum() > 0) {
                int n = k.intValueExact("expand: the exponent");
                Expr result = base;
                for (int i = 1; i < n; i++) result = multiply(result, base);
                return result;
            }
            return monomial(Expr.pow(base, exp));
        }

        /** The expanded product of two expanded expressions. */
        Expr multiply(Expr a, Expr b) {
            if (!(a instanceof Add) && !(b instanceof Add)) return monomial(Expr.mul(a, b));
            List<Expr> as = a.args(), bs = b.args(); // summands (a non-sum is its own single summand)
            if (!(a instanceof Add)) as = List.of(a);
            if (!(b instanceof Add)) bs = List.of(b);
            List<Expr> terms = new ArrayList<>(as.size() * bs.size());
            for (Expr s : as) {
                Cancel.check();
                for (Expr t : bs) terms.add(monomial(Expr.mul(s, t)));
            }
            return Expr.add(terms);
        }

        /**
         * Normalizes a product of expanded factors: exponentials merge into one, and
         * a product that collapsed into a sum or a positive power of one (x^(1/2)·x^(1/2)
         * with x a sum) is expanded again.
         */
        private Expr monomial(Expr p) {
            if (p instanceof Add || p instanceof Pow q && q.base() instanceof Add && q.exp() instanceof Num k && k.isInteger() && k.signum() > 0) {
                return expand(p);
            }
            if (!(p instanceof Mul m)) return p;
            int exps = 0;
            for (int i = 0; i < m.size(); i++) if (m.base(i) instanceof Call c && c.fn() == Fn.EXP) exps++;
            if (exps < 2) return p;
            List<Expr> rest = new ArrayList<>(), exponents = new ArrayList<>();
            rest.add(m.coef());
            for (int i = 0; i < m.size(); i++) {
                if (m.base(i) instanceof Call c && c.fn() == Fn.EXP) exponents.add(Expr.mul(c.arg(), m.exp(i)));
                else rest.add(m.factor(i));
            }
            rest.add(Expr.call(Fn.EXP, expand(Expr.add(exponents))));
            return Expr.mul(rest);
        }
    }
}
