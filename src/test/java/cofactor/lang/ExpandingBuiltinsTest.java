package cofactor.lang;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cofactor.Cofactor;
import cofactor.expr.Add;
import cofactor.expr.Expr;
import cofactor.expr.Fn;
import cofactor.testing.CommandLineRun;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code set(maxterms = 10)} makes every expanding built-in and operator refuse. Every
 * built-in of the registry is listed here, either with an input that expands past 10
 * terms or as one that does not expand (with the reason), so a new built-in fails
 * {@link #everyBuiltinIsClassified} until it is classified.
 */
class ExpandingBuiltinsTest {
    /** d of this is a sum of 12 products by the product rule: 12 terms, built by the derivative. */
    private static final String PRODUCT = "x*(x+a)*(x+b)*(x+c)*(x+e)*(x+f)*(x+g)*(x+h)*(x+i)*(x+j)*(x+k)*(x+l)";

    /** The same in x alone, as nsolve needs: its derivative has 12 terms. */
    private static final String PRODUCT_OF_X = "x*(x+1)*(x+2)*(x+3)*(x+4)*(x+5)*(x+6)*(x+7)*(x+8)*(x+9)*(x+10)*(x+11)";

    /** An expanding operation, an input for it, and what it expands on the way (its value has more than 10 terms). */
    record Expanding(String name, String input, String expands) {
        @Override public String toString() { return input; }
    }

    static Stream<Expanding> expanding() {
        return Stream.of(
            new Expanding("expand", "expand((a+b+c+d)^3)", "expand((a+b+c+d)^3)"),
            new Expanding("det", "det(matrix(a, 4, 4))", "det(matrix(a, 4, 4))"),
            new Expanding("minor", "minor(matrix(a, 5, 5), 1, 1)", "minor(matrix(a, 5, 5), 1, 1)"),
            new Expanding("charpoly", "charpoly(matrix(a, 4, 4), l)", "charpoly(matrix(a, 4, 4), l)"),
            new Expanding("adj", "adj(matrix(a, 4, 4))", "adj(matrix(a, 4, 4))"),
            new Expanding("cofactor", "cofactor(matrix(a, 4, 4))", "cofactor(matrix(a, 4, 4))"),
            new Expanding("inv", "inv(matrix(a, 4, 4))", "det(matrix(a, 4, 4))"),
            new Expanding("jacobi", "jacobi(matrix(a, 4, 4))", "det(matrix(a, 4, 4))"),
            new Expanding("jacobi", "jacobi([[x, x^2, 1, 2], [1, sin x, 3, x], [x, 1, x^3, 2], [2, x, 1, x^4]], x)",
                    "det([[x, x^2, 1, 2], [1, sin x, 3, x], [x, 1, x^3, 2], [2, x, 1, x^4]])"),
            // fraction-free elimination: the last pivot is the determinant
            new Expanding("rank", "rank(matrix(a, 4, 4))", "det(matrix(a, 4, 4))"),
            new Expanding("rref", "rref(matrix(a, 4, 4))", "det(matrix(a, 4, 4))"),
            new Expanding("nullspace", "nullspace(matrix(a, 4, 4))", "det(matrix(a, 4, 4))"),
            new Expanding("eigenvals", "eigenvals(matrix(a, 4, 4))", "charpoly(matrix(a, 4, 4), l)"),
            new Expanding("eigenvects", "eigenvects(matrix(a, 4, 4))", "charpoly(matrix(a, 4, 4), l)"),
            new Expanding("d", "d(" + PRODUCT + ", x)", "d(" + PRODUCT + ", x)"),
            new Expanding("grad", "grad(" + PRODUCT + ", [x])", "grad(" + PRODUCT + ", [x])"),
            new Expanding("jacobian", "jacobian([" + PRODUCT + "], [x])", "jacobian([" + PRODUCT + "], [x])"),
            new Expanding("hessian", "hessian(" + PRODUCT + ", [x, y])", "hessian(" + PRODUCT + ", [x, y])"),
            // the x^3 coefficient of exp(s*x) is s^3/6, expanded
            new Expanding("series", "series(exp((a+b+c+d)*x), x, 0, 3)", "expand((a+b+c+d)^3)"),
            new Expanding("limit", "limit((exp((a+b+c+d)*x) - 1 - (a+b+c+d)*x - (a+b+c+d)^2*x^2/2)/x^3, x, 0)", "expand((a+b+c+d)^3)"),
            new Expanding("solve", "solve((a+b+c+d)^3 - x, x)", "expand((a+b+c+d)^3)"),
            new Expanding("root", "root((x+1)^12, 1)", "expand((x+1)^12)"),
            new Expanding("nsolve", "nsolve(" + PRODUCT_OF_X + ", x)", "d(" + PRODUCT_OF_X + ", x)"),
            new Expanding("critical", "critical(" + PRODUCT + ", [x])", "d(" + PRODUCT + ", x)"),
            new Expanding("fit", "fit(" + PRODUCT_OF_X + ", [x], [[1], [2]])", "d(" + PRODUCT_OF_X + ", x)"),
            // LaTeX writes the gradient's formula; the other languages write the compiler's program, which expands nothing
            new Expanding("code", "code(" + PRODUCT + ", [x], lang = \"latex\", grad = true)", "grad(" + PRODUCT + ", [x])"),
            // the operators
            new Expanding("^", "matrix(a, 4, 4)^-1", "det(matrix(a, 4, 4))"),
            new Expanding("^", "(matrix(a, 4, 4)^-1)[1, 1]", "det(matrix(a, 4, 4))"),
            new Expanding("^", "matrix(a, 4, 4)^2", "matrix(a, 4, 4)^2"),
            new Expanding("*", "matrix(a, 4, 4) * matrix(b, 4, 4)", "matrix(a, 4, 4) * matrix(b, 4, 4)"),
            new Expanding("*", "[[x+y+z, 1], [2, 3]] * [[2, 3, 4, 5, 6], [7, 8, 9, 1, 2]]", "[[x+y+z, 1], [2, 3]] * [[2, 3, 4, 5, 6], [7, 8, 9, 1, 2]]"));
    }

    /** The built-ins that do not expand, and why. */
    static Map<String, String> notExpanding() {
        Map<String, String> m = new TreeMap<>();
        for (Fn fn : Fn.values()) m.put(fn.fnName(), "a call of an elementary function");
        m.put("ln", "log");
        m.put("sqrt", "a power");
        m.put("N", "numeric values in doubles");
        m.put("subs", "substitutes through the canonical factories, which multiply nothing out");
        m.put("vars", "lists symbols");
        m.put("nterms", "counts terms");
        m.put("eye", "a matrix of numbers, under maxentries");
        m.put("zeros", "a matrix of numbers, under maxentries");
        m.put("ones", "a matrix of numbers, under maxentries");
        m.put("sum", "a sum of the entries, as many terms as its entries");
        m.put("norm", "the root of a sum of the entries' squares, each power kept whole");
        m.put("diag", "moves entries");
        m.put("kron", "products of two entries, kept whole, under maxentries");
        m.put("matrix", "a matrix of symbols, under maxentries; a matrix symbol when a size is a symbol");
        m.put("vector", "a vector of symbols, under maxentries; a vector symbol when the size is a symbol");
        m.put("check", "proves within min(20 000, maxterms) terms and leaves a larger size to the numeric comparison, saying so; never refuses");
        m.put("transpose", "moves entries");
        m.put("rows", "a count");
        m.put("cols", "a count");
        m.put("set", "sets the limits");
        m.put("clear", "unbinds names");
        m.put("show", "prints a value whole");
        m.put("tr", "a sum of the diagonal, as many terms as its entries");
        m.put("latex", "prints");
        m.put("simplify", "Symja rewrites under its own time limit and multiplies nothing out");
        m.put("factor", "Symja factors under its own time limit");
        m.put("integrate", "Symja integrates under its own time limit; the check differentiates its result once, as d does");
        m.put("max", "the arguments' sum and abs of their difference, nothing multiplied out");
        m.put("min", "the arguments' sum and abs of their difference, nothing multiplied out");
        m.put("together", "tries and gives up within the limit, never refuses (see togetherGivesUpWithinTheLimit)");
        m.put("compile", "bytecode from the expression as it is");
        m.put("ndet", "doubles");
        m.put("ndetgrad", "doubles");
        m.put("nadj", "doubles");
        m.put("minimize", "compiled gradients in doubles");
        m.put("plot", "doubles");
        m.put("grid", "doubles from the compiled kernel, under maxentries");
        m.put("load", "numbers from a file, under maxentries");
        m.put("save", "writes numbers");
        return m;
    }

    @Test void everyBuiltinIsClassified() {
        Set<String> expanding = new TreeSet<>(expanding().map(Expanding::name).toList());
        expanding.removeAll(Set.of("^", "*")); // operators, not built-ins
        Set<String> classified = new TreeSet<>(notExpanding().keySet());
        for (String name : expanding) assertTrue(classified.add(name), name + " is listed as both");
        assertEquals(new TreeSet<>(Builtins.standard().names()), classified,
                "a built-in is new or gone: list it in expanding() with an input that expands past 10 terms, or in notExpanding() with the reason");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("expanding")
    void refusesUnderTheLimitWhatItExpandsPastIt(Expanding e) {
        // the input does expand past 10 terms: under the default limits what it expands has more
        assertTrue(terms(new Cofactor().eval(e.expands())) > 10, e.expands() + " has 10 terms or fewer");
        CommandLineRun r = CommandLineRun.of("-e", "set(maxterms = 10); " + e.input());
        assertEquals(1, r.status(), r.out());
        assertTrue(r.err().startsWith("error: " + e.name() + ": "), r.err());
        assertTrue(r.err().matches("(?s).*(over the limit of 10;|grown past 10 terms).*set\\(maxterms = \\.\\.\\.\\)\n"), r.err());
    }

    /** together expands numerators to try; over the limit it leaves the sum as it was rather than refuse it. */
    @Test void togetherGivesUpWithinTheLimit() {
        String sum = "(a+b+c+d)^3/(x+1) - 1/(x+1)";
        // under the default limits: one fraction, its numerator of 21 terms expanded
        assertEquals(CommandLineRun.eval("expand((a+b+c+d)^3 - 1)/(x+1)"), CommandLineRun.eval("together(" + sum + ")"));
        assertEquals(CommandLineRun.eval(sum), CommandLineRun.eval("set(maxterms = 10); together(" + sum + ")"));
    }

    private static long terms(Value v) {
        return switch (v.kind()) {
            case SCALAR -> terms(((ScalarValue) v).expr());
            case MATRIX -> ((MatrixValue) v).matrix().entries().stream().mapToLong(ExpandingBuiltinsTest::terms).sum();
            case MATEXPR, STRING, FUNCTION, RESULT, REPORT -> throw new AssertionError("not a scalar or matrix: " + v.show());
        };
    }

    private static long terms(Expr e) {
        if (e.isZero()) return 0;
        return e instanceof Add s ? s.size() + (s.constant().isZero() ? 0 : 1) : 1;
    }
}
