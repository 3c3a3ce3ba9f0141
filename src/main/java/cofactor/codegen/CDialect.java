package cofactor.codegen;

import cofactor.expr.Fn;
import java.util.List;
import java.util.Set;

/** C99 with {@code <math.h>}: a matrix or a gradient is written into an array the caller passes. */
final class CDialect extends Dialect {
    private static final Set<String> RESERVED = Set.of("auto", "break", "case", "char", "const", "continue", "default",
            "do", "double", "else", "enum", "extern", "float", "for", "goto", "if", "inline", "int", "long", "register",
            "restrict", "return", "short", "signed", "sizeof", "static", "struct", "switch", "typedef", "union",
            "unsigned", "void", "volatile", "while", "_Bool", "_Complex", "_Imaginary",
            // the <math.h> functions the code calls, which a parameter of that name would hide
            "sin", "cos", "tan", "asin", "acos", "atan", "sinh", "cosh", "tanh", "exp", "log", "fabs", "sqrt", "pow",
            "out", "grad");

    @Override String name() { return "c"; }

    @Override Set<String> reserved() { return RESERVED; }

    @Override String function(Fn fn) { return fn == Fn.ABS ? "fabs" : fn.fnName(); }

    /** C has no sign function: (x > 0) - (x < 0), as a double. */
    @Override Code sign(Code arg) { return Code.atom("(double) ((" + arg.text() + " > 0) - (" + arg.text() + " < 0))"); }

    @Override boolean repeatsOperand(Fn fn) { return fn == Fn.SIGN; }

    @Override String notANumber() { return "NAN"; }

    @Override String infinity() { return "INFINITY"; }

    @Override Code sqrt(Code arg) { return apply("sqrt", arg); }

    @Override Code pow(Code base, Code exponent) { return Code.atom("pow(" + base.text() + ", " + exponent.text() + ")"); }

    @Override List<String> convention(Definition.Result result, String call) {
        return switch (result) {
            case SCALAR -> List.of();
            case VECTOR -> List.of("The vector is written into out.");
            case MATRIX -> List.of("The matrix is written into out: out[i][j] is the entry in row i + 1, column j + 1.");
            case VALUE_AND_GRADIENT -> List.of("Returns the value and writes the gradient into grad.");
        };
    }

    @Override String preamble() { return "#include <math.h>\n"; }

    @Override void define(StringBuilder sb, Definition d) {
        for (String line : d.comment()) sb.append("// ").append(line).append('\n');
        List<String> params = new java.util.ArrayList<>();
        for (String p : d.params()) params.add("double " + p);
        switch (d.result()) {
            case VECTOR -> params.add("double out[" + d.rows() + "]");
            case MATRIX -> params.add("double out[" + d.rows() + "][" + d.cols() + "]");
            case VALUE_AND_GRADIENT -> params.add("double grad[" + d.rows() + "]");
            case SCALAR -> { }
        }
        boolean returnsValue = d.result() == Definition.Result.SCALAR || d.result() == Definition.Result.VALUE_AND_GRADIENT;
        sb.append(returnsValue ? "double " : "void ").append(d.name())
                .append('(').append(params.isEmpty() ? "void" : String.join(", ", params)).append(") {\n");
        for (Listing.Statement s : d.body().statements()) {
            sb.append("    double ").append(s.name()).append(" = ").append(s.value().text()).append(";\n");
        }
        List<Code> out = d.body().outputs();
        switch (d.result()) {
            case SCALAR -> sb.append("    return ").append(out.get(0).text()).append(";\n");
            case VECTOR -> { for (int k = 0; k < out.size(); k++) assign(sb, "out[" + k + "]", out.get(k)); }
            case MATRIX -> {
                for (int i = 0; i < d.rows(); i++) for (int j = 0; j < d.cols(); j++) assign(sb, "out[" + i + "][" + j + "]", d.row(i).get(j));
            }
            case VALUE_AND_GRADIENT -> {
                for (int k = 1; k < out.size(); k++) assign(sb, "grad[" + (k - 1) + "]", out.get(k));
                sb.append("    return ").append(out.get(0).text()).append(";\n");
            }
        }
        sb.append("}\n");
    }

    private static void assign(StringBuilder sb, String target, Code value) {
        sb.append("    ").append(target).append(" = ").append(value.text()).append(";\n");
    }
}
