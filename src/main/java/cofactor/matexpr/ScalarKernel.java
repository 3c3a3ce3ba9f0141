package cofactor.matexpr;

import cofactor.expr.Kernel;
import cofactor.expr.Sym;
import java.util.List;

/**
 * A scalar of a matrix expression that no rule takes further, as it stands in a scalar
 * expression: the meaning of a kernel symbol ({@link Sym#kernel}) named by its own text.
 */
public record ScalarKernel(Kind kind, MatExpr arg) implements Kernel {
    public enum Kind {
        /** det(arg) of a square arg. */
        DET,
        /** tr(arg) of a square arg. */
        TRACE,
        /** sum(arg): the sum of its entries. */
        SUM,
        /** The one entry of a 1×1 product such as x'*A*x, in parentheses so that powers and quotients of it print right. */
        ENTRY
    }

    private static volatile boolean named; // whether any symbol() was made in this process

    /** Whether this process has named any matrix expression's scalar: until then no expression holds one. */
    static boolean anyNamed() { return named; }

    Sym symbol() {
        named = true;
        String name = switch (kind) {
            case DET -> "det(" + arg + ")";
            case TRACE -> "tr(" + arg + ")";
            case SUM -> "sum(" + arg + ")";
            case ENTRY -> "(" + arg + ")";
        };
        return Sym.kernel(name, this);
    }

    /** The 1×1 product bare inside a call: log(x'*A*x), sqrt(v'*v). */
    @Override public String asArgument() { return kind == Kind.ENTRY ? arg.toString() : null; }

    @Override public String latex() {
        MatExpr gram = gramRoot();
        if (gram != null) return "{" + norm(gram) + "^{2}}"; // braced: a power of it stays one superscript
        String a = MatLatexPrinter.print(arg);
        return switch (kind) {
            case DET -> "\\det\\left(" + a + "\\right)";
            case TRACE -> "\\operatorname{tr}\\left(" + a + "\\right)";
            case SUM -> "\\operatorname{sum}\\left(" + a + "\\right)";
            case ENTRY -> "\\left(" + a + "\\right)";
        };
    }

    /** sqrt(x'*x) is the norm of x, sqrt(tr(X'*X)) the Frobenius norm of X. */
    @Override public String sqrtLatex() {
        MatExpr gram = gramRoot();
        return gram == null ? null : norm(gram);
    }

    private static String norm(MatExpr m) {
        return "\\left\\lVert " + MatLatexPrinter.print(m) + " \\right\\rVert" + (m.shape().cols().isOne() ? "" : "_F");
    }

    /** M when this is M'*M as a trace or a 1×1 entry (a squared norm), else null. */
    private MatExpr gramRoot() {
        if (kind != Kind.TRACE && kind != Kind.ENTRY || !(arg instanceof MatExpr.Product p) || !p.coefficient().isOne()) return null;
        List<MatExpr> fs = p.factors();
        for (int k = 1; k < fs.size(); k++) {
            MatExpr right = MatExprs.product(cofactor.expr.Num.ONE, fs.subList(k, fs.size()));
            if (MatExprs.transpose(right).equals(MatExprs.product(cofactor.expr.Num.ONE, fs.subList(0, k)))) return right;
        }
        return null;
    }
}
