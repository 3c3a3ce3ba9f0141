package cofactor.matexpr;

/** Whether a matrix expression is affine in a matrix symbol: a sum of terms each constant in it or linear in it. */
final class Affine {
    private Affine() {}

    static boolean in(MatExpr m, MatExpr.Symbol x) {
        if (!MatSymbols.of(m).contains(x)) return true;
        if (m instanceof MatExpr.Symbol) return true; // x itself
        if (m instanceof MatExpr.Transpose t) return in(t.arg(), x);
        if (m instanceof MatExpr.Sum s) return s.terms().stream().allMatch(t -> in(t, x));
        if (m instanceof MatExpr.Product p) {
            if (MatSymbols.of(p.coefficient()).contains(x)) return false;
            long holding = p.factors().stream().filter(f -> MatSymbols.of(f).contains(x)).count();
            return holding == 1 && p.factors().stream().allMatch(f -> in(f, x));
        }
        return false; // inv, adj and the rest of an expression holding x
    }
}
