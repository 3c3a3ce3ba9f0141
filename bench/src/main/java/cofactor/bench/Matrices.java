package cofactor.bench;

import static cofactor.expr.Expr.*;

import cofactor.expr.Expr;
import cofactor.expr.Num;
import cofactor.expr.Sym;
import cofactor.func.Fn;
import java.util.ArrayList;
import java.util.List;

/**
 * The benchmark matrices, in one place so that every benchmark (compile,
 * determinants, derivatives) uses the same ones. Determinants here are the
 * Leibniz sum Σ sign(σ) Π a_{i,σ(i)} built with the canonical factories: the
 * entries stay whole (not expanded), as {@code det} keeps non-polynomial entries.
 */
public final class Matrices {
    private Matrices() {}

    public static final Sym X = sym("x"), Y = sym("y");

    /** det([[x, x^2], [1, sin x]]) = x·sin(x) − x², written by hand. */
    public static Expr det2() { return sub(mul(X, call(Fn.SIN, X)), pow(X, 2)); }

    /** The first example: det([[x, x^2], [1, sin x]])^2. */
    public static Expr det2Squared() { return pow(det2(), 2); }

    private static final Fn[] TRIG = {Fn.SIN, Fn.COS, Fn.EXP};

    /**
     * The 5×5 trigonometric matrix: a_ij = F[(i + j) mod 3]((i+1)·x/5 + (j+1)·y/5)
     * for i, j = 0..4, with F = (sin, cos, exp). In the language:
     * {@code [[sin((x+y)/5), cos((x+2y)/5), exp((x+3y)/5), …], …]}.
     */
    public static Expr[][] trig5() {
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
