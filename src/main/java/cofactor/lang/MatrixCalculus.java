package cofactor.lang;

import cofactor.expr.Expr;
import cofactor.expr.Sym;
import cofactor.matexpr.GradientCheck;
import cofactor.matexpr.MatCalculus;
import cofactor.matexpr.MatExpr;
import cofactor.matexpr.MatExprs;
import cofactor.matexpr.MatSymbols;
import java.util.Set;

/**
 * d, grad, jacobian and hessian where a matrix symbol of symbolic size is involved: the argument
 * checks and errors of the language, the derivatives themselves {@link MatCalculus}'s. A result
 * has at most two indices (a gradient, a Jacobian, a Hessian); one with more (a matrix by a
 * matrix) is an error that says how many and what to differentiate instead.
 */
final class MatrixCalculus {
    private MatrixCalculus() {}

    /** d(f, X) by a matrix symbol X: the gradient of a scalar f, of X's shape. */
    static Value byMatrixSymbol(Args a) {
        MatExpr.Symbol x = symbol(a, 1);
        if (a.size() > 2) throw a.error("by a matrix symbol, differentiate once: d(f, " + x + ")");
        Value f = a.get(0);
        if (f instanceof ScalarValue s) return Value.of(MatCalculus.gradient(s.expr(), x));
        if (f instanceof MatExprValue m && vector(m.expr()) && vector(x)) {
            throw a.error("the derivative of a vector by a vector is its Jacobian: jacobian(" + m.expr() + ", " + x + ")");
        }
        if (f instanceof MatExprValue || f instanceof MatrixValue) throw tooManyIndices(a, f, x);
        throw a.wrongType(0, "a scalar expression");
    }

    /** One derivative by a scalar symbol t of a value that holds matrix expressions; null for any other value (the explicit engine's). */
    static Value byScalar(Args a, Value v, Sym t) {
        if (v instanceof MatExprValue m) {
            requireNotASize(a, t, MatSymbols.sizes(MatSymbols.of(m.expr()), Set.of(m.expr().shape())));
            return Value.of(MatCalculus.derivative(m.expr(), t));
        }
        if (v instanceof ScalarValue s && !MatSymbols.of(s.expr()).isEmpty()) {
            requireNotASize(a, t, MatSymbols.sizes(MatSymbols.of(s.expr()), Set.of()));
            return Value.of(MatCalculus.derivative(s.expr(), t));
        }
        return null;
    }

    /** grad(f, x) is d(f, x): by a matrix symbol too. */
    static Value grad(Args a) { return byMatrixSymbol(a); }

    static Value jacobian(Args a) {
        MatExpr.Symbol x = vectorSymbol(a);
        Value f = a.get(0);
        if (f instanceof ScalarValue s) return Value.of(MatExprs.transpose(MatCalculus.gradient(s.expr(), x)));
        if (f instanceof MatExprValue m && vector(m.expr())) return Value.of(MatCalculus.jacobian(m.expr(), x));
        if (f instanceof MatExprValue) throw tooManyIndices(a, f, x);
        throw a.wrongType(0, "a vector expression such as A*x");
    }

    static Value hessian(Args a) {
        MatExpr.Symbol x = vectorSymbol(a);
        if (a.get(0) instanceof MatExprValue || a.get(0) instanceof MatrixValue) throw tooManyIndices(a, a.get(0), x);
        return Value.of(MatCalculus.hessian(a.expr(0), x));
    }

    /**
     * jacobi(X) of a square matrix symbol: Jacobi's formula in closed form, d(det(X), X) as
     * MatCalculus derives it and the differential it gives, proven by {@link GradientCheck}.
     */
    static Value jacobi(Args a) {
        if (a.size() > 1) throw a.error("of a matrix symbol, jacobi(X) takes no variables: X is the variable");
        if (!(a.get(0) instanceof MatExprValue m && m.expr() instanceof MatExpr.Symbol x && x.shape().isSquare())) {
            throw a.wrongType(0, "a square matrix symbol such as X = matrix(X, n, n)");
        }
        Expr det = MatExprs.det(x);
        MatExpr gradient = MatCalculus.gradient(det, x);
        GradientCheck.Outcome proof = GradientCheck.of(det, x, gradient, a.session().limits(), a.integerOption("seed", 1));
        String differential = MatExprs.mul(MatExprs.transpose(gradient), MatExprs.symbol("d" + x, x.shape().rows(), x.shape().cols())).toString();
        String left = "d(" + det + ", " + x + ")", right = "d " + det;
        int w = Math.max(left.length(), right.length());
        return new Report(pad(left, w) + " = " + gradient + "\n" + pad(right, w) + " = tr(" + differential + ")\n"
                + "jacobi: " + (proof.holds() ? "agree (" : "DISAGREE (") + left + " is " + proof.text() + ")");
    }

    private static String pad(String s, int w) { return s + " ".repeat(w - s.length()); }

    private static MatExpr.Symbol symbol(Args a, int i) {
        if (a.get(i) instanceof MatExprValue m && m.expr() instanceof MatExpr.Symbol s) return s;
        throw a.error("differentiate with respect to a matrix symbol such as X = matrix(X, n, n) or x = vector(x, n), got " + a.get(i).describe());
    }

    /** The variable of grad, jacobian and hessian: a vector symbol; a matrix one leaves too many indices. */
    private static MatExpr.Symbol vectorSymbol(Args a) {
        MatExpr.Symbol x = symbol(a, 1);
        if (vector(x)) return x;
        if (a.get(0) instanceof ScalarValue && a.fn().equals("jacobian")) throw a.error("by a matrix symbol, d(f, " + x + ") gives the gradient");
        throw tooManyIndices(a, a.get(0), x);
    }

    private static boolean vector(MatExpr m) { return m.shape().cols().isOne(); }

    /**
     * The derivative of f by x has the indices of both (a matrix two, a vector one, a scalar none),
     * and hessian's twice x's: past two no matrix holds it.
     */
    private static EvalError tooManyIndices(Args a, Value f, MatExpr.Symbol x) {
        int of = f instanceof ScalarValue ? 0 : f instanceof MatExprValue m && vector(m.expr()) ? 1 : 2;
        int by = vector(x) ? 1 : 2;
        int indices = a.fn().equals("hessian") ? of + 2 * by : of + by;
        String what = a.fn().equals("hessian") ? "the Hessian of " + f.describe() : "the derivative of " + f.describe();
        String hint = of == 0 ? "; d(f, " + x + ") gives the gradient" : "; differentiate a scalar of it, such as its trace or an entry u'*F*w";
        return a.error(what + " by " + new MatExprValue(x).describe() + " has " + indices + " indices, more than a matrix holds" + hint);
    }

    private static void requireNotASize(Args a, Sym t, Set<Sym> sizes) {
        if (sizes.contains(t)) throw a.error(t + " is a size; differentiate by a symbol of the coefficients");
    }
}
