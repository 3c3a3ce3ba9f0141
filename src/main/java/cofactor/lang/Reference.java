package cofactor.lang;

import java.util.ArrayList;
import java.util.List;

/**
 * The language reference, docs/reference.md: the syntax in prose, then every operator
 * and every built-in with its signature, its sentence and its worked example, the last
 * three taken from the registry and the example files, so the page says what :help
 * says. A test fails when the committed page differs from what this prints.
 */
public final class Reference {
    private Reference() {}

    /** How to bring docs/reference.md up to date (the test that compares it says so too). */
    public static final String REGENERATE = "mvn -B -q -DskipTests package && java -cp target/cofactor.jar cofactor.lang.Reference > docs/reference.md";

    public static void main(String[] args) {
        System.out.print(markdown(Builtins.standard()));
    }

    public static String markdown(Builtins builtins) {
        List<String> out = new ArrayList<>();
        out.add("# The Cofactor language");
        out.add("");
        out.add("<!-- Generated from the built-in registry and the examples in src/main/resources/cofactor/help/;"
                + " do not edit. Regenerate: " + REGENERATE + " -->");
        out.add("");
        out.add(SYNTAX.strip());
        out.add("");
        out.add("## Operators");
        out.add("");
        out.add("From the loosest binding to the tightest, then the punctuation. `:help` followed by the operator shows the same in the REPL.");
        for (OperatorTopic t : OperatorTopic.ALL) {
            out.add("");
            out.add("### " + String.join(" ", t.symbols().stream().map(s -> "`" + s + "`").toList()));
            section(out, t.forms(), t.sentence(), t.loadExample());
        }
        out.add("");
        out.add("## Built-ins");
        out.add("");
        out.add("`:help NAME` shows the same in the REPL. " + String.join(" ", names(builtins)));
        for (Builtin b : builtins.all()) {
            out.add("");
            out.add("### " + b.name());
            section(out, b.usage(), b.help(), Example.load(b.name() + ".cof"));
        }
        return String.join("\n", out) + "\n";
    }

    private static List<String> names(Builtins builtins) {
        List<String> links = new ArrayList<>();
        for (String name : builtins.names()) links.add("[" + name + "](#" + name.toLowerCase(java.util.Locale.ROOT) + ")");
        return links;
    }

    private static void section(List<String> out, String forms, String sentence, Example example) {
        out.add("");
        out.add("`" + forms + "`: " + sentence + ".");
        if (example == null) return;
        out.add("");
        out.add("```");
        out.addAll(example.transcript());
        out.add("```");
    }

    private static final String SYNTAX = """
            Cofactor reads statements, one a line, from the REPL, from files (`./cofactor FILE`)
            or from `-e`, and prints each statement's value. This page is the whole language; the
            README tells the choices behind it and what the engine does underneath.

            ## Statements

            - A statement ends at the end of its line or at `;`. A statement ending in `;` prints
              nothing, so `a = 1; b = 2` binds both and prints `2`. A line break inside `(` or `[`
              (or a string) does not end the statement, so a matrix may span lines.
            - `x = e` binds the name `x` to the value of `e`; `f(x, y) = e` defines a function of
              its parameters. Both print the value. Built-in names and the constants cannot be bound.
            - Any name that is not bound is a symbol: `x + x` is `2*x`.
            - `#` starts a comment that runs to the end of the line.

            ## Values

            - **Numbers.** An integer literal is exact and of any size (`2^100`); `1/3` stays the
              exact rational. A literal with a point or an exponent (`0.5`, `.5`, `1e-3`) is a
              double, and a double anywhere in an operation makes its result a double. A decimal
              literal of 18 or more significant digits keeps them all.
            - **Names** start with a letter or `_` and go on with letters, digits and `_`; Greek and
              other Unicode letters count (`θ`, `λ`). Case matters.
            - **Constants:** `pi` (also `π`) and `E`, exact until `N` asks for digits.
            - **Vectors and matrices:** `[a, b, c]` is a column vector, `[[a, b], [c, d]]` a matrix
              given by its rows (of equal length). `A[i, j]` and `v[i]` index from 1.
            - **Strings** `"..."` are only option values and file names
              (`method = "newton"`, `file = "loss.svg"`).
            - **Matrices of symbolic size:** `matrix(X, n, n)` with a symbol for a size is one
              matrix symbol `X`, computed with by rules (`(X*Y)'` is `Y'*X'`), and
              `e | n = 3` turns it into explicit entries.
            - **Results with parts:** `minimize` returns a result whose parts are read with a dot:
              `r.x`, `r.loss`.

            ## Expressions

            | binds | form | meaning |
            |---|---|---|
            | loosest | `e \\| x = 1, y = 2` | substitution |
            | | `a + b`, `a - b` | sum, left to right |
            | | `a * b`, `a / b`, `a .* b`, `a ./ b`, and side by side: `2x`, `x y`, `3(x + 1)` | product, left to right (`a/2x` is `(a/2)*x`) |
            | | `-a`, `+a` | sign: `-x^2` is `-(x^2)` |
            | | `sin x`, `det A`, `sin 2x` | a one-argument built-in without parentheses takes the next power: `sin x^2` is `sin(x^2)`, `sin x y` is `sin(x)*y` |
            | | `a ^ b`, `a .^ b` | power, right to left: `2^3^2` is `2^9`; `x^-1` is allowed |
            | | `A'`, `A[i, j]`, `r.x` | transpose, index, part |
            | tightest | number, name, `(e)`, `f(a, b, key = v)`, `[a, b]` | |

            Spacing decides what a bracket does: touching a name, `(` calls and `[` indexes
            (`f(x)`, `A[1]`); after a space they multiply (`x (y + 1)` is `x*(y + 1)`).
            `sin 2x` is `sin(2*x)` only when the number touches the name; `sin 2 x` is `sin(2)*x`.
            Named options follow the positional arguments of a call.

            ## Results and errors

            - Results print in one canonical form that reads back as the same value: sums and
              products in a fixed order, rationals exactly, doubles in the shortest form that reads
              back as the same double (`0.1`, `2.5E-7`). Equal values built differently print alike.
            - Every error is one line, `error: <where>: <what>`; a syntax error names the line and
              column and shows a caret. The REPL goes on after an error; a file stops at its first
              one with exit status 1.
            - Work that would be too large is refused before it starts, with the estimate and the
              option that raises the limit (`set(maxterms = ...)`); Ctrl-C stops a computation and
              keeps the session.
            """;
}
