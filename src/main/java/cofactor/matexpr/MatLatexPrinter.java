package cofactor.matexpr;

import cofactor.expr.Add;
import cofactor.expr.Expr;
import cofactor.expr.LatexPrinter;
import cofactor.expr.Num;
import cofactor.expr.Sym;
import java.util.List;

/**
 * Matrix expressions as LaTeX, in the notation of the Matrix Cookbook: {@code X^{-1}},
 * {@code X^\top}, {@code A \odot B}, {@code A \oslash B}, {@code A^{\circ 2}},
 * {@code A \otimes B}, {@code \operatorname{adj}}, {@code \operatorname{diag}}. Scalars
 * (coefficients, exponents, sizes) go through {@link LatexPrinter}, which prints the kernels
 * they hold ({@code \det}, {@code \operatorname{tr}}, norms) through {@link ScalarKernel}.
 */
public final class MatLatexPrinter {
    private MatLatexPrinter() {}

    public static String print(MatExpr e) {
        if (e instanceof MatExpr.Symbol s) return LatexPrinter.print(Sym.of(s.name()));
        if (e instanceof MatExpr.Identity i) return "I_{" + LatexPrinter.print(i.n()) + "}";
        if (e instanceof MatExpr.Zero z) return "0_{" + size(z.shape()) + "}";
        if (e instanceof MatExpr.Ones o) return "\\mathbf{1}_{" + size(o.shape()) + "}";
        if (e instanceof MatExpr.Inverse i) return operand(i.arg()) + "^{-1}";
        if (e instanceof MatExpr.Adjugate a) return call("\\operatorname{adj}", a.arg());
        if (e instanceof MatExpr.Transpose t) {
            return t.arg() instanceof MatExpr.Inverse i ? operand(i.arg()) + "^{-\\top}" : operand(t.arg()) + "^\\top";
        }
        if (e instanceof MatExpr.Sum s) return MatPrinter.sum(s.terms().stream().map(MatLatexPrinter::print).toList());
        if (e instanceof MatExpr.Hadamard h) return hadamard(h.factors());
        if (e instanceof MatExpr.EntryPower p) return hadamard(List.of(p));
        if (e instanceof MatExpr.EntryFunction f) {
            String fn = f.fn().latex();
            if (fn.startsWith("\\left")) return fn.replace("#", print(f.arg())); // |X|
            return call(f.fn().latexIsCommand() ? fn : "\\" + f.fn().fnName(), f.arg()); // \exp(X), not e^{X}: that is the matrix exponential
        }
        if (e instanceof MatExpr.DiagMatrix d) return call("\\operatorname{diag}", d.vector());
        if (e instanceof MatExpr.Diagonal d) return call("\\operatorname{diag}", d.matrix());
        if (e instanceof MatExpr.Kron k) return String.join(" \\otimes ", k.factors().stream().map(MatLatexPrinter::factor).toList());
        MatExpr.Product p = (MatExpr.Product) e;
        StringBuilder sb = new StringBuilder();
        Expr c = p.coefficient();
        String only = p.factors().size() == 1 ? print(p.factors().get(0)) : "";
        if (only.startsWith("\\mathbf{1} \\oslash ")) { // 3 \oslash X, as 3./X
            return (c instanceof Add ? "\\left(" + LatexPrinter.print(c) + "\\right)" : LatexPrinter.print(c)) + only.substring("\\mathbf{1}".length());
        }
        if (c.equals(Num.MINUS_ONE)) sb.append('-');
        else if (!c.isOne()) sb.append(c instanceof Add ? "\\left(" + LatexPrinter.print(c) + "\\right)" : LatexPrinter.print(c)).append(' ');
        sb.append(String.join(" ", p.factors().stream().map(MatLatexPrinter::factor).toList()));
        return sb.toString();
    }

    private static String size(Shape s) { return LatexPrinter.print(s.rows()) + " \\times " + LatexPrinter.print(s.cols()); }

    private static String call(String command, MatExpr arg) { return command + "\\left(" + print(arg) + "\\right)"; }

    /** A \odot B \oslash C^{\circ 2}: the Hadamard product, quotient and power. */
    private static String hadamard(List<MatExpr> factors) {
        StringBuilder sb = new StringBuilder();
        for (MatExpr f : factors) {
            boolean divides = EntrywiseAlgebra.divides(f);
            if (sb.length() > 0) sb.append(divides ? " \\oslash " : " \\odot ");
            else if (divides) sb.append("\\mathbf{1} \\oslash ");
            if (f instanceof MatExpr.EntryPower p) {
                Expr k = divides ? ((Num) p.exponent()).negate() : p.exponent();
                sb.append(operand(p.base())).append(k.isOne() ? "" : "^{\\circ " + LatexPrinter.print(k) + "}");
            } else {
                sb.append(factor(f));
            }
        }
        return sb.toString();
    }

    /** A factor of a product or of ⊙ and ⊗: sums and the other products in parentheses. */
    private static String factor(MatExpr e) {
        boolean parens = e instanceof MatExpr.Sum || e instanceof MatExpr.Product || e instanceof MatExpr.Hadamard
                || e instanceof MatExpr.Kron || EntrywiseAlgebra.divides(e);
        return parens ? "\\left(" + print(e) + "\\right)" : print(e);
    }

    /** The base of ^{-1}, ^\top or ^{\circ k}: anything but a symbol or a call in parentheses. */
    private static String operand(MatExpr e) {
        boolean atom = e instanceof MatExpr.Symbol || e instanceof MatExpr.Adjugate || e instanceof MatExpr.DiagMatrix
                || e instanceof MatExpr.Diagonal || e instanceof MatExpr.EntryFunction;
        return atom ? print(e) : "\\left(" + print(e) + "\\right)";
    }
}
