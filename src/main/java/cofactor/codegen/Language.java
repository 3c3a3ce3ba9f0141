package cofactor.codegen;

import java.util.StringJoiner;

/** The languages {@code code} writes, by the name {@code lang = "..."} gives. */
public enum Language {
    C("c"), JAVA("java"), PYTHON("python"), NUMPY("numpy"), JAX("jax"), JULIA("julia"), LATEX("latex");

    private final String label;

    // Written out rather than lowered from the constant's name: every start-up lists the names
    // (code's help text), and lowering them initialises the locales, 0.3 ms of a one-line run.
    Language(String label) { this.label = label; }

    /** The language called {@code name}; an unknown name is an error that lists the known ones. */
    public static Language named(String name) {
        for (Language l : values()) if (l.label().equals(name)) return l;
        throw new CodegenError("unknown language \"" + name + "\"; lang is one of " + names());
    }

    public String label() { return label; }

    /** The names, quoted: "c", "java", ... (a loop, not a stream: every start-up builds code's help text with it, and a first stream pipeline costs a one-line run 1.5 ms) */
    public static String names() {
        StringJoiner names = new StringJoiner(", ");
        for (Language l : values()) names.add("\"" + l.label() + "\"");
        return names.toString();
    }

    /** How the language writes a program (LaTeX writes the formula instead, see {@link LatexFormula}). */
    Dialect dialect() {
        return switch (this) {
            case C -> new CDialect();
            case JAVA -> new JavaDialect();
            case PYTHON -> PythonDialect.math();
            case NUMPY -> PythonDialect.numpy();
            case JAX -> PythonDialect.jax();
            case JULIA -> new JuliaDialect();
            case LATEX -> throw new AssertionError("LaTeX is written from the expression, not from a program");
        };
    }
}
