package cofactor.matexpr;

import cofactor.compile.CompileError;
import cofactor.compile.CompiledFunction;
import cofactor.compile.Compiler;
import cofactor.expr.Call;
import cofactor.expr.Expr;
import cofactor.expr.Fn;
import cofactor.expr.Num;
import cofactor.expr.Sym;
import cofactor.expr.Symbols;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A scalar of matrix expressions (log(det(X)) - tr(S*X), a coefficient 1/det(X)) compiled once for
 * numeric evaluation: the scalar algebra around the kernels becomes a {@link CompiledFunction} whose
 * variables are its leaves — the kernels (det(X), tr(S*X), (x'*A*x)), each log(det(M)) taken whole
 * (computed as Σ log|u_ii| of M's LU factors, finite where det(M) overflows a double), and the sizes.
 */
final class ScalarProgram {
    /** What a variable of the compiled function stands for. */
    sealed interface Leaf permits Size, Kernel, LogDet {}

    record Size(Sym symbol) implements Leaf {}

    record Kernel(ScalarKernel kernel) implements Leaf {}

    /** log(det(arg)), which needs det(arg) > 0. */
    record LogDet(MatExpr arg) implements Leaf {}

    private final Expr source;
    private final CompiledFunction function;
    private final List<Leaf> leaves;

    private ScalarProgram(Expr source, CompiledFunction function, List<Leaf> leaves) {
        this.source = source;
        this.function = function;
        this.leaves = leaves;
    }

    /** @param sizes the size symbols the arguments give values to; any other free symbol is an error */
    static ScalarProgram of(Expr e, Set<Sym> sizes) {
        Expr body = wholeLogDets(e);
        List<Sym> variables = new ArrayList<>();
        List<Leaf> leaves = new ArrayList<>();
        for (Sym s : Symbols.free(body)) {
            Leaf leaf = s.kernel() instanceof ScalarKernel k ? new Kernel(k) : s.kernel() instanceof LogDet l ? l
                    : sizes.contains(s) ? new Size(s) : null;
            if (leaf == null) throw new CompileError(e + " has the free symbol " + s + ", which is neither a matrix symbol given nor a size of one");
            variables.add(s);
            leaves.add(leaf);
        }
        return new ScalarProgram(e, Compiler.compile(body, variables), List.copyOf(leaves));
    }

    Expr source() { return source; }

    List<Leaf> leaves() { return leaves; }

    double value(double[] leafValues) { return function.applyAsDouble(leafValues); }

    /** Each log(det(M)) becomes one symbol standing for it. */
    private static Expr wholeLogDets(Expr e) {
        if (e instanceof Call c && c.fn() == Fn.LOG && c.arg() instanceof Sym s && s.kernel() instanceof ScalarKernel k && k.kind() == ScalarKernel.Kind.DET) {
            return Sym.kernel("log(" + s.name() + ")", new LogDet(k.arg()));
        }
        if (e instanceof Num || e instanceof Sym) return e;
        List<Expr> args = e.args().stream().map(ScalarProgram::wholeLogDets).toList();
        return args.equals(e.args()) ? e : e.withArgs(args);
    }
}
