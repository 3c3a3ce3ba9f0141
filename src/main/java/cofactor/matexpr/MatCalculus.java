package cofactor.matexpr;

import cofactor.calculus.Derivative;
import cofactor.expr.Expr;
import cofactor.expr.Num;
import cofactor.expr.Sym;
import cofactor.expr.Symbols;
import cofactor.guard.Limits;
import cofactor.matrix.ShapeError;

/**
 * Derivatives of matrix expressions in closed form. A scalar f holds matrices only through its
 * kernels (det(X), tr(A*X), (x'*A*x)), so the chain rule runs through them: df = Σ ∂f/∂k · dk,
 * ∂f/∂k by the scalar engine with k a symbol, and dk by the node rules of {@link Differential}.
 * Layouts are those of the explicit engine: d(f, X) has X's shape (entry ij is ∂f/∂Xij), the
 * Jacobian of an m-vector by an n-vector is m×n.
 */
public final class MatCalculus {
    private MatCalculus() {}

    /**
     * The scalar derivatives by kernels are of the user's expression, one pass each, and never
     * swell: the limits that guard repeated derivatives are not needed here.
     */
    private static final Limits LIMITS = Limits.DEFAULT;

    /** d(f, X): the matrix G of X's shape with df = tr(G'·dX). */
    public static MatExpr gradient(Expr f, MatExpr.Symbol x) {
        Gradient g = new Gradient(x);
        for (Sym k : Symbols.free(f)) {
            if (k.kernel() instanceof ScalarKernel kernel && g.varies(kernel.arg())) {
                Expr weight = Derivative.of(f, k, LIMITS);
                if (!weight.isZero()) g.walkKernel(kernel, weight);
            }
        }
        return g.result(x.shape());
    }

    /** jacobian(F, x) of a column vector F (m×1) by a vector symbol x (n×1): the m×n matrix J with dF = J·dx. */
    public static MatExpr jacobian(MatExpr f, MatExpr.Symbol x) {
        requireVector("jacobian", "the variable", x);
        requireVector("jacobian", "the function", f);
        Jacobian j = new Jacobian(x);
        j.walk(f, MatExprs.identity(f.shape().rows()), MatExprs.identity(Num.ONE));
        return j.result(new Shape(f.shape().rows(), x.shape().rows()));
    }

    /** hessian(f, x) of a scalar by a vector symbol: the Jacobian of the gradient. */
    public static MatExpr hessian(Expr f, MatExpr.Symbol x) {
        requireVector("hessian", "the variable", x);
        return jacobian(gradient(f, x), x);
    }

    /** d(M, t) of a matrix expression by a scalar symbol t in its coefficients: the matrix dM/dt of M's shape. */
    public static MatExpr derivative(MatExpr m, Sym t) {
        ByScalar d = new ByScalar(t);
        d.walk(m, MatExprs.identity(m.shape().rows()), MatExprs.identity(m.shape().cols()));
        return d.result(m.shape());
    }

    /** d(f, t) of a scalar by a scalar symbol t, through its kernels too: d det(X + t*Y)/dt = tr(adj(X + t*Y)*Y). */
    public static Expr derivative(Expr f, Sym t) {
        Expr out = Derivative.of(f, t, LIMITS);
        for (Sym k : Symbols.free(f)) {
            if (k.kernel() instanceof ScalarKernel kernel) {
                Expr weight = Derivative.of(f, k, LIMITS);
                if (weight.isZero()) continue;
                ByScalar d = new ByScalar(t);
                d.walkKernel(kernel, Num.ONE);
                out = Expr.add(out, Expr.mul(weight, MatExprs.tr(d.result(kernel.arg().shape()))));
            }
        }
        return out;
    }

    private static void requireVector(String op, String what, MatExpr m) {
        if (!m.shape().cols().isOne()) throw new ShapeError(op, what + " must be a column vector, got the " + m.shape() + " matrix " + m);
    }

    /** l·dM·r under a trace: tr(l·dX·r) = tr((r·l)·dX), so X contributes (r·l)', and X' contributes r·l. */
    private static final class Gradient extends Differential {
        private final MatExpr.Symbol x;

        Gradient(MatExpr.Symbol x) { this.x = x; }

        @Override MatExpr ofSymbol(MatExpr.Symbol s, boolean transposed, MatExpr l, MatExpr r) {
            if (!s.equals(x)) return null;
            MatExpr rl = MatExprs.mul(r, l);
            return transposed ? rl : MatExprs.transpose(rl);
        }

        @Override MatExpr ofScalar(Expr c, MatExpr lpr) { return MatExprs.scale(MatExprs.tr(lpr), gradient(c, x)); }

        @Override boolean varies(MatExpr m) { return MatSymbols.of(m).contains(x); }

        /** tr(l·Λ(dP)·r) = tr(W'·Λ(dP)) with W = (r·l)', which is tr(Λ*(W)'·dP): P walked with Λ*(W)' on its left. */
        @Override void linear(MatExpr p, Linear map, MatExpr l, MatExpr r) {
            if (map.adjoint() == null) throw new ShapeError("d", "no closed form for the gradient through " + p + " in a Kronecker product");
            MatExpr w = MatExprs.transpose(MatExprs.mul(r, l));
            walk(p, MatExprs.transpose(map.adjoint().apply(w)), MatExprs.identity(p.shape().cols()));
        }
    }

    /** l·dM·r as a vector (r is 1×1 where M is x): l·dx·r = (r·l)·dx and l·dx'·r = (l·r')·dx. */
    private static final class Jacobian extends Differential {
        private final MatExpr.Symbol x;

        Jacobian(MatExpr.Symbol x) { this.x = x; }

        @Override MatExpr ofSymbol(MatExpr.Symbol s, boolean transposed, MatExpr l, MatExpr r) {
            if (!s.equals(x)) return null;
            return transposed ? MatExprs.mul(l, MatExprs.transpose(r)) : MatExprs.scale(MatExprs.scalar(r), l);
        }

        @Override MatExpr ofScalar(Expr c, MatExpr lpr) { return MatExprs.mul(lpr, MatExprs.transpose(gradient(c, x))); }

        @Override boolean varies(MatExpr m) { return MatSymbols.of(m).contains(x); }

        /** l·Λ(dp)·r = l·K(r)·dp for a column p. */
        @Override void linear(MatExpr p, Linear map, MatExpr l, MatExpr r) {
            if (!p.shape().cols().isOne() || map.column() == null) {
                throw new ShapeError("jacobian", "no closed form for the Jacobian through the matrix " + p + " (only through vectors)");
            }
            walk(p, MatExprs.mul(l, map.column().apply(r)), MatExprs.identity(Num.ONE));
        }
    }

    /** l·(dM/dt)·r as it stands: matrix symbols are constants, coefficients vary. */
    private static final class ByScalar extends Differential {
        private final Sym t;

        ByScalar(Sym t) { this.t = t; }

        @Override MatExpr ofSymbol(MatExpr.Symbol s, boolean transposed, MatExpr l, MatExpr r) { return null; }

        @Override MatExpr ofScalar(Expr c, MatExpr lpr) { return MatExprs.scale(derivative(c, t), lpr); }

        @Override boolean varies(MatExpr m) { return true; }

        /** l·Λ(dP/dt)·r as it stands. */
        @Override void linear(MatExpr p, Linear map, MatExpr l, MatExpr r) {
            add(MatExprs.mul(MatExprs.mul(l, map.map().apply(derivative(p, t))), r));
        }
    }
}
