package cofactor.codegen;

import cofactor.expr.Fn;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Static Java methods over {@link Math}, to paste into a class: arrays are returned, a gradient written into the caller's array. */
final class JavaDialect extends Dialect {
    /** Operations in one method, at most: about 10 bytes of bytecode each, under the JVM's 64 KB per method. */
    static final int MOST_OPERATIONS = 5000;

    private static final Set<String> RESERVED = Set.of("abstract", "assert", "boolean", "break", "byte", "case", "catch",
            "char", "class", "const", "continue", "default", "do", "double", "else", "enum", "extends", "final", "finally",
            "float", "for", "goto", "if", "implements", "import", "instanceof", "int", "interface", "long", "native", "new",
            "package", "private", "protected", "public", "return", "short", "static", "strictfp", "super", "switch",
            "synchronized", "this", "throw", "throws", "transient", "try", "void", "volatile", "while", "true", "false",
            "null", "var", "yield", "record", "sealed", "permits", "Math", "grad");

    @Override String name() { return "java"; }

    @Override Set<String> reserved() { return RESERVED; }

    @Override String function(Fn fn) { return "Math." + fn.mathMethod(); }

    @Override String notANumber() { return "Double.NaN"; }

    @Override String infinity() { return "Double.POSITIVE_INFINITY"; }

    @Override Code sqrt(Code arg) { return apply("Math.sqrt", arg); }

    @Override Code pow(Code base, Code exponent) { return Code.atom("Math.pow(" + base.text() + ", " + exponent.text() + ")"); }

    @Override List<String> convention(Definition.Result result, String call) {
        return result == Definition.Result.VALUE_AND_GRADIENT ? List.of("Returns the value and writes the gradient into grad.") : List.of();
    }

    @Override void define(StringBuilder sb, Definition d) {
        int operations = d.body().operations();
        if (operations > MOST_OPERATIONS) {
            throw new CodegenError(d.name() + " takes " + operations + " operations, more than code puts in one Java method ("
                    + MOST_OPERATIONS + ", to stay under the JVM's 64 KB of bytecode per method); lang = \"c\" writes it whole, and compile splits it");
        }
        sb.append("/**\n");
        for (String line : d.comment()) sb.append(" * ").append(line).append('\n');
        sb.append(" */\n");
        List<String> params = new ArrayList<>();
        for (String p : d.params()) params.add("double " + p);
        if (d.result() == Definition.Result.VALUE_AND_GRADIENT) params.add("double[] grad");
        String type = switch (d.result()) {
            case SCALAR, VALUE_AND_GRADIENT -> "double";
            case VECTOR -> "double[]";
            case MATRIX -> "double[][]";
        };
        sb.append("static ").append(type).append(' ').append(d.name()).append('(').append(String.join(", ", params)).append(") {\n");
        for (Listing.Statement s : d.body().statements()) {
            sb.append("    double ").append(s.name()).append(" = ").append(s.value().text()).append(";\n");
        }
        List<Code> out = d.body().outputs();
        switch (d.result()) {
            case SCALAR -> sb.append("    return ").append(out.get(0).text()).append(";\n");
            case VECTOR -> sb.append("    return new double[] {").append(texts(out)).append("};\n");
            case MATRIX -> {
                sb.append("    return new double[][] {\n");
                for (int i = 0; i < d.rows(); i++) sb.append("        {").append(texts(d.row(i))).append("},\n");
                sb.append("    };\n");
            }
            case VALUE_AND_GRADIENT -> {
                for (int k = 1; k < out.size(); k++) sb.append("    grad[").append(k - 1).append("] = ").append(out.get(k).text()).append(";\n");
                sb.append("    return ").append(out.get(0).text()).append(";\n");
            }
        }
        sb.append("}\n");
    }

    private static String texts(List<Code> codes) {
        return String.join(", ", codes.stream().map(Code::text).toList());
    }
}
