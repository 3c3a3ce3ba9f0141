package cofactor.matexpr;

import cofactor.expr.Add;
import cofactor.expr.Expr;
import java.util.List;

/** Matrix expressions in the language's syntax: {@code 2*A*inv(B)' - (A + B)*C}, which parses back where the symbols are bound. */
final class MatPrinter {
    private MatPrinter() {}

    static String print(MatExpr e) {
        if (e instanceof MatExpr.Symbol s) return s.name();
        if (e instanceof MatExpr.Identity i) return "eye(" + i.n() + ")";
        if (e instanceof MatExpr.Zero z) return "zeros(" + z.shape().rows() + ", " + z.shape().cols() + ")";
        if (e instanceof MatExpr.Inverse i) return "inv(" + print(i.arg()) + ")";
        if (e instanceof MatExpr.Adjugate a) return "adj(" + print(a.arg()) + ")";
        if (e instanceof MatExpr.Transpose t) return factor(t.arg()) + "'";
        if (e instanceof MatExpr.Sum s) return sum(s.terms());
        MatExpr.Product p = (MatExpr.Product) e;
        StringBuilder sb = new StringBuilder();
        Expr c = p.coefficient();
        if (c.equals(Expr.num(-1))) sb.append('-');
        else if (!c.isOne()) sb.append(c instanceof Add ? "(" + c + ")" : c.toString()).append('*');
        for (int i = 0; i < p.factors().size(); i++) sb.append(i == 0 ? "" : "*").append(factor(p.factors().get(i)));
        return sb.toString();
    }

    /** A term that prints with a leading minus is subtracted: A - 2*B, not A + -2*B. */
    private static String sum(List<MatExpr> terms) {
        StringBuilder sb = new StringBuilder(print(terms.get(0)));
        for (MatExpr t : terms.subList(1, terms.size())) {
            String s = print(t);
            sb.append(s.startsWith("-") ? " - " + s.substring(1) : " + " + s);
        }
        return sb.toString();
    }

    /** An operand of a product or of ': sums and products in parentheses. */
    private static String factor(MatExpr e) {
        return e instanceof MatExpr.Sum || e instanceof MatExpr.Product ? "(" + print(e) + ")" : print(e);
    }
}
