package cofactor.codegen;

import cofactor.compile.CompileError;
import cofactor.compile.Program;
import cofactor.expr.Expr;
import cofactor.expr.Printer;
import cofactor.expr.Sym;
import cofactor.guard.Limits;
import cofactor.matrix.Matrix;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Source code in another language for an expression or a matrix: a complete
 * function of the variables, computing what {@code compile} computes, with the
 * same shared subexpressions and Horner scheme (the compiler's {@link Program}),
 * and with {@code grad} a second function {@code <name>_grad} giving the value
 * and the gradient by reverse accumulation.
 */
public final class CodeGenerator {
    /** Characters of the expression quoted in the comment, beyond which it is cut. */
    static final int QUOTED = 160;

    /**
     * What to write: the entries (one for a scalar, a matrix's row by row), the variables
     * (the parameters, in order), the language, the function's name, whether to add the gradient, and
     * the limits on the terms the gradient's formula may build (for LaTeX, which writes it symbolically).
     */
    public record Request(List<Expr> entries, boolean matrix, int rows, int cols, List<Sym> vars, Language lang, String name, boolean grad,
                          Limits limits) {
        public Request {
            entries = List.copyOf(entries);
            vars = List.copyOf(vars);
        }

        public static Request scalar(Expr e, List<Sym> vars, Language lang, String name, boolean grad) {
            return new Request(List.of(e), false, 1, 1, vars, lang, name, grad, Limits.DEFAULT);
        }
    }

    private CodeGenerator() {}

    /** The text, ending in a newline; a {@link CodegenError} says what cannot be written. */
    public static String generate(Request r) {
        if (r.grad() && r.matrix()) throw new CodegenError("grad = true needs a scalar expression, got a " + r.rows() + "×" + r.cols() + " matrix");
        if (r.lang() == Language.LATEX) return LatexFormula.of(r);
        Dialect d = r.lang().dialect();
        String name = Names.function(r.name(), d);
        String gradName = name + "_grad";
        List<String> params = Names.parameters(r.vars(), d, Set.of(name, gradName));
        String temporary = Names.temporaries(params);
        String args = "(" + String.join(", ", params) + ")";
        List<Definition> definitions = new ArrayList<>();
        try {
            Definition.Result result = !r.matrix() ? Definition.Result.SCALAR
                    : r.rows() == 1 || r.cols() == 1 ? Definition.Result.VECTOR : Definition.Result.MATRIX;
            Listing value = Listing.of(Program.of(r.entries(), r.vars()), d, params, temporary);
            int rows = result == Definition.Result.VECTOR ? r.entries().size() : r.rows();
            definitions.add(new Definition(name, params, result, rows, r.cols(), comment(formula(name + args, params, r), d, result, name + args), value));
            if (r.grad()) {
                Listing both = Listing.of(Program.withGradient(r.entries().get(0), r.vars()), d, params, temporary);
                String partial = name.length() == 1 ? "d" + name : "d(" + name + ")"; // df/dx, d(loss)/dx
                String partials = String.join(", ", params.stream().map(p -> partial + "/d" + p).toList());
                List<String> what = List.of(gradName + ": " + name + args + " and its gradient (" + partials + ").");
                definitions.add(new Definition(gradName, params, Definition.Result.VALUE_AND_GRADIENT, params.size(), 1,
                        comment(what, d, Definition.Result.VALUE_AND_GRADIENT, gradName + args), both));
            }
        } catch (CompileError e) {
            throw new CodegenError(e.getMessage());
        }
        return d.file(definitions);
    }

    /** f(x, y) = the expression, or the matrix, as Cofactor prints it (cut when long), and which parameters were renamed. */
    private static List<String> formula(String call, List<String> params, Request r) {
        String text = r.matrix() ? Matrix.of(r.rows(), r.cols(), r.entries().toArray(Expr[]::new)).toString() : Printer.print(r.entries().get(0));
        if (text.length() > QUOTED) text = text.substring(0, QUOTED - 4) + " ...";
        List<String> lines = new ArrayList<>(List.of(call + " = " + text));
        List<String> renamed = new ArrayList<>();
        for (int k = 0; k < params.size(); k++) {
            if (!params.get(k).equals(r.vars().get(k).name())) renamed.add(params.get(k) + " is " + r.vars().get(k).name());
        }
        if (!renamed.isEmpty()) lines.add("Renamed (the language reserves the name, or the function has it): " + String.join(", ", renamed) + ".");
        return lines;
    }

    private static List<String> comment(List<String> what, Dialect d, Definition.Result result, String call) {
        List<String> lines = new ArrayList<>(what);
        lines.addAll(d.convention(result, call));
        lines.add("Generated by Cofactor: shared subexpressions are computed once.");
        return lines;
    }
}
