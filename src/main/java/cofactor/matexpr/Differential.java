package cofactor.matexpr;

import cofactor.expr.Expr;
import cofactor.expr.Num;
import cofactor.matrix.ShapeError;
import java.util.ArrayList;
import java.util.List;

/**
 * The differential of a matrix expression, one rule per node: a walk over M with a left and a
 * right factor (l, r) that collects what l·dM·r contributes, each node passing its operands on
 * with the factors its rule puts around them (d(AB) = dA·B + A·dB, d inv(A) = −inv(A)·dA·inv(A)).
 * What the contributions are is the subclass's: the gradient reads l·dM·r under a trace, the
 * Jacobian as a vector, and a derivative by a scalar as it stands; each says what the symbols'
 * own differentials and a scalar coefficient's give. A new node gets its rule in {@link #walk}.
 */
abstract class Differential {
    private final List<MatExpr> terms = new ArrayList<>();

    /** What l·dS·r gives, or l·dS'·r when transposed, for a matrix symbol S: null where S is a constant. */
    abstract MatExpr ofSymbol(MatExpr.Symbol s, boolean transposed, MatExpr l, MatExpr r);

    /** What dc·lpr gives for a scalar c (holding kernels such as det(X)): null where c is a constant. */
    abstract MatExpr ofScalar(Expr c, MatExpr lpr);

    /** Whether m may vary (it holds the variable); a walk into a constant contributes nothing. */
    abstract boolean varies(MatExpr m);

    /** Adds what l·dM·r contributes. */
    final void walk(MatExpr m, MatExpr l, MatExpr r) {
        if (!varies(m)) return;
        if (m instanceof MatExpr.Symbol s) add(ofSymbol(s, false, l, r));
        else if (m instanceof MatExpr.Sum s) s.terms().forEach(t -> walk(t, l, r));
        else if (m instanceof MatExpr.Product p) product(p, l, r);
        else if (m instanceof MatExpr.Inverse i) inverse(i.arg(), l, r);
        else if (m instanceof MatExpr.Adjugate a) adjugate(a.arg(), l, r);
        else if (m instanceof MatExpr.Transpose t) transpose(t.arg(), l, r);
        else if (!(m instanceof MatExpr.Identity || m instanceof MatExpr.Zero)) {
            throw new ShapeError("d", "no derivative rule for " + m);
        }
    }

    /**
     * Adds what w·dk contributes for a kernel k, as l·dM·r under a trace: d det(M) = tr(adj(M)·dM),
     * d tr(M) = tr(dM), the one entry of a 1×1 M is its trace, d sum(M) = tr(ones'·dM).
     */
    final void walkKernel(ScalarKernel k, Expr w) {
        MatExpr m = k.arg();
        MatExpr l = MatExprs.identity(m.shape().rows()), r = l;
        switch (k.kind()) {
            case DET -> walk(m, MatExprs.mul(l, MatExprs.scale(w, MatExprs.adj(m))), r);
            case TRACE, ENTRY -> walk(m, MatExprs.scale(w, l), r);
            // d sum(M) = sum(dM) = tr(ones(cols, rows)·dM), M of any shape
            case SUM -> walk(m, MatExprs.scale(w, MatExprs.ones(m.shape().cols(), m.shape().rows())), MatExprs.identity(m.shape().cols()));
        }
    }

    /** The sum of the contributions, zero of the given shape where there are none. */
    final MatExpr result(Shape shape) {
        return terms.isEmpty() ? new MatExpr.Zero(shape) : MatExprs.sum("d", terms);
    }

    private void add(MatExpr term) {
        if (term != null && !(term instanceof MatExpr.Zero)) terms.add(term);
    }

    /** d(c·F1…Fk) = dc·F1…Fk + Σ c·F1…dFi…Fk. */
    private void product(MatExpr.Product p, MatExpr l, MatExpr r) {
        List<MatExpr> fs = p.factors();
        for (int i = 0; i < fs.size(); i++) {
            if (!varies(fs.get(i))) continue;
            MatExpr left = MatExprs.scale(p.coefficient(), l), right = r;
            for (MatExpr f : fs.subList(0, i)) left = MatExprs.mul(left, f);
            for (int j = fs.size() - 1; j > i; j--) right = MatExprs.mul(fs.get(j), right);
            walk(fs.get(i), left, right);
        }
        if (!p.coefficient().isOne()) {
            MatExpr plain = MatExprs.product(Num.ONE, fs);
            add(ofScalar(p.coefficient(), MatExprs.mul(MatExprs.mul(l, plain), r)));
        }
    }

    /** d inv(A) = −inv(A)·dA·inv(A). */
    private void inverse(MatExpr a, MatExpr l, MatExpr r) {
        MatExpr inverse = MatExprs.inv(a);
        walk(a, MatExprs.scale(Num.MINUS_ONE, MatExprs.mul(l, inverse)), MatExprs.mul(inverse, r));
    }

    /** adj(A) = det(A)·inv(A), so d adj(A) = d det(A)·inv(A) − det(A)·inv(A)·dA·inv(A). */
    private void adjugate(MatExpr a, MatExpr l, MatExpr r) {
        MatExpr inverse = MatExprs.inv(a);
        add(ofScalar(MatExprs.det(a), MatExprs.mul(MatExprs.mul(l, inverse), r)));
        walk(a, MatExprs.scale(Expr.neg(MatExprs.det(a)), MatExprs.mul(l, inverse)), MatExprs.mul(inverse, r));
    }

    /** Transposes sit on symbols, inverses and adjugates: inv(B)' is inv(B'), adj(B)' is adj(B'). */
    private void transpose(MatExpr arg, MatExpr l, MatExpr r) {
        if (arg instanceof MatExpr.Symbol s) add(ofSymbol(s, true, l, r));
        else if (arg instanceof MatExpr.Inverse i) inverse(MatExprs.transpose(i.arg()), l, r);
        else if (arg instanceof MatExpr.Adjugate a) adjugate(MatExprs.transpose(a.arg()), l, r);
        else throw new ShapeError("d", "no derivative rule for " + MatExprs.transpose(arg));
    }
}
