package cofactor.lang;

import cofactor.expr.Expr;
import cofactor.guard.Limits;
import cofactor.matexpr.Check;
import cofactor.matexpr.MatExpr;
import cofactor.matexpr.MatExprs;
import cofactor.matrix.Adjugate;
import cofactor.matrix.Matrix;
import java.util.function.Function;
import cofactor.matrix.Det;
import cofactor.matrix.Diagonals;
import cofactor.matrix.Kronecker;
import cofactor.matrix.Inverse;

/** Determinants and matrix algebra: det, adj, cofactor, minor, inv, tr, charpoly; check for matrix expressions. */
final class MatrixBuiltins {
    private MatrixBuiltins() {}

    static void register(Builtins b) {
        b.add(Builtin.of("det", 1, 1, "det(A)",
                "the determinant, fully expanded (entries that are not polynomials stay whole as factors)",
                a -> abstractOr(a, MatExprs::det, m -> Value.of(Det.of(m, a.session().limits())))));
        b.add(Builtin.of("adj", 1, 1, "adj(A)", "the adjugate (transposed cofactors); defined for singular matrices too",
                a -> abstractOr(a, MatExprs::adj, m -> Value.of(Adjugate.adj(m, a.session().limits())))));
        b.add(Builtin.of("cofactor", 1, 1, "cofactor(A)", "the matrix of cofactors: (-1)^(i+j) times minor(A, i, j)",
                a -> Value.of(Adjugate.cofactors(a.matrix(0), a.session().limits()))));
        b.add(Builtin.of("minor", 3, 3, "minor(A, i, j)", "the determinant of A without row i and column j (from 1)",
                a -> Value.of(Det.minor(a.matrix(0), a.integer(1) - 1, a.integer(2) - 1, a.session().limits()))));
        b.add(Builtin.of("inv", 1, 1, "inv(A)", "the inverse (exact; adj(A)/det(A) for symbolic matrices)",
                a -> abstractOr(a, MatExprs::inv, m -> Value.of(Inverse.of(m, a.session().limits())))));
        b.add(Builtin.of("tr", 1, 1, "tr(A)", "the trace: the sum of the diagonal", a -> abstractOr(a, MatExprs::tr, m -> Value.of(Det.trace(m)))));
        b.add(Builtin.of("sum", 1, 1, "sum(A)", "the sum of the entries",
                a -> abstractOr(a, MatExprs::sum, m -> Value.of(m.sumOfEntries()))));
        b.add(Builtin.of("norm", 1, 1, "norm(A)", "the Frobenius norm sqrt(tr(A'*A)); for a vector the Euclidean length sqrt(x'*x)",
                a -> abstractOr(a, MatExprs::norm, m -> Value.of(Expr.sqrt(m.hadamard(m).sumOfEntries())))));
        b.add(Builtin.of("diag", 1, 1, "diag(v), diag(A)", "the square matrix with the vector v on its diagonal; the column of a square A's diagonal",
                a -> abstractOr(a, MatExprs::diag, m -> Value.of(m.isVector() ? Diagonals.matrix(m) : Diagonals.diagonal(m)))));
        b.add(Builtin.of("kron", 2, 2, "kron(A, B)", "the Kronecker product: the blocks a_ij*B, of size rows(A)*rows(B) × cols(A)*cols(B)",
                MatrixBuiltins::kron));
        b.add(Builtin.of("charpoly", 2, 2, "charpoly(A, λ)", "the characteristic polynomial det(λI - A), expanded",
                a -> Value.of(Det.charpoly(a.matrix(0), a.symbol(1), a.session().limits()))));
        b.add(Builtin.of("check", 2, 2, "check(a, b)",
                "proves a = b for matrix expressions of symbolic size: exactly at sizes 1 to 4, numerically at 10 and 50",
                MatrixBuiltins::check));
    }

    /** The random points come from the sides' text, so the same check gives the same verdict. */
    private static Value check(Args a) {
        long seed = (a.get(0).show() + " = " + a.get(1).show()).hashCode();
        Limits limits = a.session().limits();
        if (a.get(0) instanceof MatExprValue x && a.get(1) instanceof MatExprValue y) return new Report(Check.of(x.expr(), y.expr(), limits, seed));
        if (a.get(0) instanceof MatExprValue) throw a.wrongType(1, "a matrix expression like the first");
        return new Report(Check.of(a.expr(0), a.expr(1), limits, seed));
    }

    private static Value kron(Args a) {
        if (a.get(0) instanceof MatExprValue x && a.get(1) instanceof MatExprValue y) return Value.of(MatExprs.kron(x.expr(), y.expr()));
        if (a.get(0) instanceof MatExprValue) throw a.wrongType(1, "a matrix expression like the first");
        if (a.get(1) instanceof MatExprValue) throw a.wrongType(0, "a matrix expression like the second");
        return Value.of(Kronecker.of(a.matrix(0), a.matrix(1), a.session().limits()));
    }

    /** f of a matrix expression (a scalar or a matrix expression as f gives), or explicit of a matrix. */
    private static Value abstractOr(Args a, Function<MatExpr, ?> f, Function<Matrix, Value> explicit) {
        if (!(a.get(0) instanceof MatExprValue m)) return explicit.apply(a.matrix(0));
        Object r = f.apply(m.expr());
        return r instanceof Expr e ? Value.of(e) : Value.of((MatExpr) r);
    }
}
