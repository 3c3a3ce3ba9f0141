package cofactor.lang;

/** A value of the language other than an expression or a matrix: a compiled function, an optimizer result, a report. */
public interface Value {
    /** The text shown for this value in files, {@code -e} and the REPL. */
    String show();

    /** {@code value.name}; the default has no parts. */
    default Object part(String name) {
        throw new EvalError("." + name, "a " + kind() + " has no part '" + name + "'");
    }

    /** What kind of value this is, for error messages ("compiled function", "result"). */
    String kind();
}
