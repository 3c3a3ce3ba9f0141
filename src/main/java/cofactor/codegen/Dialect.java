package cofactor.codegen;

import cofactor.expr.Fn;
import java.util.Set;

/**
 * How one language writes the parts of a straight-line program: numbers,
 * arithmetic, the elementary functions, and a whole function definition
 * around the statements {@link Listing} has laid out. Each function of the
 * table is spelled by a {@code switch} without default, so a new function in
 * {@link Fn} does not compile until every language can write it.
 */
abstract class Dialect {
    /** The language's name as {@code lang = "..."} gives it. */
    abstract String name();

    /** Words a parameter or function may not be called: keywords, and names the generated code uses itself. */
    abstract Set<String> reserved();

    /** f(arg) in this language. */
    abstract Code call(Fn fn, Code arg);

    abstract Code sqrt(Code arg);

    abstract Code pow(Code base, Code exponent);

    /** Whether the text of {@link #call} repeats its operand, which must then be a name rather than an expression. */
    boolean repeatsOperand(Fn fn) { return false; }

    /** What the comment above a function says of how it hands back its result. */
    abstract java.util.List<String> convention(Definition.Result result, String call);

    /** The whole text: the definitions with what they need first (includes, imports). */
    abstract String file(java.util.List<Definition> definitions);

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

    /** 1.0 / f(arg): how every language writes cot, sec and csc, as {@code ReciprocalTrig} computes them. */
    Code reciprocal(String f, Code arg) {
        return new Code("1.0 / " + f + "(" + arg.text() + ")", Code.PRODUCT);
    }

    static Code apply(String f, Code arg) { return Code.atom(f + "(" + arg.text() + ")"); }
}
