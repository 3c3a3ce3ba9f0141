package cofactor.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import cofactor.testing.CommandLineRun;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * One bad input per kind of error, with the exact text the user sees: one {@code error:} line
 * (plus the source line and a caret for syntax), nothing on stdout, no stack trace, exit status 1
 * in -e and in file mode, 2 for bad usage.
 */
class ErrorCatalogTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "unknown function          | sinn(x)                          | error: sinn: unknown function; did you mean sin?",
        "unknown name as function  | foo(1)                           | error: foo: unknown function; did you mean fit?",
        "a value called            | a = 2; a(1)                      | error: a: is 2, not a function",
        "wrong arity               | det(1, 2)                        | error: det: takes 1 argument, got 2 (usage: det(A))",
        "wrong argument type       | det(x)                           | error: det: argument 1 must be a matrix, got x",
        "shape mismatch            | [[1, 2]] + [[1], [2]]            | error: +: shapes differ: 1×2 and 2×1",
        "product shape mismatch    | [[1, 2]] * [[1, 2]]              | error: *: cannot multiply 1×2 by 1×2",
        "singular inverse          | inv([[1, 2], [2, 4]])            | error: inv: the matrix is singular (its determinant is 0)",
        "division by zero          | 1/0                              | error: /: division by zero",
        "bad option value          | `minimize(x^2, [x], method = 3)` | error: minimize: option method must be a string in quotes, got 3",
        "unknown method            | `minimize(x^2, [x], method = \"fast\")` | error: minimize: unknown method \"fast\" (methods: gd, momentum, adam, newton, lbfgs)",
        "unknown option            | minimize(x^2, [x], color = 1)    | error: minimize: unknown option 'color' (options: method, momentum, rate, start, steps, tol)",
        "index out of range        | [1, 2][3]                        | error: []: entry index 3 is out of range for a vector of length 2 (indices start at 1)",
        "redefining a built-in     | det = 1                          | error: det: is a built-in function and cannot be redefined",
        "runaway recursion         | f(x) = f(x) + 1; f(1)            | error: f: calls nest more than 200 deep; a function that calls itself never stops (there are no conditionals)",
        "term limit                | expand((a+b+c+d+e+f+g+h)^40)     | error: expand: the result would have about 6.3e7 terms, over the limit of 1e7; raise it with set(maxterms = ...)",
        "gradient swell            | set(maxterms = 50); grad(d(x^x^x^x^x, x), [x]) | error: grad: the derivatives have grown past 50 terms (nested functions swell with each derivative); raise the limit with set(maxterms = ...)",
        "jacobian swell            | set(maxterms = 50); jacobian([d(x^x^x^x^x, x)], [x]) | error: jacobian: the derivatives have grown past 50 terms (nested functions swell with each derivative); raise the limit with set(maxterms = ...)",
        "huge exact power          | 2^(10^10)                        | error: ^: exact power too large: 2^10000000000 would have about 6.02e+09 digits, over the limit of 1262611 for an exact number; a decimal base computes approximately",
        "matrix entry limit        | zeros(10000, 10000)              | error: zeros: a 10000×10000 matrix would have 100000000 entries, over the limit of 1000000; raise it with set(maxentries = ...)",
        "negative base, real power | (-0.8)^-0.8                      | error: ^: (-0.8)^-0.8 is not a real number",
        "negative base, root       | (-8.0)^(1/3)                     | error: ^: (-8.0)^(1/3) is not a real number",
        "square root of a negative | sqrt(-1.0)                       | error: sqrt: sqrt(-1.0) is not a real number",
        "log of zero               | log(0)                           | error: log: 0 is outside its domain",
        "log of a negative double  | log(-2.5)                        | error: log: -2.5 is outside its domain",
        "asin outside [-1, 1]      | asin(3/2)                        | error: asin: 3/2 is outside its domain [-1, 1]",
        "pole of csc               | csc(0)                           | error: csc: 0 is a pole (division by zero)",
        "pole of cot               | cot(0)                           | error: cot: 0 is a pole (division by zero)",
        "pole of tan               | tan(pi/2)                        | error: tan: pi/2 is a pole (division by zero)",
        "pole of sec               | sec(pi/2)                        | error: sec: pi/2 is a pole (division by zero)",
        "pole on the way to N      | N(csc(pi))                       | error: csc: pi is a pole (division by zero)",
        "pole of tan inside N      | N(tan(pi/2))                     | error: tan: pi/2 is a pole (division by zero)",
        "pole reached by division  | N(1/sin(pi))                     | error: /: division by zero",
        "pole in a substitution    | `csc(x) | x = pi`                | `error: |: csc: pi is a pole (division by zero)`",
        "pole of a double          | csc(0.0)                         | error: csc: 0.0 is a pole (division by zero)",
        "function past doubles     | exp(1000.0)                      | error: exp: exp(1000.0) is beyond the range of a double (1.8E308)",
        "product past doubles      | 1e308*10                         | error: *: the result is beyond the range of a double (1.8E308)",
        "literal too large         | 1e400                            | error: 1e400: number too large for a double (at most 1.8E308); 10^400 is exact",
        "literal too small         | 2.5e-400                         | error: 2.5e-400: number too small for a double (at least 4.9E-324); 25*10^-401 is exact",
        "infinity is no value      | inf - inf                        | error: inf: infinity is not a value: no number is infinite (a result past the double range, 1.8E308, is an error)",
        "not-a-number is no value  | nan                              | error: nan: not-a-number is not a value: a result without a real value is an error",
        "option past doubles       | `minimize(x^2, [x], rate = 10^400)` | error: minimize: option rate is beyond the range of a double (1.8E308)",
        "no real value in N        | N(sqrt(-1))                      | error: N: sqrt(-1) is not a real number",
        "N past doubles            | N(exp(1000))                     | error: N: the value, about 1.97E434, is beyond the range of a double (1.8E308); N(e, d) gives its digits",
        "N of an unrecognised zero | N(1/(sin(1)^2 + cos(1)^2 - 1))   | error: N: 1/(cos(1)^2 + sin(1)^2 - 1) divides by a value that cannot be told from 0 with 1248 digits (it may be exactly 0)",
        "substitution into log     | `log(x) | x = 0`                 | `error: |: log: 0 is outside its domain`",
        "compiled past doubles     | f = compile(exp(x), [x]); f(1000) | error: f: the result is beyond the range of a double (1.8E308)",
        "divisor 0 as a function   | 1/(x/(x + 2) + 2/(x + 2) - 1)    | error: division by zero: x/(x + 2) + 2/(x + 2) - 1 is 0",
        "domain, 0 as a function   | log((x + 1)^2 - x^2 - 2*x - 1)   | error: log: 0 is outside its domain: (x + 1)^2 - x^2 - 2*x - 1 is 0",
        "no real value to plot     | plot(sqrt(x), x, -2, -1)         | error: plot: sqrt(x) has no real value on [-2, -1]",
        "no real value, to a file  | `plot(log(x), x, -pi, -1, file = \"a.png\")` | error: plot: log(x) has no real value on [-pi, -1]",
        "plot to the root          | `r = minimize(x^2, [x], steps = 2); plot(r, file = \"/\")` | error: plot: the file name must end in .png or .svg, got \"/\"",
    })
    void evaluationErrorsAreOneLine(String kind, String source, String expected) {
        CommandLineRun r = CommandLineRun.of("-e", source);
        assertEquals(expected + "\n", r.err(), kind);
        assertEquals(1, r.status(), kind);
        assertFalse(r.out().contains("error"), kind);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "syntax                | 1 +                | error: -e:1:4: unexpected end of input, expected an expression/  1 +/     ^",
        "unterminated string   | `plot(x, file = \"a` | error: -e:1:16: unterminated string/  plot(x, file = \"a/                 ^",
        "control character     | `x\u0001y`          | error: -e:1:2: unexpected character U+0001/  x?y/   ^",
        "unbalanced bracket    | (x + 1]            | error: -e:1:7: unexpected ']', expected ')'/  (x + 1]/        ^",
    })
    void syntaxErrorsShowTheLineAndACaret(String kind, String source, String expected) {
        CommandLineRun r = CommandLineRun.of("-e", source);
        assertEquals(expected.replace('/', '\n') + "\n", r.err(), kind);
        assertEquals(1, r.status(), kind);
        assertEquals("", r.out(), kind);
    }

    @Test void deepNestingIsRefusedWithAPosition() {
        CommandLineRun r = CommandLineRun.of("-e", "(".repeat(100_000) + "x" + ")".repeat(100_000));
        assertEquals("error: -e:1:201: expression nested too deeply (more than 200 brackets)", r.err().lines().findFirst().orElseThrow());
        assertEquals(3, r.err().lines().count());
        assertEquals(1, r.status());
    }

    @Test void aFileStopsAtItsFirstErrorWithItsLine(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("bad.cof");
        Files.writeString(f, "a = 1\nb = det(a)\nc = 3\n");
        CommandLineRun r = CommandLineRun.of(f.toString());
        assertEquals("1\n", r.out());
        assertEquals("error: " + f + ":2: det: argument 1 must be a matrix, got 1\n", r.err());
        assertEquals(1, r.status());
    }

    @Test void aSyntaxErrorInAFileRunsNothing(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("bad.cof");
        Files.writeString(f, "a = 1\nb = (\n");
        CommandLineRun r = CommandLineRun.of(f.toString());
        assertEquals("", r.out());
        assertEquals("error: " + f + ":2:6: unexpected end of input, expected an expression\n  b = (\n       ^\n", r.err());
        assertEquals(1, r.status());
    }

    /** plot(file = ...) and :save write through one class; its cases are in AtomicFileTest, this is the language's view. */
    @Test void plotRefusesWhatIsNotARegularFile(@TempDir Path dir) throws Exception {
        Path sub = Files.createDirectory(dir.resolve("sub.png")), fifo = dir.resolve("pipe.svg");
        assertEquals(0, new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor());
        CommandLineRun r = CommandLineRun.of("-e", "plot(x, x, 0, 1, file = \"" + sub + "\")");
        assertEquals("error: plot: cannot write " + sub + ": it is a directory\n", r.err());
        r = CommandLineRun.of("-e", "plot(x, x, 0, 1, file = \"" + fifo + "\")");
        assertEquals("error: plot: cannot write " + fifo + ": it is a named pipe (FIFO), not a regular file\n", r.err());
        r = CommandLineRun.of("-e", "plot(x, x, 0, 1, file = \"" + dir.resolve("none/a.png") + "\")");
        assertEquals("error: plot: cannot write " + dir.resolve("none/a.png") + ": no such directory " + dir.resolve("none") + "\n", r.err());
        assertEquals(1, r.status());
        try (var files = Files.list(dir)) { assertEquals(2, files.count(), "no temporary file is left"); }
    }

    @Test void aMissingFileIsAUsageError() {
        CommandLineRun r = CommandLineRun.of("no-such-file.cof");
        assertEquals("error: no-such-file.cof: no such file\n", r.err());
        assertEquals(2, r.status());
    }

    @Test void aDirectoryIsNotAFile(@TempDir Path dir) {
        CommandLineRun r = CommandLineRun.of(dir.toString());
        assertEquals(2, r.status());
        assertEquals(1, r.err().lines().count(), r.err());
        assertFalse(r.err().contains("Exception"), r.err());
    }

    @Test void badUsage() {
        CommandLineRun r = CommandLineRun.of("--bogus");
        assertEquals("error: Unknown option: '--bogus'\nusage: cofactor [FILE...] [-e STATEMENTS] [--help]\n", r.err());
        assertEquals(2, r.status());
        assertEquals(2, CommandLineRun.of("--max-entries", "0", "-e", "1").status());
        assertEquals(2, CommandLineRun.of("--timeout", "-1", "-e", "1").status());
    }
}
