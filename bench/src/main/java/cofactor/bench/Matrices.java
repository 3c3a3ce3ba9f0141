package cofactor.bench;

import static cofactor.expr.Expr.*;

import cofactor.expr.Expr;
import cofactor.expr.Sym;
import cofactor.func.Fn;
import cofactor.matrix.Matrix;

/**
 * The benchmark matrices, defined once for every benchmark (det, calculus,
 * compile). {@code bench/matrices.py} defines the same ones for SymPy.
 */
public final class Matrices {
    private Matrices() {}

    public static final Sym X = sym("x"), Y = sym("y");

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
}
