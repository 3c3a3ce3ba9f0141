package cofactor.compile;

import cofactor.expr.Expr;
import cofactor.expr.Sym;
import cofactor.expr.Symbols;
import cofactor.matrix.Matrix;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Compiles expressions to JVM bytecode: the canonical DAG is lowered onto a
 * hash-consed {@link Tape} (each distinct subexpression once, sums of products
 * by a {@link Horner} scheme, constants folded, integer powers multiplied out),
 * gradients are appended to the tape by
 * {@link Reverse} accumulation, and {@link Emitter} writes the live nodes as
 * straight-line code into a hidden class — never a tree walk at call time.
 */
public final class Compiler {
    private Compiler() {}

    /** A scalar function of {@code vars} (in that order). */
    public static CompiledFunction compile(Expr e, List<Sym> vars) {
        return compile(List.of(e), false, 1, 1, vars, Emitter.Budget.DEFAULT);
    }

    /** A vector or matrix function of {@code vars}: {@link CompiledFunction#evaluate} fills its entries row by row. */
    public static CompiledFunction compile(Matrix m, List<Sym> vars) {
        return compile(m.entries(), true, m.rows(), m.cols(), vars, Emitter.Budget.DEFAULT);
    }

    /** The value and gradient of a scalar function in one kernel, with a Hessian compiled on demand. */
    public static CompiledGradient compileGradient(Expr e, List<Sym> vars) {
        return compileGradient(e, vars, Emitter.Budget.DEFAULT);
    }

    /** The n×n Hessian of a scalar function, by reverse accumulation applied twice. */
    public static CompiledFunction compileHessian(Expr e, List<Sym> vars) {
        return compileHessian(e, vars, Emitter.Budget.DEFAULT);
    }

    // ---- with an explicit single-method budget (tests use a small one to exercise the chunked code path)

    static CompiledFunction compile(List<Expr> entries, boolean matrix, int rows, int cols, List<Sym> vars, Emitter.Budget budget) {
        Tape tape = new Tape();
        int[] outputs = lower(tape, entries, vars);
        Info info = new Info(vars, matrix, rows, cols, tape.operations(outputs));
        Emitter emitter = new Emitter(tape, vars.size(), budget);
        List<Emitter.GeneratedMethod> methods = new ArrayList<>();
        methods.add(Emitter.GeneratedMethod.filling("evaluate", outputs));
        if (!matrix && emitter.fitsOneMethod(outputs)) { // large scalar functions call evaluate instead of a second copy of the code
            methods.add(Emitter.GeneratedMethod.returning("applyAsDouble", outputs[0]));
            if (vars.size() == 1) methods.add(Emitter.GeneratedMethod.unary("applyAsDouble", outputs[0]));
            if (!vars.isEmpty()) methods.add(Emitter.GeneratedMethod.overColumns("evaluateColumns", outputs));
        }
        return emitter.define(CompiledFunction.class, info, methods);
    }

    static CompiledGradient compileGradient(Expr e, List<Sym> vars, Emitter.Budget budget) {
        Tape tape = new Tape();
        int value = lower(tape, List.of(e), vars)[0];
        int forward = tape.size();
        int[] grad = Reverse.gradient(tape, value, vars.size());
        int[] all = new int[grad.length + 1];
        all[0] = value;
        System.arraycopy(grad, 0, all, 1, grad.length);
        Info info = new Info(vars, false, 1, 1, tape.operations(all));
        Emitter emitter = new Emitter(tape, vars.size(), budget).adjointFrom(forward);
        List<Emitter.GeneratedMethod> methods = new ArrayList<>(List.of(
                Emitter.GeneratedMethod.returningAndFilling("valueAndGradient", value, grad),
                Emitter.GeneratedMethod.returning("value", value)));
        if (!vars.isEmpty() && emitter.fitsOneMethod(all)) methods.add(Emitter.GeneratedMethod.overColumns("evaluateColumns", all));
        CompiledGradient g = emitter.define(CompiledGradient.class, info, methods);
        g.setHessianSource(() -> compileHessian(e, vars, budget));
        return g;
    }

    static CompiledFunction compileHessian(Expr e, List<Sym> vars, Emitter.Budget budget) {
        Tape tape = new Tape();
        int n = vars.size();
        int value = lower(tape, List.of(e), vars)[0];
        int forward = tape.size();
        int[] grad = Reverse.gradient(tape, value, n);
        int[] h = new int[n * n];
        for (int i = 0; i < n; i++) {
            int[] row = Reverse.gradient(tape, grad[i], n);
            for (int j = i; j < n; j++) h[i * n + j] = h[j * n + i] = row[j];
        }
        Info info = new Info(vars, true, n, n, tape.operations(h));
        return new Emitter(tape, n, budget).adjointFrom(forward).define(CompiledFunction.class, info, List.of(Emitter.GeneratedMethod.filling("evaluate", h)));
    }

    /** Lowers the entries with vars bound to the arguments, after checking that no other symbol occurs. */
    static int[] lower(Tape tape, List<Expr> entries, List<Sym> vars) {
        checkVariables(entries, vars);
        Map<Sym, Integer> bindings = new HashMap<>();
        for (int i = 0; i < vars.size(); i++) bindings.put(vars.get(i), tape.arg(i));
        Lowering lowering = new Lowering(tape, bindings);
        int[] outputs = new int[entries.size()];
        for (int k = 0; k < outputs.length; k++) outputs[k] = lowering.lower(entries.get(k));
        return outputs;
    }

    private static void checkVariables(List<Expr> entries, List<Sym> vars) {
        Set<Sym> seen = new HashSet<>();
        for (Sym v : vars) {
            if (v.isConstant()) throw new CompileError(v.name() + " is a constant, not a variable");
            if (!seen.add(v)) throw new CompileError("the variable " + v.name() + " is listed twice");
        }
        Set<String> free = new TreeSet<>();
        for (Expr e : entries) for (Sym s : Symbols.free(e)) if (!seen.contains(s)) free.add(s.name());
        if (!free.isEmpty()) throw new CompileError("the expression has free symbols not among the variables: " + String.join(", ", free));
    }
}
