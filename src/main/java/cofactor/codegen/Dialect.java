package cofactor.codegen;

import cofactor.expr.Fn;
import java.util.List;
import java.util.Set;

/**
 * How one language writes the parts of a straight-line program: numbers,
 * arithmetic, the elementary functions, and a whole function definition
 * around the statements {@link Listing} has laid out. {@link #call} goes over
 * the function table in a {@code switch} without default, so a new function in
 * {@link Fn} does not compile until it says how the languages write it.
 */
abstract class Dialect {
    /** The language's name as {@code lang = "..."} gives it. */
    abstract String name();

    /** Words a parameter or function may not be called: keywords, and names the generated code uses itself. */
    abstract Set<String> reserved();

    /**
     * f(arg) in this language. cot, sec and csc are 1/tan, 1/cos and 1/sin in every
     * language, as {@code ReciprocalTrig} computes them for compile.
     */
    final Code call(Fn fn, Code arg) {
        return switch (fn) {
            case SIN, COS, TAN, ASIN, ACOS, ATAN, SINH, COSH, TANH, EXP, LOG, ABS -> apply(function(fn), arg);
            case COT -> reciprocal(Fn.TAN, arg);
            case SEC -> reciprocal(Fn.COS, arg);
            case CSC -> reciprocal(Fn.SIN, arg);
            case SIGN -> sign(arg);
        };
    }

    /** The name this language calls fn by (for the functions it has). */
    abstract String function(Fn fn);

    /** sign(arg), where the language has a sign function. */
    Code sign(Code arg) { return apply(function(Fn.SIGN), arg); }

    abstract Code sqrt(Code arg);

    abstract Code pow(Code base, Code exponent);

    /** Whether the text of {@link #call} repeats its operand, which must then be a name rather than an expression. */
    boolean repeatsOperand(Fn fn) { return false; }

    /** What the comment above a function says of how it hands back its result. */
    abstract List<String> convention(Definition.Result result, String call);

    /** The whole text: the preamble, then the definitions, each after a blank line (two in Python) but for a first one. */
    final String file(List<Definition> definitions) {
        StringBuilder sb = new StringBuilder(preamble());
        for (Definition d : definitions) {
            if (sb.length() > 0) sb.append(separator());
            define(sb, d);
        }
        return sb.toString();
    }

    /** What the code needs first: an include, an import. */
    String preamble() { return ""; }

    /** What goes between definitions, after a line's end. */
    String separator() { return "\n"; }

    /** Appends one function's definition, its comment first. */
    abstract void define(StringBuilder sb, Definition d);

    /**
     * A double as a literal that reads back as the same double: Java's shortest
     * round-tripping digits, which C, Python and Julia all parse alike. NaN and
     * infinities occur where the compiler folded constants (0·log(-1) in a
     * gradient): the code computes what compile computes there too.
     */
    String number(double v) {
        if (Double.isNaN(v)) return notANumber();
        if (Double.isInfinite(v)) return (v < 0 ? "-" : "") + infinity();
        return Double.toString(v).replace('E', 'e');
    }

    abstract String notANumber();

    abstract String infinity();

    Code add(Code a, Code b) { return binary(a, " + ", b, Code.SUM); }

    Code sub(Code a, Code b) { return binary(a, " - ", b, Code.SUM); }

    Code mul(Code a, Code b) { return binary(a, " * ", b, Code.PRODUCT); }

    Code div(Code a, Code b) { return binary(a, " / ", b, Code.PRODUCT); }

    Code neg(Code a) { return new Code("-" + a.tight(), Code.UNARY); }

    static Code binary(Code a, String op, Code b, int precedence) {
        return new Code(a.left(precedence) + op + b.right(precedence), precedence);
    }

    private Code reciprocal(Fn f, Code arg) {
        return new Code("1.0 / " + function(f) + "(" + arg.text() + ")", Code.PRODUCT);
    }

    static Code apply(String f, Code arg) { return Code.atom(f + "(" + arg.text() + ")"); }
}
