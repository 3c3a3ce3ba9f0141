package cofactor.bench;

import cofactor.guard.Limits;
import static cofactor.expr.Expr.*;

import cofactor.expr.Expr;
import cofactor.expr.Fn;
import cofactor.expr.Num;
import cofactor.expr.Sym;
import cofactor.matrix.Matrix;
import java.util.ArrayList;
import java.util.List;

/**
 * The benchmark matrices, defined once for every benchmark (det, calculus,
 * compile). {@code bench/matrices.py} defines the same ones for SymPy.
 */
public final class Matrices {
    private Matrices() {}

    public static final Sym X = sym("x"), Y = sym("y");

    /** No limit on terms or entries: the benchmarks time the work itself, as the language would with set(maxterms = ...) raised. */
    public static final Limits UNLIMITED = new Limits(Long.MAX_VALUE, Long.MAX_VALUE);

    /** The generic n×n matrix of distinct symbols a11 … ann (a_i_j past 9), as {@code matrix(a, n, n)}. */
    public static Matrix generic(int n) {
        Expr[] e = new Expr[n * n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) e[i * n + j] = sym(n > 9 ? "a_" + (i + 1) + "_" + (j + 1) : "a" + (i + 1) + (j + 1));
        }
        return Matrix.of(n, n, e);
    }

    /**
     * A 5×5 matrix of trigonometric and exponential entries in x and y (a rotation
     * block, exponential couplings, polynomial corners): 46 terms expanded.
     * <pre>
     * [[cos(x), -sin(x), 0,       x,       1],
     *  [sin(x),  cos(x), exp(y),  0,       y],
     *  [0,       exp(-y), cos(y), -sin(y), x*y],
     *  [x,       0,       sin(y),  cos(y), exp(x)],
     *  [1,       y,       x*y,     exp(-x), cos(x + y)]]
     * </pre>
     */
    /** The n×n matrix of 1/(x + (j+1)·y + i + 1): a matrix with denominators, for det and inv in lowest terms. */
    public static Matrix cauchy(int n) {
        Expr[] e = new Expr[n * n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) e[i * n + j] = pow(add(List.of(X, mul(num(j + 1), Y), num(i + 1))), -1);
        }
        return Matrix.of(n, n, e);
    }

    public static Matrix trig5() {
        Expr sx = call(Fn.SIN, X), cx = call(Fn.COS, X), sy = call(Fn.SIN, Y), cy = call(Fn.COS, Y);
        Expr z = num(0), one = num(1), xy = mul(X, Y);
        return Matrix.of(5, 5, new Expr[] {
            cx, neg(sx), z, X, one,
            sx, cx, call(Fn.EXP, Y), z, Y,
            z, call(Fn.EXP, neg(Y)), cy, neg(sy), xy,
            X, z, sy, cy, call(Fn.EXP, X),
            one, Y, xy, call(Fn.EXP, neg(X)), call(Fn.COS, add(X, Y)),
        });
    }

    /** Symja's input form of a matrix: {{a, b}, {c, d}}, functions capitalised. */
    public static String symja(Matrix m) {
        String s = m.toString().replace('[', '{').replace(']', '}');
        for (Fn f : Fn.values()) {
            String n = f.fnName();
            s = s.replace(n + "(", Character.toUpperCase(n.charAt(0)) + n.substring(1) + "(");
        }
        return s;
    }

    /** det([[x, x^2], [1, sin x]]) = x·sin(x) − x², written by hand. */
    public static Expr det2() { return sub(mul(X, call(Fn.SIN, X)), pow(X, 2)); }

    /** The first example: det([[x, x^2], [1, sin x]])^2. */
    public static Expr det2Squared() { return pow(det2(), 2); }

    private static final Fn[] TRIG = {Fn.SIN, Fn.COS, Fn.EXP};

    /**
     * The compile benchmark's dense 5×5 trigonometric matrix (every entry a function call,
     * 120 Leibniz terms, so compiled code has the most to do): a_ij = F[(i + j) mod 3]((i+1)·x/5 + (j+1)·y/5)
     * for i, j = 0..4, with F = (sin, cos, exp). In the language:
     * {@code [[sin((x+y)/5), cos((x+2y)/5), exp((x+3y)/5), …], …]}.
     */
    public static Expr[][] trigDense5() {
        Expr[][] a = new Expr[5][5];
        for (int i = 0; i < 5; i++) {
            for (int j = 0; j < 5; j++) {
                Expr arg = add(mul(rational(i + 1, 5), X), mul(rational(j + 1, 5), Y));
                a[i][j] = call(TRIG[(i + j) % 3], arg);
            }
        }
        return a;
    }

    /** The 10 variables x0 … x9 of the 6×6 matrix. */
    public static List<Sym> vars10() {
        List<Sym> v = new ArrayList<>();
        for (int k = 0; k < 10; k++) v.add(sym("x" + k));
        return v;
    }

    /** The 6×6 matrix in 10 variables: a_ij = x[(i + 2j) mod 10] · x[(3i + j + 1) mod 10] + (i − j). */
    public static Expr[][] poly6() { return poly(6); }

    /** det of {@link #poly6()} as {@code det} returns it: expanded, 4 502 monomials in the 10 variables. */
    public static Expr poly6Expanded() {
        Expr[][] a = poly6();
        Expr[] rowMajor = new Expr[36];
        for (int k = 0; k < 36; k++) rowMajor[k] = a[k / 6][k % 6];
        return cofactor.matrix.Det.of(Matrix.of(6, 6, rowMajor), Limits.DEFAULT);
    }

    /** The n×n matrix of the same pattern as {@link #poly6()}. */
    public static Expr[][] poly(int n) {
        List<Sym> v = vars10();
        Expr[][] a = new Expr[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) a[i][j] = add(mul(v.get((i + 2 * j) % 10), v.get((3 * i + j + 1) % 10)), num(i - j));
        }
        return a;
    }

    /** The Leibniz sum over all n! permutations. */
    public static Expr leibniz(Expr[][] a) {
        List<Expr> terms = new ArrayList<>();
        permute(a, new int[a.length], new boolean[a.length], 0, 1, terms);
        return add(terms);
    }

    private static void permute(Expr[][] a, int[] sigma, boolean[] used, int row, int sign, List<Expr> terms) {
        int n = a.length;
        if (row == n) {
            List<Expr> f = new ArrayList<>(n + 1);
            f.add(Num.of(sign));
            for (int i = 0; i < n; i++) f.add(a[i][sigma[i]]);
            terms.add(mul(f));
            return;
        }
        int inversions = 0; // used columns greater than the chosen one
        for (int c = n - 1; c >= 0; c--) {
            if (used[c]) { inversions++; continue; }
            used[c] = true;
            sigma[row] = c;
            permute(a, sigma, used, row + 1, inversions % 2 == 0 ? sign : -sign, terms);
            used[c] = false;
        }
    }
}
