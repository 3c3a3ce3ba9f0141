package cofactor.matexpr;

import cofactor.expr.Expr;
import cofactor.expr.Num;
import cofactor.matrix.ShapeError;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

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
        else if (m instanceof MatExpr.Hadamard || m instanceof MatExpr.EntryPower || m instanceof MatExpr.EntryFunction) entrywise(m, l, r);
        else if (m instanceof MatExpr.DiagMatrix d) linear(d.vector(), Linear.DIAG_MATRIX, l, r);
        else if (m instanceof MatExpr.Diagonal d) linear(d.matrix(), Linear.DIAGONAL, l, r);
        else if (m instanceof MatExpr.Kron k) kron(k, l, r);
        else if (!(m instanceof MatExpr.Identity || m instanceof MatExpr.Zero || m instanceof MatExpr.Ones)) {
            throw new ShapeError("d", "no derivative rule for " + m);
        }
    }

    /**
     * A linear map Λ of a differential dP, as each reading needs it: Λ(dP) itself; its adjoint, with
     * tr(W'·Λ(dP)) = tr(Λ*(W)'·dP), null where it has no closed form; and for a column dP the matrix
     * K(r) with Λ(dP)·r = K(r)·dP, null where there is none.
     */
    record Linear(UnaryOperator<MatExpr> map, UnaryOperator<MatExpr> adjoint, UnaryOperator<MatExpr> column) {
        /** diag(dv): its adjoint takes W's diagonal, and diag(dv)·r = diag(r)·dv. */
        static final Linear DIAG_MATRIX = new Linear(MatExprs::diag, MatExprs::diag, MatExprs::diag);
        /** diag(dX): its adjoint is diag(w), the matrix with w on its diagonal. */
        static final Linear DIAGONAL = new Linear(MatExprs::diag, MatExprs::diag, null);
        /** diag(dX)': tr(W'·diag(dX)') = Σ W_1i dX_ii. */
        static final Linear DIAGONAL_TRANSPOSED = new Linear(dx -> MatExprs.transpose(MatExprs.diag(dx)), w -> MatExprs.diag(MatExprs.transpose(w)), null);

        /** D.*dP: tr(W'·(D.*dP)) = tr((D.*W)'·dP), and for columns (D.*dp)·r = r·diag(D)·dp with r 1×1. */
        static Linear hadamard(MatExpr d) {
            return new Linear(dp -> MatExprs.hadamard(d, dp), w -> MatExprs.hadamard(d, w),
                    d.shape().cols().isOne() ? r -> MatExprs.scale(MatExprs.scalar(r), MatExprs.diag(d)) : null);
        }
    }

    /** Adds what l·Λ(dP)·r contributes. */
    abstract void linear(MatExpr p, Linear map, MatExpr l, MatExpr r);

    /**
     * An entry-wise node, by its partials (EntrywiseAlgebra): l·(D.*dP)·r for each matrix P it is
     * built from, and ds·(l·D·r) for each scalar s in it: d exp(X) = exp(X).*dX, d(A.*B) = B.*dA + A.*dB.
     */
    private void entrywise(MatExpr m, MatExpr l, MatExpr r) {
        EntrywiseAlgebra.Partials partials = EntrywiseAlgebra.partials(m);
        partials.byMatrix().forEach((p, d) -> {
            if (varies(p)) linear(p, Linear.hadamard(d), l, r);
        });
        partials.byScalar().forEach((s, d) -> add(ofScalar(s, MatExprs.mul(MatExprs.mul(l, d), r))));
    }

    /**
     * d kron(A, B) = kron(dA, B) + kron(A, dB). By a scalar it is that; for a Jacobian (columns)
     * kron(da, B)·r = kron(I, B·r)·da and kron(A, db)·r = kron(A·r, I)·db; a gradient through
     * kron has no closed form without reshaping, and is an error naming it.
     */
    private void kron(MatExpr.Kron k, MatExpr l, MatExpr r) {
        List<MatExpr> fs = k.factors();
        for (int i = 0; i < fs.size(); i++) {
            if (!varies(fs.get(i))) continue;
            int at = i;
            MatExpr front = i == 0 ? null : MatExprs.kron(fs.subList(0, i)), back = i == fs.size() - 1 ? null : MatExprs.kron(fs.subList(i + 1, fs.size()));
            UnaryOperator<MatExpr> column = front == null ? c -> MatExprs.kron(MatExprs.identity(fs.get(at).shape().rows()), MatExprs.mul(back, c))
                    : back == null ? c -> MatExprs.kron(MatExprs.mul(front, c), MatExprs.identity(fs.get(at).shape().rows())) : null;
            UnaryOperator<MatExpr> map = d -> {
                List<MatExpr> with = new ArrayList<>(fs);
                with.set(at, d);
                return MatExprs.kron(with);
            };
            linear(fs.get(i), new Linear(map, null, column), l, r);
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

    final void add(MatExpr term) {
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
        else if (arg instanceof MatExpr.Diagonal d) linear(d.matrix(), Linear.DIAGONAL_TRANSPOSED, l, r);
        else throw new ShapeError("d", "no derivative rule for " + MatExprs.transpose(arg));
    }
}
