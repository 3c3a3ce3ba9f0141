package cofactor.codegen;

import cofactor.expr.Fn;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Python functions over one module's functions: {@code math} for numbers, or
 * NumPy or JAX, whose functions apply entry by entry, so that the generated
 * function takes arrays of points as well as numbers. A vectorized result that
 * does not depend on every parameter is added to {@code zero}, an array of the
 * parameters' broadcast shape, so that every entry of a vector or matrix has
 * that shape and they stack into one array.
 */
final class PythonDialect extends Dialect {
    private static final Set<String> KEYWORDS = Set.of("False", "None", "True", "and", "as", "assert", "async", "await",
            "break", "class", "continue", "def", "del", "elif", "else", "except", "finally", "for", "from", "global", "if",
            "import", "in", "is", "lambda", "nonlocal", "not", "or", "pass", "raise", "return", "try", "while", "with",
            "yield", "abs", "zero", "grad");

    private final String name, module, importLine;
    private final boolean vectorized;
    private final Set<String> reserved;

    private PythonDialect(String name, String module, String importLine, boolean vectorized) {
        this.name = name;
        this.module = module;
        this.importLine = importLine;
        this.vectorized = vectorized;
        Set<String> r = new java.util.HashSet<>(KEYWORDS);
        r.add(module);
        this.reserved = Set.copyOf(r);
    }

    static PythonDialect math() { return new PythonDialect("python", "math", "import math", false); }

    static PythonDialect numpy() { return new PythonDialect("numpy", "np", "import numpy as np", true); }

    static PythonDialect jax() { return new PythonDialect("jax", "jnp", "import jax.numpy as jnp", true); }

    @Override String name() { return name; }

    @Override Set<String> reserved() { return reserved; }

    /** NumPy and JAX spell the inverse trigonometric functions arcsin, arccos, arctan; math's abs of a float is fabs. */
    @Override String function(Fn fn) {
        if (fn == Fn.ABS) return vectorized ? module + ".abs" : "math.fabs";
        boolean inverseTrig = fn == Fn.ASIN || fn == Fn.ACOS || fn == Fn.ATAN;
        return module + "." + (vectorized && inverseTrig ? "arc" + fn.fnName().substring(1) : fn.fnName());
    }

    /** math has no sign function: 0.0 at 0, else copysign(1.0, x). */
    @Override Code sign(Code arg) {
        return vectorized ? super.sign(arg) : Code.atom("(0.0 if " + arg.text() + " == 0 else math.copysign(1.0, " + arg.text() + "))");
    }

    @Override boolean repeatsOperand(Fn fn) { return fn == Fn.SIGN && !vectorized; }

    @Override String notANumber() { return module + ".nan"; }

    @Override String infinity() { return module + ".inf"; }

    @Override Code sqrt(Code arg) { return apply(module + ".sqrt", arg); }

    @Override Code pow(Code base, Code exponent) {
        return Code.atom(module + "." + (vectorized ? "power" : "pow") + "(" + base.text() + ", " + exponent.text() + ")");
    }

    @Override List<String> convention(Definition.Result result, String call) {
        List<String> lines = new ArrayList<>();
        if (result == Definition.Result.VALUE_AND_GRADIENT) lines.add("Returns (value, gradient).");
        if (vectorized && !call.endsWith("()")) lines.add("The parameters may be " + (module.equals("np") ? "NumPy" : "JAX") + " arrays of points (they broadcast).");
        if (module.equals("jnp")) lines.add("JAX computes in float32 unless 64-bit is on: jax.config.update(\"jax_enable_x64\", True).");
        if (vectorized && result != Definition.Result.SCALAR) lines.add("An array's entries come first: result[i, j] is entry (i + 1, j + 1) at every point.");
        return lines;
    }

    @Override String preamble() { return importLine + "\n"; }

    @Override String separator() { return "\n\n"; }

    @Override void define(StringBuilder sb, Definition d) {
        sb.append("def ").append(d.name()).append('(').append(String.join(", ", d.params())).append("):\n");
        sb.append("    \"\"\"");
        for (int k = 0; k < d.comment().size(); k++) {
            String line = d.comment().get(k);
            sb.append(k == 0 ? "" : line.isEmpty() ? "\n" : "\n    ").append(line);
        }
        sb.append("\n    \"\"\"\n");
        for (Listing.Statement s : d.body().statements()) sb.append("    ").append(s.name()).append(" = ").append(s.value().text()).append('\n');
        List<Code> out = new ArrayList<>(d.body().outputs());
        if (vectorized && !d.params().isEmpty() && anyPartial(d)) {
            List<String> shapes = d.params().stream().map(p -> module + ".shape(" + p + ")").toList();
            String shape = shapes.size() == 1 ? shapes.get(0) : module + ".broadcast_shapes(" + String.join(", ", shapes) + ")";
            sb.append("    zero = ").append(module).append(".zeros(").append(shape).append(")\n");
            for (int k = 0; k < out.size(); k++) if (!d.body().dependsOnAll(k)) out.set(k, add(Code.atom("zero"), out.get(k)));
        }
        String result = switch (d.result()) {
            case SCALAR -> out.get(0).text();
            case VECTOR -> array(texts(out));
            case MATRIX -> {
                List<String> rows = new ArrayList<>();
                for (int i = 0; i < d.rows(); i++) rows.add("[" + texts(out.subList(i * d.cols(), (i + 1) * d.cols())) + "]");
                yield array(String.join(", ", rows));
            }
            case VALUE_AND_GRADIENT -> out.get(0).text() + ", " + array(texts(out.subList(1, out.size())));
        };
        sb.append("    return ").append(result).append('\n');
    }

    private static boolean anyPartial(Definition d) {
        for (int k = 0; k < d.body().outputs().size(); k++) if (!d.body().dependsOnAll(k)) return true;
        return false;
    }

    private String array(String entries) { return vectorized ? module + ".array([" + entries + "])" : "[" + entries + "]"; }

    private static String texts(List<Code> codes) { return String.join(", ", codes.stream().map(Code::text).toList()); }
}
