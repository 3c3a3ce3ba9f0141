package cofactor.lang;

import cofactor.compile.CompileError;
import cofactor.compile.Compiler;
import cofactor.expr.Expr;
import cofactor.expr.Num;
import cofactor.expr.Rewrite;
import cofactor.expr.Sym;
import cofactor.expr.Symbols;
import cofactor.matrix.Matrix;
import cofactor.numeric.Determinants;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** Compilation to numeric functions, and numeric determinants of number matrices. */
final class CompileBuiltins {
    private CompileBuiltins() {}

    static void register(Builtins b) {
        b.add(Builtin.of("compile", 1, 2, "compile(e, [x, y])",
                "e compiled to a fast numeric function of the variables (all free symbols, by name, when omitted); "
                        + "call it as f(1, 2) or f([1, 2]); a vector or matrix e gives a vector or matrix",
                CompileBuiltins::compile));
        b.add(Builtin.of("ndet", 1, 1, "ndet(A)", "the determinant of a matrix of numbers, in doubles (LU with partial pivoting)",
                a -> Num.real(Determinants.det(numbers(a, 0)))));
        b.add(Builtin.of("ndetgrad", 1, 1, "ndetgrad(A)",
                "the gradient of det at a matrix of numbers, d det(A)/dA = adj(A)^T, in doubles; finite at singular A",
                a -> matrix(Determinants.detGradient(numbers(a, 0)))));
        b.add(Builtin.of("nadj", 1, 1, "nadj(A)", "the adjugate of a matrix of numbers, in doubles; finite at singular A",
                a -> matrix(Determinants.adjugate(numbers(a, 0)))));
    }

    private static Object compile(Args a) {
        Object target = a.get(0);
        if (!(target instanceof Expr || target instanceof Matrix)) throw a.error("argument 1 must be an expression or a matrix, got " + Values.describe(target));
        List<Sym> vars = a.size() > 1 ? a.symbols(1) : freeSymbols(target);
        try {
            return new CompiledFunctionValue(target instanceof Matrix m ? Compiler.compile(m, vars) : Compiler.compile((Expr) target, vars));
        } catch (CompileError e) {
            throw a.error(e.getMessage());
        }
    }

    private static List<Sym> freeSymbols(Object v) {
        Set<Sym> all = new TreeSet<>(Comparator.comparing(Sym::name));
        if (v instanceof Matrix m) for (Expr e : m.entries()) all.addAll(Symbols.free(e));
        else all.addAll(Symbols.free((Expr) v));
        return new ArrayList<>(all);
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

    private static Matrix matrix(double[][] v) {
        int n = v.length, m = n == 0 ? 0 : v[0].length;
        Expr[] e = new Expr[n * m];
        for (int i = 0; i < n; i++) for (int j = 0; j < m; j++) e[i * m + j] = Num.real(v[i][j]);
        return Matrix.of(n, m, e);
    }
}
