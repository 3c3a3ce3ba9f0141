package cofactor.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cofactor.Cofactor;
import cofactor.expr.Expr;
import cofactor.expr.Fn;
import cofactor.expr.Sym;
import cofactor.lang.EvalError;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What code refuses, in one line naming what is wrong; names it renames; and writing a file. */
class CodeErrorsTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            code(x, x, lang = "rust")                  | error: code: unknown language "rust"; lang is one of "c", "java", "python", "numpy", "jax", "julia", "latex"
            code(x^2, [x, 2])                          | error: code: argument 2 must be a vector of distinct symbols, got a vector of length 2
            code(x^2, x^2)                             | error: code: argument 2 must be a symbol or a vector of symbols like [x, y], got x^2
            code(x*y, [x])                             | error: code: the expression has free symbols not among the variables: y
            X = matrix(X, n, n); code(tr(X))           | error: code: cannot write code for matrix symbols (X): code writes scalar expressions and matrices of them, such as one of matrix(a, 3, 3)
            code([x, x^2], x, grad = true)             | error: code: grad = true needs a scalar expression, got a 2×1 matrix
            code(x, x, name = "2f")                    | error: code: name must be an identifier (letters, digits and _, not starting with a digit), got "2f"
            code(x, x, name = "double")                | error: code: name "double" is a reserved word in c; choose another
            code(x, x, name = "lambda", lang = "jax")  | error: code: name "lambda" is a reserved word in jax; choose another
            code(x, x, grad = maybe)                   | error: code: option grad must be true or false, got maybe
            code(compile(x, x), x)                     | error: code: argument 1 must be an expression or a matrix, got a compiled function
            """)
    void refusesWithOneLine(String input, String error) {
        EvalError e = assertThrows(EvalError.class, () -> new Cofactor().eval(input));
        assertEquals(error, e.format());
    }

    @Test void reservedWordsAsVariablesAreRenamedAndTheTemporariesAvoidTheVariablesNames() {
        String c = new Cofactor().eval("code(double*sin(x) + t1*sin(x)^2, [double, x, t1], lang = \"c\")").show();
        assertTrue(c.contains("// Renamed (the language reserves the name, or the function has it): double_ is double.\n"), c);
        assertTrue(c.contains("double f(double double_, double x, double t1) {\n    double tmp1 = sin(x);\n"), c);
    }

    @Test void aFunctionTooLargeForOneJavaMethodIsRefusedAndCWritesIt() {
        Sym x = Sym.of("x");
        List<Expr> terms = new ArrayList<>();
        for (int k = 1; k <= 2000; k++) terms.add(Expr.call(Fn.SIN, Expr.mul(Expr.num(k), x)));
        Expr sum = Expr.add(terms); // 1999 products (not 1·x), 2000 calls and 1999 additions
        CodegenError e = assertThrows(CodegenError.class, () -> CodeGenerator.generate(CodeGenerator.Request.scalar(sum, List.of(x), Language.JAVA, "f", false)));
        assertTrue(e.getMessage().startsWith("f takes 5998 operations, more than code puts in one Java method (5000"), e.getMessage());
        assertTrue(CodeGenerator.generate(CodeGenerator.Request.scalar(sum, List.of(x), Language.C, "f", false)).contains("sin(x * 2000.0)"));
    }

    @Test void writesTheFileItIsGivenAndNamesItInErrors(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("f.py");
        Cofactor session = new Cofactor();
        assertEquals("wrote " + file + " (python: f and f_grad)",
                session.eval("code(x*sin(x), x, lang = \"python\", grad = true, file = \"" + file + "\")").show());
        assertEquals(session.eval("code(x*sin(x), x, lang = \"python\", grad = true)").show() + "\n", Files.readString(file));
        EvalError e = assertThrows(EvalError.class, () -> session.eval("code(x, x, file = \"" + dir + "\")"));
        assertEquals("error: code: cannot write " + dir + ": it is a directory", e.format());
    }
}
