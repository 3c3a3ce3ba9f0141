package cofactor.lang;

import cofactor.expr.Expr;

/** A scalar expression as a value of the language. */
public record ScalarValue(Expr expr) implements Value {
    @Override public Kind kind() { return Kind.SCALAR; }

    @Override public String show() { return expr.toString(); }

    /** The expression itself when it is short enough to read in a message. */
    @Override public String describe() {
        String s = expr.toString();
        return s.length() > 40 ? "an expression" : s;
    }
}
