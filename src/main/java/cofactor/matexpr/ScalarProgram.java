package cofactor.matexpr;

import cofactor.compile.CompileError;
import cofactor.compile.CompiledFunction;
import cofactor.compile.Compiler;
import cofactor.expr.Call;
import cofactor.expr.Expr;
import cofactor.expr.Fn;
import cofactor.expr.Num;
import cofactor.expr.Rewrite;
import cofactor.expr.Sym;
import cofactor.expr.Symbols;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A scalar of matrix expressions (log(det(X)) - tr(S*X), a coefficient 1/det(X)) compiled for
 * numeric evaluation: the scalar algebra around the kernels becomes a {@link CompiledFunction} whose
 * variables are its leaves — the kernels (det(X), tr(S*X), (x'*A*x)) and each log(det(M)) taken whole
 * (computed as Σ log|u_ii| of M's LU factors, finite where det(M) overflows a double). It is compiled
 * once for each set of sizes it is called with, the sizes put in first, as instantiation does: so
 * det(X)^(1 - n)*det(X)^(n - 1) is 1 at n = 2 even where det(X) = 0, and n - 1 is a number.
 */
final class ScalarProgram {
    /** What a variable of the compiled function stands for. */
    sealed interface Leaf permits Kernel, LogDet, SquaredNorm {}

    record Kernel(ScalarKernel kernel) implements Leaf {}

    /** log(det(arg)), which needs det(arg) > 0; a kernel of the compiled scalar only, never printed. */
    record LogDet(MatExpr arg) implements Leaf, cofactor.expr.Kernel {
        @Override public String latex() { return "\\log " + new ScalarKernel(ScalarKernel.Kind.DET, arg).latex(); }
    }

    /** tr(arg'*arg), the sum of the squares of arg's entries, read from arg whole ({@link SquaredNorms}); never printed. */
    record SquaredNorm(MatExpr arg) implements Leaf, cofactor.expr.Kernel {
        Sym symbol() { return Sym.kernel("norm(" + arg + ")^2", this); }

        @Override public String latex() { return new ScalarKernel(ScalarKernel.Kind.TRACE, MatExprs.mul(MatExprs.transpose(arg), arg)).latex(); }
    }

    /** The program at one set of sizes. */
    record AtSizes(CompiledFunction function, List<Leaf> leaves) {
        double value(double[] leafValues) { return function.applyAsDouble(leafValues); }
    }

    private final Expr source;
    private final List<Leaf> leaves; // at any sizes: each specialization's leaves are among them
    private final Map<Map<Sym, Integer>, AtSizes> compiled = new ConcurrentHashMap<>();

    private ScalarProgram(Expr source, List<Leaf> leaves) {
        this.source = source;
        this.leaves = leaves;
    }

    /** @param sizes the size symbols the arguments give values to; any other free symbol is an error */
    static ScalarProgram of(Expr e, Set<Sym> sizes) {
        List<Leaf> leaves = new ArrayList<>();
        for (Sym s : Symbols.free(wholeLogDets(e))) {
            Leaf leaf = leaf(s);
            if (leaf != null) leaves.add(leaf);
            else if (!sizes.contains(s)) throw new CompileError(e + " has the free symbol " + s + ", which is neither a matrix symbol given nor a size of one");
        }
        return new ScalarProgram(e, List.copyOf(leaves));
    }

    /** Every leaf at some sizes (the kernels whose matrices may hold coefficients to compile too). */
    List<Leaf> leaves() { return leaves; }

    AtSizes at(Map<Sym, Integer> sizes) {
        return compiled.computeIfAbsent(sizes, s -> {
            Map<Sym, Expr> values = new HashMap<>();
            s.forEach((n, v) -> values.put(n, Num.of(v)));
            Expr body = wholeLogDets(Rewrite.subs(source, values));
            List<Sym> variables = new ArrayList<>();
            List<Leaf> at = new ArrayList<>();
            for (Sym leaf : Symbols.free(body)) {
                variables.add(leaf);
                at.add(leaf(leaf));
            }
            return new AtSizes(Compiler.compile(body, variables), List.copyOf(at));
        });
    }

    /** What a kernel symbol stands for, or null for a size. */
    private static Leaf leaf(Sym s) {
        if (s.kernel() instanceof ScalarKernel k) return new Kernel(k);
        return s.kernel() instanceof Leaf leaf ? leaf : null;
    }

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
