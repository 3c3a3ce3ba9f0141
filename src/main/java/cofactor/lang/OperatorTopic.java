package cofactor.lang;

import java.util.List;

/**
 * What {@code :help} says about an operator or a piece of punctuation: the forms it
 * takes, one sentence, and the name of its worked example under
 * {@code cofactor/help/operator/}. The list is in the order the reference shows them:
 * from the loosest binding to the tightest, then the punctuation.
 */
public record OperatorTopic(List<String> symbols, String forms, String sentence, String example) {

    public static final List<OperatorTopic> ALL = List.of(
            new OperatorTopic(List.of("="), "x = e   f(x, y) = e   name = value (in a call or after |)",
                    "binds a name to a value or defines a function (and prints it); in a call it gives an option, after | a value to substitute",
                    "assign"),
            new OperatorTopic(List.of("|"), "e | x = 1, y = 2",
                    "e with the values put in for the symbols, exactly when the values are exact; | x = 1 | y = 2 substitutes in turn (same as subs)",
                    "substitute"),
            new OperatorTopic(List.of("+", "-"), "a + b   a - b   -a",
                    "sum and difference (of numbers, expressions, or matrices of one shape); -x^2 is -(x^2)",
                    "sum"),
            new OperatorTopic(List.of("*", "/"), "a * b   a / b   2x   x y   3(x + 1)",
                    "product and quotient, left-associative (a/2x is (a/2)*x); factors side by side multiply; * of matrices is the matrix product",
                    "product"),
            new OperatorTopic(List.of(".*", "./", ".^"), "A .* B   A ./ B   A .^ k",
                    "entry by entry product, quotient and power of matrices of one shape (a scalar on one side goes to every entry); they bind as * / ^ do",
                    "entrywise"),
            new OperatorTopic(List.of("^"), "a ^ b   A ^ k",
                    "power, right-associative (2^3^2 is 2^9), an exponent may carry a sign (x^-1); a square matrix to an integer power k",
                    "power"),
            new OperatorTopic(List.of("'"), "A'",
                    "the transpose of a matrix or a vector (a column vector's is a row), as transpose(A)",
                    "transpose"),
            new OperatorTopic(List.of("[", "]"), "[a, b]   [[a, b], [c, d]]   A[i, j]   v[i]",
                    "a column vector, a matrix by its rows, and indexing from 1 when the bracket touches what it indexes",
                    "brackets"),
            new OperatorTopic(List.of("."), "r.x   r.loss",
                    "a part of a result, such as a minimize result's point or loss",
                    "part"),
            new OperatorTopic(List.of("%"), "%   d(%, x)   %.x   %[1]",
                    "the previous statement's value (also of a silent one or an assignment), in the REPL, in files and after -e",
                    "percent"),
            new OperatorTopic(List.of("(", ")"), "(e)   f(a, b, key = v)",
                    "grouping; touching a name, a call (x(y + 1) calls x, x (y + 1) multiplies)",
                    "parentheses"),
            new OperatorTopic(List.of(","), "f(a, b)   [a, b]   e | x = 1, y = 2",
                    "separates arguments, entries, and the bindings of one substitution",
                    "comma"),
            new OperatorTopic(List.of(";"), "statement;   a = 1; b = 2",
                    "ends a statement without printing its value; several statements may share a line",
                    "semicolon"),
            new OperatorTopic(List.of("#"), "# a comment",
                    "everything from # to the end of the line is a comment",
                    "comment"));

    /** The topic of an operator or piece of punctuation, or null. */
    public static OperatorTopic of(String symbol) {
        for (OperatorTopic t : ALL) if (t.symbols.contains(symbol)) return t;
        return null;
    }

    public Example loadExample() { return Example.load("operator/" + example + ".cof"); }
}
