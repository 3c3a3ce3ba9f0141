package cofactor.codegen;

import cofactor.expr.Fn;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Julia functions of numbers (broadcast over arrays with {@code f.(x, y)}); vectors and matrices are Julia arrays. */
final class JuliaDialect extends Dialect {
    private static final Set<String> RESERVED = Set.of("baremodule", "begin", "break", "catch", "const", "continue", "do",
            "else", "elseif", "end", "export", "false", "finally", "for", "function", "global", "if", "import", "let",
            "local", "macro", "module", "quote", "return", "struct", "true", "try", "using", "while", "abstract", "mutable",
            "primitive", "type", "where", "in", "isa",
            // the functions the code calls, which a parameter of that name would hide
            "sin", "cos", "tan", "asin", "acos", "atan", "sinh", "cosh", "tanh", "exp", "log", "abs", "sign", "sqrt");

    @Override String name() { return "julia"; }

    @Override Set<String> reserved() { return RESERVED; }

    @Override String function(Fn fn) { return fn.fnName(); }

    @Override String notANumber() { return "NaN"; }

    @Override String infinity() { return "Inf"; }

    @Override Code sqrt(Code arg) { return apply("sqrt", arg); }

    /** ^ binds tighter than a prefix minus and groups to the right: both operands are parenthesized unless atoms. */
    @Override Code pow(Code base, Code exponent) {
        return new Code(atomic(base) + " ^ " + atomic(exponent), Code.POWER);
    }

    private static String atomic(Code c) { return c.precedence() == Code.ATOM ? c.text() : c.parenthesized(); }

    @Override List<String> convention(Definition.Result result, String call) {
        List<String> lines = new ArrayList<>();
        if (result == Definition.Result.VALUE_AND_GRADIENT) lines.add("Returns (value, gradient).");
        lines.add("Over arrays of points, broadcast it: " + call.replaceFirst("\\(", ".(") + ".");
        return lines;
    }

    @Override void define(StringBuilder sb, Definition d) {
        for (String line : d.comment()) sb.append(line.isEmpty() ? "#" : "# " + line).append('\n');
        sb.append("function ").append(d.name()).append('(').append(String.join(", ", d.params())).append(")\n");
        for (Listing.Statement s : d.body().statements()) sb.append("    ").append(s.name()).append(" = ").append(s.value().text()).append('\n');
        List<Code> out = d.body().outputs();
        String result = switch (d.result()) {
            case SCALAR -> out.get(0).text();
            case VECTOR -> "[" + entries(out, ", ") + "]";
            case MATRIX -> {
                List<String> rows = new ArrayList<>();
                for (int i = 0; i < d.rows(); i++) rows.add(entries(d.row(i), " "));
                yield "[" + String.join("; ", rows) + "]";
            }
            case VALUE_AND_GRADIENT -> out.get(0).text() + ", [" + entries(out.subList(1, out.size()), ", ") + "]";
        };
        sb.append("    return ").append(result).append("\nend\n");
    }

    /** Array literal entries; in a matrix row, where spaces separate entries, any entry with an operator is parenthesized. */
    private static String entries(List<Code> codes, String separator) {
        return String.join(separator, codes.stream().map(c -> separator.equals(" ") ? atomic(c) : c.text()).toList());
    }
}
