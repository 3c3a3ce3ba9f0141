package cofactor.lang;

import cofactor.expr.Add;
import cofactor.expr.Expr;
import cofactor.expr.Fn;
import cofactor.expr.Num;
import cofactor.expr.Rewrite;
import cofactor.expr.Sym;
import cofactor.expr.Symbols;
import cofactor.matrix.Matrix;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The elementary functions, numeric evaluation, substitution, and building matrices. */
final class CoreBuiltins {
    private CoreBuiltins() {}

    static void register(Builtins b) {
        for (Fn fn : Fn.values()) {
            b.add(Builtin.of(fn.fnName(), 1, 1, fn.fnName() + "(x)", "the elementary function " + fn.fnName(),
                    a -> Expr.call(fn, a.expr(0))));
        }
        b.alias("ln", "log");
        b.add(Builtin.of("sqrt", 1, 1, "sqrt(x)", "the square root, x^(1/2)", a -> Expr.sqrt(a.expr(0))));

        b.add(Builtin.of("N", 1, 1, "N(e)", "the numeric (double) value of e; free symbols stay",
                a -> mapEntries(a.get(0), Rewrite::numeric)));
        b.add(Builtin.of("subs", 1, 1, "subs(e, x = 1, y = 2)", "e with values substituted for symbols (same as e | x = 1)",
                CoreBuiltins::subs).withOptions("*").notPrefix());
        b.add(Builtin.of("vars", 1, 1, "vars(e)", "the free symbols of e, as a vector", CoreBuiltins::vars));
        b.add(Builtin.of("nterms", 1, 1, "nterms(e)", "the number of terms of e as a sum (0 for 0)",
                a -> Num.of(nterms(a.expr(0)))));

        b.add(Builtin.of("eye", 1, 1, "eye(n)", "the n×n identity matrix", a -> Matrix.identity(square(a))).notPrefix());
        b.add(Builtin.of("zeros", 1, 2, "zeros(m, n)", "the m×n zero matrix (zeros(n) is n×n)",
                a -> a.size() > 1 ? zeros(a) : Matrix.zeros(square(a), square(a))).notPrefix());
        b.add(Builtin.of("matrix", 3, 3, "matrix(a, m, n)", "an m×n matrix of fresh symbols a11, a12, … (a_i_j past 9)",
                CoreBuiltins::symbolMatrix));
        b.add(Builtin.of("transpose", 1, 1, "transpose(A)", "the transpose (also A')",
                a -> a.get(0) instanceof Expr e ? e : a.matrix(0).transpose()));
        b.add(Builtin.of("rows", 1, 1, "rows(A)", "the number of rows", a -> Num.of(a.matrix(0).rows())));
        b.add(Builtin.of("cols", 1, 1, "cols(A)", "the number of columns", a -> Num.of(a.matrix(0).cols())));
        b.add(Builtin.of("set", 0, 0, "set(maxterms = 1e8, maxentries = 1e7, timeout = 60)",
                "session limits: the largest expanded result in terms, the largest matrix in entries, and a per-statement time limit in seconds (0 = none)",
                CoreBuiltins::set).withOptions("maxterms", "maxentries", "timeout"));
    }

    /** Applies f to a scalar, or to each entry of a matrix. */
    static Object mapEntries(Object v, java.util.function.UnaryOperator<Expr> f) {
        if (v instanceof Matrix m) return m.map(f);
        if (v instanceof Expr e) return f.apply(e);
        throw new EvalError("", "expected an expression or a matrix, got " + Values.describe(v));
    }

    private static Object subs(Args a) {
        Map<Sym, Expr> values = new HashMap<>();
        for (String name : a.optionNames()) {
            if (!(a.option(name) instanceof Expr e)) throw a.error("the value of " + name + " must be a scalar, got " + Values.describe(a.option(name)));
            values.put(Sym.of(name), e);
        }
        return Interpreter.substituteValues(a.get(0), values);
    }

    private static Object vars(Args a) {
        List<Expr> found = new ArrayList<>();
        if (a.get(0) instanceof Matrix m) {
            java.util.Set<Sym> all = new java.util.TreeSet<>(java.util.Comparator.comparing(Sym::name));
            for (Expr e : m.entries()) all.addAll(Symbols.free(e));
            found.addAll(all);
        } else {
            found.addAll(Symbols.free(a.expr(0)));
        }
        return Matrix.vector(found);
    }

    static long nterms(Expr e) {
        if (e.isZero()) return 0;
        if (e instanceof Add s) return s.size() + (s.constant().isZero() ? 0 : 1);
        return 1;
    }

    /** Dimension 0 of an n×n matrix, checked against the entry limit. */
    private static int square(Args a) {
        int n = dimension(a, 0);
        a.session().checkEntries(a.fn(), n, n);
        return n;
    }

    private static int dimension(Args a, int i) {
        int n = a.integer(i);
        if (n < 0 || n > 10_000) throw a.error("a dimension must be between 0 and 10000, got " + n);
        return n;
    }

    private static Matrix zeros(Args a) {
        int m = dimension(a, 0), n = dimension(a, 1);
        a.session().checkEntries(a.fn(), m, n);
        return Matrix.zeros(m, n);
    }

    private static Object symbolMatrix(Args a) {
        String stem = a.symbol(0).name();
        int m = dimension(a, 1), n = dimension(a, 2);
        a.session().checkEntries(a.fn(), m, n);
        boolean wide = m > 9 || n > 9;
        Expr[] e = new Expr[m * n];
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < n; j++) {
                e[i * n + j] = Sym.of(wide ? stem + "_" + (i + 1) + "_" + (j + 1) : stem + (i + 1) + (j + 1));
            }
        }
        return Matrix.of(m, n, e);
    }

    private static Object set(Args a) {
        Session s = a.session();
        if (a.hasOption("maxterms")) {
            double v = a.realOption("maxterms", 0);
            if (!(v >= 1)) throw a.error("maxterms must be at least 1");
            s.setMaxTerms(v >= Long.MAX_VALUE ? Long.MAX_VALUE : (long) v);
        }
        if (a.hasOption("maxentries")) {
            double v = a.realOption("maxentries", 0);
            if (!(v >= 1)) throw a.error("maxentries must be at least 1");
            s.setMaxEntries(v >= Long.MAX_VALUE ? Long.MAX_VALUE : (long) v);
        }
        if (a.hasOption("timeout")) {
            double v = a.realOption("timeout", 0);
            if (!(v >= 0)) throw a.error("timeout must be 0 (none) or a positive number of seconds");
            s.setTimeLimitSeconds(v);
        }
        return new Report("maxterms = " + s.maxTerms() + ", maxentries = " + s.maxEntries() + ", timeout = " + (s.timeLimitSeconds() == 0 ? "none" : s.timeLimitSeconds() + " s"));
    }
}
