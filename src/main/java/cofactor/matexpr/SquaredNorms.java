package cofactor.matexpr;

import cofactor.expr.Add;
import cofactor.expr.Expr;
import cofactor.expr.Num;
import cofactor.expr.Symbols;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The canonical form multiplies ‖A*X - B‖² out into traces (tr(A'*A*X*X') - 2*tr(A*X*B') +
 * tr(B'*B)). When the matrices compiled beside the scalar hold that sum itself (the gradient
 * 2*A'*(A*X - B) does), the scalar is read as c·‖M‖² plus what is left: one pass of squares over a
 * matrix computed anyway, where the traces would each take a pass and need A*X on its own (so the
 * sum could not be computed in one multiplication), and without the cancellation between the terms.
 */
final class SquaredNorms {
    private SquaredNorms() {}

    /** e with the multiplied-out ‖M‖² of every sum M among {@code computed}'s subexpressions read as that norm. */
    static Expr read(Expr e, List<MatExpr> computed) {
        Set<MatExpr.Sum> sums = new LinkedHashSet<>();
        for (MatExpr m : computed) collectSums(m, sums);
        for (MatExpr.Sum m : sums) e = read(e, m);
        return e;
    }

    private static void collectSums(MatExpr m, Set<MatExpr.Sum> out) {
        if (m instanceof MatExpr.Sum s) out.add(s);
        for (MatExpr operand : m.operands()) collectSums(operand, out);
    }

    /** e as c·‖m‖² + rest, when that leaves fewer kernels to compute than e has; else e. */
    private static Expr read(Expr e, MatExpr.Sum m) {
        if (!(e instanceof Add sum) || !(MatExprs.tr(MatExprs.mul(MatExprs.transpose(m), m)) instanceof Add expanded)) return e;
        Num c = null;
        for (int i = 0; i < sum.size() && c == null; i++) {
            if (sum.term(i).equals(expanded.term(0))) c = sum.coef(i).div(expanded.coef(0));
        }
        if (c == null) return e;
        Expr rest = Expr.sub(e, Expr.mul(c, expanded));
        return kernels(rest) + 1 < kernels(e) ? Expr.add(rest, Expr.mul(c, new ScalarProgram.SquaredNorm(m).symbol())) : e;
    }

    private static long kernels(Expr e) { return Symbols.free(e).stream().filter(s -> s.kernel() != null).count(); }
}
