package cofactor.matexpr;

import cofactor.expr.Add;
import cofactor.expr.Expr;
import cofactor.expr.Num;
import cofactor.expr.Sym;
import java.util.List;

/**
 * Matrix expressions in the language's syntax: {@code 2*A*inv(B)' - (A + B)*C}, {@code A.*B./C},
 * {@code kron(A, B)}, which parse back where the symbols are bound.
 */
final class MatPrinter {
    private MatPrinter() {}

    static String print(MatExpr e) {
        if (e instanceof MatExpr.Symbol s) return s.name();
        if (e instanceof MatExpr.Identity i) return "eye(" + i.n() + ")";
        if (e instanceof MatExpr.Zero z) return "zeros(" + z.shape().rows() + ", " + z.shape().cols() + ")";
        if (e instanceof MatExpr.Ones o) return "ones(" + o.shape().rows() + ", " + o.shape().cols() + ")";
        if (e instanceof MatExpr.Inverse i) return "inv(" + print(i.arg()) + ")";
        if (e instanceof MatExpr.Adjugate a) return "adj(" + print(a.arg()) + ")";
        if (e instanceof MatExpr.Transpose t) return factor(t.arg()) + "'";
        if (e instanceof MatExpr.Sum s) return sum(s.terms().stream().map(MatPrinter::print).toList());
        if (e instanceof MatExpr.Hadamard h) return hadamard(h.factors());
        if (e instanceof MatExpr.EntryPower p) return hadamard(List.of(p));
        if (e instanceof MatExpr.EntryFunction f) return f.fn().fnName() + "(" + print(f.arg()) + ")";
        if (e instanceof MatExpr.DiagMatrix d) return "diag(" + print(d.vector()) + ")";
        if (e instanceof MatExpr.Diagonal d) return "diag(" + print(d.matrix()) + ")";
        if (e instanceof MatExpr.Kron k) return "kron(" + String.join(", ", k.factors().stream().map(MatPrinter::print).toList()) + ")";
        MatExpr.Product p = (MatExpr.Product) e;
        StringBuilder sb = new StringBuilder();
        Expr c = p.coefficient();
        String only = p.factors().size() == 1 ? print(p.factors().get(0)) : "";
        if (only.startsWith("1./")) { // 2./X, not 2*(1./X)
            return (c instanceof Add || c instanceof Num n && !n.isInteger() ? "(" + c + ")" : c.toString()) + only.substring(1);
        }
        if (c.equals(Expr.num(-1))) sb.append('-');
        else if (!c.isOne()) sb.append(c instanceof Add ? "(" + c + ")" : c.toString()).append('*');
        for (int i = 0; i < p.factors().size(); i++) sb.append(i == 0 ? "" : "*").append(factor(p.factors().get(i)));
        return sb.toString();
    }

    /** A term that prints with a leading minus is subtracted: A - 2*B, not A + -2*B (in LaTeX too). */
    static String sum(List<String> printedTerms) {
        StringBuilder sb = new StringBuilder(printedTerms.get(0));
        for (String s : printedTerms.subList(1, printedTerms.size())) sb.append(s.startsWith("-") ? " - " + s.substring(1) : " + " + s);
        return sb.toString();
    }

    /** A.*B./C.^2: factors with a negative exponent divide (1./C when none multiplies), sqrt(A) for A.^(1/2). */
    private static String hadamard(List<MatExpr> factors) {
        StringBuilder sb = new StringBuilder();
        for (MatExpr f : factors) {
            if (EntrywiseAlgebra.divides(f)) {
                MatExpr.EntryPower p = (MatExpr.EntryPower) f;
                sb.append(sb.length() == 0 ? "1./" : "./").append(power(p.base(), ((Num) p.exponent()).negate()));
            } else {
                sb.append(sb.length() == 0 ? "" : ".*").append(f instanceof MatExpr.EntryPower p ? power(p.base(), p.exponent()) : factor(f));
            }
        }
        return sb.toString();
    }

    private static String power(MatExpr base, Expr k) {
        if (k.isOne()) return factor(base);
        if (k.equals(Num.HALF)) return "sqrt(" + print(base) + ")";
        boolean atom = k instanceof Num n && n.isInteger() && n.signum() > 0 || k instanceof Sym;
        boolean parens = base instanceof MatExpr.EntryPower || base instanceof MatExpr.Sum || base instanceof MatExpr.Product || base instanceof MatExpr.Hadamard;
        return (parens ? "(" + print(base) + ")" : print(base)) + ".^" + (atom ? k.toString() : "(" + k + ")");
    }

    /** An operand of a product, of ' or of .* and ./: sums, products, entry-wise products and quotients (1./A) in parentheses. */
    private static String factor(MatExpr e) {
        return e instanceof MatExpr.Sum || e instanceof MatExpr.Product || e instanceof MatExpr.Hadamard || EntrywiseAlgebra.divides(e)
                ? "(" + print(e) + ")" : print(e);
    }
}
