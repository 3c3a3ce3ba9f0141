package cofactor.lang;

import cofactor.matexpr.MatExpr;

/** A matrix expression of symbolic size (never 1×1: such a result is a scalar, see {@link Value#of(MatExpr)}). */
public record MatExprValue(MatExpr expr) implements Value {
    @Override public Kind kind() { return Kind.MATEXPR; }

    @Override public String show() { return expr.toString(); }

    @Override public String describe() {
        String s = expr.toString();
        String what = expr.shape().cols().isOne() ? "vector of length " + expr.shape().rows() : expr.shape() + " matrix";
        return "the " + what + " " + (s.length() > 40 ? "expression" : s);
    }
}
