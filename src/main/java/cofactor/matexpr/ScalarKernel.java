package cofactor.matexpr;

import cofactor.expr.Sym;

/**
 * A scalar of a matrix expression that no rule takes further, as it stands in a scalar
 * expression: the meaning of a kernel symbol ({@link Sym#kernel}) named by its own text.
 */
public record ScalarKernel(Kind kind, MatExpr arg) {
    public enum Kind {
        /** det(arg) of a square arg. */
        DET,
        /** tr(arg) of a square arg. */
        TRACE,
        /** The one entry of a 1×1 product such as x'*A*x, in parentheses so that powers and quotients of it print right. */
        ENTRY
    }

    Sym symbol() {
        String name = switch (kind) {
            case DET -> "det(" + arg + ")";
            case TRACE -> "tr(" + arg + ")";
            case ENTRY -> "(" + arg + ")";
        };
        return Sym.kernel(name, this);
    }
}
