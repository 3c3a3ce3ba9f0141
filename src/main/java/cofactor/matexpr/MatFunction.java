package cofactor.matexpr;

import cofactor.compile.CompileError;
import cofactor.dense.Dense;
import cofactor.dense.Kernels;
import cofactor.expr.Expr;
import cofactor.expr.Num;
import cofactor.expr.Rewrite;
import cofactor.expr.Sym;
import cofactor.expr.Symbols;
import cofactor.matrix.ShapeError;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Scalars and matrix expressions of symbolic size compiled for numbers: a function of dense
 * matrices, one for each matrix symbol given, that takes the sizes from them (X of size n×n given a
 * 100×100 matrix sets n = 100 everywhere) and evaluates the closed forms with dense linear algebra
 * ({@link NumericPlan}, made once for each set of argument sizes). The scalar algebra around the kernels is compiled to bytecode once.
 * Calls keep no state and may run in parallel.
 */
public final class MatFunction {
    private final List<MatExpr.Symbol> inputs;
    private final List<ScalarProgram> scalars;
    private final List<MatExpr> matrices;
    private final Map<Expr, ScalarProgram> coefficients;
    private final Kernels kernels;
    private final Routes routes = new Routes();
    private final Map<Dims, Evaluation> plans = new ConcurrentHashMap<>();

    private MatFunction(List<MatExpr.Symbol> inputs, List<ScalarProgram> scalars, List<MatExpr> matrices,
                        Map<Expr, ScalarProgram> coefficients, Kernels kernels) {
        this.inputs = inputs;
        this.scalars = scalars;
        this.matrices = matrices;
        this.coefficients = coefficients;
        this.kernels = kernels;
    }

    /** The values of a call: the scalars' and the matrices', in the order compiled. */
    public record Values(double[] scalars, List<Dense> matrices) {}

    /**
     * @param inputs   the matrix symbols, in the order a call gives their values; every matrix symbol of
     *                 the outputs must be among them, and every size symbol a size of one of them
     * @param scalars  scalar outputs (holding kernels such as det(X))
     * @param matrices matrix outputs
     */
    public static MatFunction compile(List<MatExpr.Symbol> inputs, List<Expr> scalars, List<MatExpr> matrices, Kernels kernels) {
        Set<MatExpr.Symbol> used = new LinkedHashSet<>();
        for (Expr e : scalars) used.addAll(MatSymbols.of(e));
        for (MatExpr m : matrices) used.addAll(MatSymbols.of(m));
        for (MatExpr.Symbol s : used) {
            if (!inputs.contains(s)) throw new CompileError("the matrix symbol " + s + " is not among the variables (" + names(inputs) + ")");
        }
        Set<Sym> sizes = MatSymbols.sizes(new LinkedHashSet<>(inputs), Set.of());
        Map<Expr, ScalarProgram> coefficients = new HashMap<>();
        List<ScalarProgram> programs = new ArrayList<>();
        for (Expr e : scalars) programs.add(program(SquaredNorms.read(e, matrices), sizes, coefficients));
        for (MatExpr m : matrices) collectCoefficients(m, sizes, coefficients);
        return new MatFunction(List.copyOf(inputs), List.copyOf(programs), List.copyOf(matrices), coefficients, kernels);
    }

    private static ScalarProgram program(Expr e, Set<Sym> sizes, Map<Expr, ScalarProgram> coefficients) {
        ScalarProgram p = ScalarProgram.of(e, sizes);
        for (ScalarProgram.Leaf leaf : p.leaves()) {
            if (leaf instanceof ScalarProgram.Kernel k) collectCoefficients(k.kernel().arg(), sizes, coefficients);
            if (leaf instanceof ScalarProgram.LogDet l) collectCoefficients(l.arg(), sizes, coefficients);
            if (leaf instanceof ScalarProgram.SquaredNorm n) collectCoefficients(n.arg(), sizes, coefficients);
        }
        return p;
    }

    /** Every coefficient or entry-wise exponent that is not a number (2^n, 1/det(X)) gets its program, as do the kernels inside it. */
    private static void collectCoefficients(MatExpr m, Set<Sym> sizes, Map<Expr, ScalarProgram> out) {
        for (Expr scalar : m.scalars()) {
            if (!(scalar instanceof Num) && !out.containsKey(scalar)) out.put(scalar, program(scalar, sizes, out));
        }
        for (MatExpr operand : m.operands()) collectCoefficients(operand, sizes, out);
    }

    public List<MatExpr.Symbol> inputs() { return inputs; }

    public Kernels kernels() { return kernels; }

    /** The outputs at the given matrices (one per input, in order); a shape that does not fit is a {@link ShapeError}. */
    public Values evaluate(List<Dense> args) {
        Evaluation e = evaluation(args);
        NumericPlan.Frame f = e.plan().run(args);
        List<Dense> m = new ArrayList<>(e.matrices().length);
        for (int slot : e.matrices()) m.add(f.matrices[slot]);
        double[] s = new double[e.scalars().length];
        for (int k = 0; k < s.length; k++) s[k] = f.scalars[e.scalars()[k]];
        return new Values(s, m);
    }

    /** A plan and where its outputs are; see {@link NumericPlan}. */
    private record Evaluation(NumericPlan plan, int[] scalars, int[] matrices) {}

    /** The arguments' rows and columns: what a plan depends on. */
    private record Dims(int[] dims) {
        static Dims of(List<Dense> args) {
            int[] d = new int[2 * args.size()];
            for (int k = 0; k < args.size(); k++) {
                d[2 * k] = args.get(k).rows();
                d[2 * k + 1] = args.get(k).cols();
            }
            return new Dims(d);
        }

        @Override public boolean equals(Object o) { return o instanceof Dims other && Arrays.equals(dims, other.dims); }

        @Override public int hashCode() { return Arrays.hashCode(dims); }
    }

    /** The plan for these arguments' sizes, made at the first call with them (which checks their shapes). */
    private Evaluation evaluation(List<Dense> args) {
        checkCount(args);
        Dims key = Dims.of(args);
        Evaluation e = plans.get(key);
        if (e != null) return e;
        Set<MatExpr> kept = new HashSet<>();
        NumericPlanner p;
        int[] m, s;
        do { // again while a product computed inside a sum was wanted on its own too
            p = planner(args, kept);
            // the matrices first: a gradient's products are what the value's traces are cheapest from
            m = new int[matrices.size()];
            for (int k = 0; k < m.length; k++) m[k] = p.matrix(matrices.get(k));
            s = new int[scalars.size()];
            for (int k = 0; k < s.length; k++) s[k] = p.scalar(scalars.get(k));
        } while (kept.addAll(p.wanted()));
        e = new Evaluation(p.build(), s, m);
        plans.putIfAbsent(key, e);
        return e;
    }

    /** Plans at the sizes these arguments give, their shapes checked. */
    private NumericPlanner planner(List<Dense> args, Set<MatExpr> kept) {
        checkCount(args);
        return new NumericPlanner(kernels, inputs, sizes(args), coefficients, routes, kept);
    }

    /**
     * How far from {@code at} along {@code direction} (a change of input {@code variable}) every
     * log(det(M)) of the scalars stays defined, for M affine in that input: M(s) = M + s·ΔM is
     * M·(I + s·inv(M)·ΔM), nonsingular while s·‖inv(M)·ΔM‖ < 1 in the Frobenius norm (which bounds the
     * spectral one), so det keeps its sign on the whole segment. Arguments not affine in the variable
     * (log(det(X'*X))) give no bound; infinity when there is none.
     */
    public double maxStep(List<Dense> at, int variable, Dense direction) {
        MatExpr.Symbol x = inputs.get(variable);
        List<Dense> moved = new ArrayList<>(at);
        moved.set(variable, at.get(variable).plusScaled(1, direction));
        List<MatExpr> affine = new ArrayList<>();
        for (ScalarProgram p : scalars) {
            for (ScalarProgram.Leaf leaf : p.leaves()) {
                if (leaf instanceof ScalarProgram.LogDet l && Affine.in(l.arg(), x)) affine.add(l.arg());
            }
        }
        // M and its factors here, M alone there
        NumericPlanner here = planner(at, Set.of()), there = planner(moved, Set.of());
        int[] m = new int[affine.size()], lu = new int[affine.size()], moves = new int[affine.size()];
        for (int k = 0; k < m.length; k++) {
            m[k] = here.matrix(affine.get(k));
            lu[k] = here.factor(affine.get(k));
            moves[k] = there.matrix(affine.get(k));
        }
        NumericPlan.Frame h = here.build().run(at), t = there.build().run(moved);
        double step = Double.POSITIVE_INFINITY;
        for (int k = 0; k < m.length; k++) {
            Dense change = t.matrices[moves[k]].plusScaled(-1, h.matrices[m[k]]);
            cofactor.dense.Factorization f = h.factors[lu[k]];
            if (f.isSingular()) return 0;
            double norm = 0;
            for (double v : kernels.solve(f, change, false).data()) norm += v * v;
            step = Math.min(step, 1 / Math.sqrt(norm));
        }
        return step;
    }

    private void checkCount(List<Dense> args) {
        if (args.size() != inputs.size()) throw new ShapeError("call", "takes " + inputs.size() + " matrices (" + names(inputs) + "), got " + args.size());
    }

    /** Each size symbol's value, from the first argument whose shape has it; every shape is checked against them. */
    private Map<Sym, Integer> sizes(List<Dense> args) {
        Map<Sym, Integer> values = new LinkedHashMap<>();
        Map<Sym, String> from = new HashMap<>();
        for (int k = 0; k < args.size(); k++) {
            MatExpr.Symbol s = inputs.get(k);
            Dense a = args.get(k);
            for (int side = 0; side < 2; side++) {
                if (!((side == 0 ? s.shape().rows() : s.shape().cols()) instanceof Sym n)) continue;
                int actual = side == 0 ? a.rows() : a.cols();
                Integer known = values.putIfAbsent(n, actual);
                if (known == null) from.put(n, s.name());
                else if (known != actual) throw misfit(s, a, values, from);
            }
        }
        // sizes that are numbers or such as n + 1, now that every symbol has its value
        Map<Sym, Expr> exact = new HashMap<>();
        values.forEach((n, v) -> exact.put(n, Num.of(v)));
        for (int k = 0; k < args.size(); k++) {
            MatExpr.Symbol s = inputs.get(k);
            Dense a = args.get(k);
            if (!fits(s.shape().rows(), a.rows(), exact) || !fits(s.shape().cols(), a.cols(), exact)) throw misfit(s, a, values, from);
        }
        return values;
    }

    private static boolean fits(Expr size, int actual, Map<Sym, Expr> values) {
        return Rewrite.subs(size, values) instanceof Num n && n.isInteger() && n.numerator().intValueExact() == actual;
    }

    /** {@code X is n×n, got a 3×4 matrix}, with where the sizes came from when another argument set them. */
    private static ShapeError misfit(MatExpr.Symbol s, Dense a, Map<Sym, Integer> values, Map<Sym, String> from) {
        List<String> set = new ArrayList<>();
        Set<Sym> sizes = new LinkedHashSet<>(Symbols.free(s.shape().rows()));
        sizes.addAll(Symbols.free(s.shape().cols()));
        for (Sym n : sizes) if (from.containsKey(n) && !from.get(n).equals(s.name())) set.add(n + " = " + values.get(n) + " from " + from.get(n));
        String what = s.shape().cols().isOne() ? "a vector of length " + s.shape().rows() : s.shape().toString();
        return new ShapeError("call", s + " is " + what + ", got a " + a.rows() + "×" + a.cols() + " matrix" + (set.isEmpty() ? "" : " (" + String.join(", ", set) + ")"));
    }

    private static String names(List<MatExpr.Symbol> symbols) { return String.join(", ", symbols.stream().map(MatExpr.Symbol::name).toList()); }
}
