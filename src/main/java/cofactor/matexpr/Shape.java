package cofactor.matexpr;

import cofactor.expr.Expr;
import cofactor.expr.Num;

/** The shape of a matrix expression: each size an integer or an expression in size symbols; equal sizes are equal expressions. */
public record Shape(Expr rows, Expr cols) {
    public boolean isSquare() { return rows.equals(cols); }

    /** 1×1: such a result is a scalar. */
    public boolean isScalar() { return rows.isOne() && cols.isOne(); }

    public Shape transposed() { return new Shape(cols, rows); }

    static Shape square(Expr n) { return new Shape(n, n); }

    static Shape column(Expr n) { return new Shape(n, Num.ONE); }

    @Override public String toString() { return size(rows) + "×" + size(cols); }

    private static String size(Expr e) { return e instanceof Num || e.args().isEmpty() ? e.toString() : "(" + e + ")"; }
}
