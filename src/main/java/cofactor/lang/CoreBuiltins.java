package cofactor.lang;

import cofactor.expr.Add;
import cofactor.expr.Expr;
import cofactor.expr.Fn;
import cofactor.expr.Num;
import cofactor.expr.Sym;
import cofactor.expr.Symbols;
import cofactor.guard.Interrupts;
import cofactor.guard.Limits;
import cofactor.guard.TimeLimit;
import cofactor.matexpr.MatExpr;
import cofactor.matexpr.MatExprs;
import cofactor.matrix.Matrix;
import cofactor.numeric.NumericValue;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.UnaryOperator;

/** The elementary functions, numeric evaluation, substitution, and building matrices. */
final class CoreBuiltins {
    private CoreBuiltins() {}

    /** What a function's help says beyond its name, where there is more to say. */
    private static final Map<Fn, String> NOTES = Map.of(
            Fn.ABS, " (its derivative is sign(x), which holds away from the kink at 0)",
            Fn.SIGN, " (-1, 0 or 1; its derivative is 0 away from the jump at 0)");

    static void register(Builtins b) {
        for (Fn fn : Fn.values()) {
            b.add(Builtin.of(fn.fnName(), 1, 1, fn.fnName() + "(x)", "the elementary function " + fn.fnName() + NOTES.getOrDefault(fn, "") + "; of a matrix, entry by entry",
                    a -> elementary(a, e -> Expr.call(fn, e), m -> MatExprs.apply(fn, m))));
        }
        b.alias("ln", "log");
        b.add(Builtin.of("sqrt", 1, 1, "sqrt(x)", "the square root, x^(1/2); of a matrix, entry by entry",
                a -> elementary(a, Expr::sqrt, m -> MatExprs.entryPower(m, Num.HALF))));

        // N x still applies without parentheses, as when N took one argument
        b.add(new Builtin("N", 1, 2, java.util.Set.of(), true, "N(e), N(e, d)",
                "the value of e as a double, correct to its last digit (N(e, d): d significant digits); free symbols stay", CoreBuiltins::numeric));
        b.add(Builtin.of("subs", 1, 1, "subs(e, x = 1, y = 2)", "e with values substituted for symbols (same as e | x = 1)",
                CoreBuiltins::subs).withOptions("*").notPrefix());
        b.add(Builtin.of("vars", 1, 1, "vars(e)", "the free symbols of e, as a vector", CoreBuiltins::vars));
        b.add(Builtin.of("nterms", 1, 1, "nterms(e)", "the number of terms of e as a sum (0 for 0)",
                a -> Value.of(Num.of(nterms(a.expr(0))))));

        b.add(Builtin.of("eye", 1, 1, "eye(n)", "the n×n identity matrix (of symbolic size when n is a symbol)",
                a -> symbolic(a) ? Value.of(MatExprs.identity(a.size(0))) : Value.of(Matrix.identity(square(a)))).notPrefix());
        b.add(Builtin.of("zeros", 1, 2, "zeros(m, n)", "the m×n zero matrix (zeros(n) is n×n; of symbolic size when m or n is a symbol)",
                a -> symbolic(a) ? Value.of(MatExprs.zero(a.size(0), a.size(a.size() - 1)))
                        : Value.of(a.size() > 1 ? zeros(a) : Matrix.zeros(square(a), square(a)))).notPrefix());
        b.add(Builtin.of("ones", 1, 2, "ones(m, n)", "the m×n matrix of ones (ones(n) is n×n; of symbolic size when m or n is a symbol)",
                a -> symbolic(a) ? Value.of(MatExprs.ones(a.size(0), a.size(a.size() - 1)))
                        : Value.of(a.size() > 1 ? ones(a) : Matrix.ones(square(a), square(a)))).notPrefix());
        b.add(Builtin.of("matrix", 3, 3, "matrix(a, m, n)",
                "an m×n matrix of fresh symbols a11, a12, … (a_i_j past 9); a matrix symbol a of that shape when m or n is a symbol",
                a -> symbolic(a) ? Value.of(MatExprs.symbol(stem(a), a.size(1), a.size(2))) : symbolMatrix(a)));
        b.add(Builtin.of("vector", 2, 2, "vector(a, n)",
                "a column of n fresh symbols a1, …, an (a_i past 9); a vector symbol a of length n when n is a symbol",
                a -> symbolic(a) ? Value.of(MatExprs.symbol(stem(a), a.size(1), Num.ONE)) : symbolVector(a)));
        b.add(Builtin.of("transpose", 1, 1, "transpose(A)", "the transpose (also A')",
                a -> Operators.transpose(a.get(0), () -> a.wrongType(0, "a matrix"))));
        b.add(Builtin.of("rows", 1, 1, "rows(A)", "the number of rows",
                a -> Value.of(a.get(0) instanceof MatExprValue m ? m.expr().shape().rows() : Num.of(a.matrix(0).rows()))));
        b.add(Builtin.of("cols", 1, 1, "cols(A)", "the number of columns",
                a -> Value.of(a.get(0) instanceof MatExprValue m ? m.expr().shape().cols() : Num.of(a.matrix(0).cols()))));
        b.add(Builtin.of("set", 0, 0, "set(maxterms = 1e8, maxentries = 1e7, timeout = 60)",
                "session limits: the largest expanded result in terms, the largest matrix in entries, and a per-statement time limit in seconds (0 = none)",
                CoreBuiltins::set).withOptions("maxterms", "maxentries", "timeout"));
    }

    /** The most digits N(e, d) gives: a million-digit π alone takes minutes. */
    static final int MAX_DIGITS = 100_000;

    private static Value numeric(Args a) {
        if (a.size() == 1) return a.entrywise(0, NumericValue::of);
        int digits = a.integer(1);
        if (digits < 1 || digits > MAX_DIGITS) throw a.error("the number of digits must be from 1 to " + MAX_DIGITS + ", got " + digits);
        return a.entrywise(0, e -> NumericValue.of(e, digits));
    }

    private static Value subs(Args a) {
        Map<Sym, Expr> values = new HashMap<>();
        for (String name : a.optionNames()) {
            if (!(a.option(name) instanceof ScalarValue e)) throw a.error("the value of " + name + " must be a scalar, got " + a.option(name).describe());
            values.put(Sym.of(name), e.expr());
        }
        return Interpreter.substituteValues(a.get(0), values, a.session().limits());
    }

    private static Value vars(Args a) {
        List<Expr> entries = switch (a.get(0).kind()) {
            case SCALAR -> List.of(a.expr(0));
            case MATRIX -> a.matrix(0).entries();
            case MATEXPR, STRING, FUNCTION, RESULT, REPORT -> throw a.wrongType(0, "an expression or a matrix");
        };
        return Value.of(Matrix.vector(List.copyOf(freeSymbols(entries))));
    }

    /** The free symbols of all the entries, in name order. */
    static List<Sym> freeSymbols(List<Expr> entries) {
        Set<Sym> all = new TreeSet<>(Sym.BY_NAME);
        for (Expr e : entries) all.addAll(Symbols.free(e));
        return new ArrayList<>(all);
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

    private static Matrix ones(Args a) {
        int m = dimension(a, 0), n = dimension(a, 1);
        a.session().checkEntries(a.fn(), m, n);
        return Matrix.ones(m, n);
    }

    /** f of a scalar, of each entry of a matrix, and entry-wise of a matrix expression (exp(X) as in NumPy, not the matrix exponential). */
    private static Value elementary(Args a, UnaryOperator<Expr> f, UnaryOperator<MatExpr> ofAbstract) {
        if (a.get(0) instanceof MatExprValue m) return Value.of(ofAbstract.apply(m.expr()));
        return a.entrywise(0, f);
    }

    private static Value symbolMatrix(Args a) {
        String stem = a.symbol(0).name();
        int m = dimension(a, 1), n = dimension(a, 2);
        a.session().checkEntries(a.fn(), m, n);
        return Value.of(Matrix.symbols(stem, m, n));
    }

    private static Value symbolVector(Args a) {
        String stem = a.symbol(0).name();
        int n = dimension(a, 1);
        a.session().checkEntries(a.fn(), n, 1);
        return Value.of(Matrix.symbols(stem, n));
    }

    /** The name of the symbol: X, also where X is already bound to a matrix symbol, so X = matrix(X, n, n) runs twice. */
    private static String stem(Args a) {
        return a.get(0) instanceof MatExprValue m && m.expr() instanceof MatExpr.Symbol s ? s.name() : a.symbol(0).name();
    }

    /** Whether a size among the arguments (all but matrix's and vector's first) is a symbol: then the result is a matrix expression. */
    private static boolean symbolic(Args a) {
        int first = a.fn().equals("matrix") || a.fn().equals("vector") ? 1 : 0;
        for (int i = first; i < a.size(); i++) {
            if (a.get(i) instanceof ScalarValue s && s.expr() instanceof Sym y && !y.isConstant()) return true;
        }
        return false;
    }

    private static Value set(Args a) {
        Session s = a.session();
        Limits limits = s.limits();
        if (a.hasOption("maxterms")) limits = limits.withMaxTerms(atLeastOne(a, "maxterms"));
        if (a.hasOption("maxentries")) limits = limits.withMaxEntries(atLeastOne(a, "maxentries"));
        TimeLimit time = s.timeLimit();
        if (a.hasOption("timeout")) {
            try {
                time = TimeLimit.ofSeconds(a.realOption("timeout", 0));
            } catch (IllegalArgumentException e) {
                throw a.error("timeout " + e.getMessage());
            }
        }
        s.setLimits(limits);
        s.setTimeLimit(time);
        return new Report("maxterms = " + limits.maxTerms() + ", maxentries = " + limits.maxEntries() + ", timeout = " + time);
    }

    private static long atLeastOne(Args a, String option) {
        double v = a.realOption(option, 0);
        if (!(v >= 1)) throw a.error(option + " must be at least 1");
        return v >= Long.MAX_VALUE ? Long.MAX_VALUE : (long) v;
    }
}
