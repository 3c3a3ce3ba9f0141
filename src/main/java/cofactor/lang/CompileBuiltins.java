package cofactor.lang;

import cofactor.compile.Compiler;
import cofactor.dense.Kernels;
import cofactor.matexpr.MatExpr;
import cofactor.matexpr.MatFunction;
import cofactor.matexpr.MatSymbols;
import java.util.ArrayList;
import cofactor.expr.Expr;
import cofactor.expr.Num;
import cofactor.expr.Rewrite;
import cofactor.expr.Sym;
import cofactor.matrix.Matrix;
import cofactor.numeric.Determinants;
import java.util.List;

/** Compilation to numeric functions, and numeric determinants of number matrices. */
final class CompileBuiltins {
    private CompileBuiltins() {}

    static void register(Builtins b) {
        b.add(Builtin.of("compile", 1, Integer.MAX_VALUE, "compile(e, [x, y]) | compile(f, X, S)",
                "e compiled to a fast numeric function of the variables (all free symbols, by name, when omitted); "
                        + "call it as f(1, 2) or f([1, 2]); a vector or matrix e gives a vector or matrix; "
                        + "f(P) at the rows of a matrix P of points gives the vector of values (a row of entries per point for a vector e); "
                        + "of matrix symbols X, S (all of them, by name, when omitted), call it as f(X0, S0) with matrices of numbers",
                CompileBuiltins::compile));
        b.add(Builtin.of("ndet", 1, 1, "ndet(A)", "the determinant of a matrix of numbers, in doubles (LU with partial pivoting)",
                a -> Value.of(Num.real(Determinants.det(numbers(a, 0))))));
        b.add(Builtin.of("ndetgrad", 1, 1, "ndetgrad(A)",
                "the gradient of det at a matrix of numbers, d det(A)/dA = adj(A)^T, in doubles; finite at singular A",
                a -> Value.of(Matrix.ofDoubles(Determinants.detGradient(numbers(a, 0))))));
        b.add(Builtin.of("nadj", 1, 1, "nadj(A)", "the adjugate of a matrix of numbers, in doubles; finite at singular A",
                a -> Value.of(Matrix.ofDoubles(Determinants.adjugate(numbers(a, 0))))));
    }

    /** A compile error (free symbols not among the variables) is reported under compile by the interpreter. */
    private static Value compile(Args a) {
        if (a.get(0) instanceof MatExprValue || a.get(0) instanceof ScalarValue s && !MatSymbols.of(s.expr()).isEmpty()) return compileMatrices(a);
        if (a.size() > 2) throw a.error("takes the expression and its variables [x, y], got " + a.size() + " arguments");
        return new CompiledFunctionValue(switch (a.get(0).kind()) {
            case SCALAR -> Compiler.compile(a.expr(0), variables(a, List.of(a.expr(0))));
            case MATRIX -> Compiler.compile(a.matrix(0), variables(a, a.matrix(0).entries()));
            case MATEXPR, STRING, FUNCTION, RESULT, REPORT -> throw a.wrongType(0, "an expression or a matrix");
        });
    }

    /**
     * A scalar or matrix expression of matrix symbols: a function of one matrix of numbers per symbol
     * (those given as arguments 2, 3, ..., else all of them by name), evaluated with dense linear algebra.
     */
    private static Value compileMatrices(Args a) {
        List<MatExpr.Symbol> inputs = new ArrayList<>();
        for (int i = 1; i < a.size(); i++) inputs.add(matrixSymbol(a, i));
        boolean scalar = a.get(0) instanceof ScalarValue;
        if (a.size() == 1) inputs.addAll(scalar ? MatSymbols.of(a.expr(0)) : MatSymbols.of(((MatExprValue) a.get(0)).expr()));
        MatFunction f = scalar ? MatFunction.compile(inputs, List.of(a.expr(0)), List.of(), Kernels.best())
                : MatFunction.compile(inputs, List.of(), List.of(((MatExprValue) a.get(0)).expr()), Kernels.best());
        String of = String.join(", ", inputs.stream().map(s -> s.name() + ": " + s.shape()).toList());
        cofactor.matexpr.Shape shape = scalar ? null : ((MatExprValue) a.get(0)).expr().shape();
        String to = scalar ? "numbers" : shape.cols().isOne() ? "vectors of length " + shape.rows() : shape + " matrices";
        return new CompiledMatFunctionValue(f, "compiled function of matrices (" + of + ") to " + to);
    }

    /** Argument i: a matrix symbol such as X = matrix(X, n, n). */
    static MatExpr.Symbol matrixSymbol(Args a, int i) {
        if (a.get(i) instanceof MatExprValue m && m.expr() instanceof MatExpr.Symbol s) return s;
        throw a.wrongType(i, "a matrix symbol such as X = matrix(X, n, n)");
    }

    /** The variables given as argument 2, or else the free symbols of the entries, by name. */
    static List<Sym> variables(Args a, List<Expr> entries) {
        return a.size() > 1 ? a.symbols(1) : CoreBuiltins.freeSymbols(entries);
    }

    /** The square matrix argument i as doubles; every entry must evaluate to a number. */
    private static double[][] numbers(Args a, int i) {
        Matrix m = a.squareMatrix(i);
        double[][] out = new double[m.rows()][m.cols()];
        for (int r = 0; r < m.rows(); r++) {
            for (int c = 0; c < m.cols(); c++) {
                if (!(Rewrite.numeric(m.get(r, c)) instanceof Num n)) {
                    throw a.error("needs a matrix of numbers, entry (" + (r + 1) + ", " + (c + 1) + ") is " + m.get(r, c)
                            + "; for a symbolic determinant use det");
                }
                out[r][c] = n.doubleValue();
            }
        }
        return out;
    }
}
