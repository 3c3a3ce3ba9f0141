package cofactor.lang;

import cofactor.codegen.CodeGenerator;
import cofactor.codegen.CodegenError;
import cofactor.codegen.Language;
import cofactor.files.AtomicFile;
import cofactor.matexpr.MatExpr;
import cofactor.matexpr.MatSymbols;
import cofactor.matrix.Matrix;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Source code in other languages for an expression or a matrix ({@link CodeGenerator}). */
final class CodegenBuiltins {
    private CodegenBuiltins() {}

    static void register(Builtins b) {
        b.add(Builtin.of("code", 1, 2, "code(e, [x, y], lang = \"c\", name = \"f\", grad = false, file = \"f.c\")",
                "e as a function of the variables (all free symbols, by name, when omitted) in lang, one of " + Language.names()
                        + " (c when omitted); "
                        + "it computes what compile computes, shared subexpressions once; grad = true adds name_grad, "
                        + "the value and the gradient; a matrix gives an array; file = \"f.c\" writes the text to that file",
                CodegenBuiltins::code).withOptions("lang", "name", "grad", "file"));
    }

    private static Value code(Args a) {
        Value v = a.get(0);
        java.util.Set<MatExpr.Symbol> symbols = v instanceof MatExprValue m ? MatSymbols.of(m.expr()) : v instanceof ScalarValue s ? MatSymbols.of(s.expr()) : java.util.Set.of();
        if (!symbols.isEmpty()) {
            throw a.error("cannot write code for matrix symbols (" + String.join(", ", symbols.stream().map(MatExpr.Symbol::name).toList())
                    + "): code writes scalar expressions and matrices of them, such as one of matrix(a, 3, 3)");
        }
        CodeGenerator.Request request;
        try {
            Language lang = Language.named(a.stringOption("lang", "c"));
            String name = a.stringOption("name", "f");
            boolean grad = a.booleanOption("grad", false);
            request = switch (v.kind()) {
                case SCALAR -> new CodeGenerator.Request(List.of(a.expr(0)), false, 1, 1, CompileBuiltins.variables(a, List.of(a.expr(0))), lang, name, grad, a.session().limits());
                case MATRIX -> {
                    Matrix m = a.matrix(0);
                    yield new CodeGenerator.Request(m.entries(), true, m.rows(), m.cols(), CompileBuiltins.variables(a, m.entries()), lang, name, grad, a.session().limits());
                }
                case MATEXPR, STRING, FUNCTION, RESULT, REPORT -> throw a.wrongType(0, "an expression or a matrix");
            };
            String text = CodeGenerator.generate(request);
            String file = a.stringOption("file", null);
            if (file == null) return new Report(text.stripTrailing());
            AtomicFile.write(file, out -> out.write(text.getBytes(StandardCharsets.UTF_8)));
            return new Report("wrote " + file + " (" + lang.label() + ": " + name + (grad ? " and " + name + "_grad" : "") + ")");
        } catch (CodegenError e) {
            throw a.error(e.getMessage());
        } catch (AtomicFile.WriteError e) {
            throw a.error(e.getMessage());
        }
    }
}
