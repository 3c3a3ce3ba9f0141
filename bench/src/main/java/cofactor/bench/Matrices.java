package cofactor.bench;

import cofactor.expr.Expr;
import cofactor.expr.Sym;
import cofactor.func.Fn;
import cofactor.matrix.Matrix;

/** The benchmark matrices; bench/matrices.py builds the same ones in SymPy. */
public final class Matrices {
    public static final Sym X = Expr.sym("x"), Y = Expr.sym("y");

    private Matrices() {}

    /** 5×5, entry (i, j) (0-based) by (i + j) mod 3: sin((i+1)x + j y), cos(i x − (j+1) y), exp((i−j) x/3) y. */
    public static Matrix trig5() {
        Expr[] e = new Expr[25];
        for (int i = 0; i < 5; i++) {
            for (int j = 0; j < 5; j++) {
                e[i * 5 + j] = switch ((i + j) % 3) {
                    case 0 -> Expr.call(Fn.SIN, Expr.add(Expr.mul(Expr.num(i + 1), X), Expr.mul(Expr.num(j), Y)));
                    case 1 -> Expr.call(Fn.COS, Expr.sub(Expr.mul(Expr.num(i), X), Expr.mul(Expr.num(j + 1), Y)));
                    default -> Expr.mul(Expr.call(Fn.EXP, Expr.mul(Expr.rational(i - j, 3), X)), Y);
                };
            }
        }
        return Matrix.of(5, 5, e);
    }
}
