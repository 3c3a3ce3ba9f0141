package cofactor.codegen;

import cofactor.calculus.Partials;
import cofactor.expr.LatexPrinter;
import cofactor.expr.Sym;
import cofactor.matrix.Matrix;
import java.util.List;

/** The formula in LaTeX, {@code f(x, y) = ...}, and with the gradient its symbolic partial derivatives as a column. */
final class LatexFormula {
    private LatexFormula() {}

    static String of(CodeGenerator.Request r) {
        String name = latexName(Names.function(r.name(), "latex", java.util.Set.of()));
        List<Sym> vars = r.vars();
        String args = String.join(", ", vars.stream().map(v -> LatexPrinter.print(v)).toList());
        String value = r.matrix() ? LatexPrinter.matrix(r.rows(), r.cols(), r.entries()) : LatexPrinter.print(r.entries().get(0));
        StringBuilder sb = new StringBuilder(name).append('(').append(args).append(") = ").append(value).append('\n');
        if (r.grad()) {
            Matrix g = Partials.grad(r.entries().get(0), vars, r.limits());
            sb.append("\\nabla ").append(name).append('(').append(args).append(") = ")
                    .append(LatexPrinter.matrix(g.rows(), g.cols(), g.entries())).append('\n');
        }
        return sb.toString();
    }

    /** A one-letter name as it is, a longer one upright ({@code \operatorname{loss\_fn}}). */
    private static String latexName(String name) {
        return name.length() == 1 ? name : "\\operatorname{" + name.replace("_", "\\_") + "}";
    }

}
