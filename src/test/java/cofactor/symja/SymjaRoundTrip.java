package cofactor.symja;

import cofactor.expr.Expr;

/** For tests outside this package: an expression converted to Symja and back, without evaluation. */
public final class SymjaRoundTrip {
    private SymjaRoundTrip() {}

    public static Expr of(Expr e) throws Exception {
        return SymjaBridge.run((c, ev) -> c.fromSymja(c.toSymja(e)), 30);
    }
}
