package cofactor.lang;

import cofactor.expr.Expr;
import cofactor.expr.Num;
import cofactor.expr.Rewrite;
import cofactor.expr.Sym;
import cofactor.matrix.Matrix;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * The evaluated arguments of one call, with the typed accessors that are the one
 * place a value of the wrong kind becomes an error naming the function and the
 * argument: {@code error: det: argument 1 must be a matrix, got x}.
 */
public final class Args {
    private final String fn;
    private final List<Value> values;
    private final Map<String, Value> options;
    private final Session session;
    private final List<List<String>> boundNames; // per argument, the bound names it was written with (may be empty)

    public Args(String fn, List<Value> values, Map<String, Value> options, Session session) {
        this(fn, values, options, session, List.of());
    }

    Args(String fn, List<Value> values, Map<String, Value> options, Session session, List<List<String>> boundNames) {
        this.fn = fn;
        this.values = values;
        this.options = options;
        this.session = session;
        this.boundNames = boundNames;
    }

    public String fn() { return fn; }
    public int size() { return values.size(); }
    public Value get(int i) { return values.get(i); }
    public List<Value> all() { return values; }
    public Session session() { return session; }

    public EvalError error(String message) { return new EvalError(fn, message); }

    EvalError wrongType(int i, String wanted) {
        return error("argument " + (i + 1) + " must be " + wanted + ", got " + values.get(i).describe());
    }

    public Expr expr(int i) {
        if (values.get(i) instanceof ScalarValue s) return s.expr();
        throw wrongType(i, "a scalar expression");
    }

    /** The expression of a scalar value; null for the other kinds, which the accessors refuse. */
    private static Expr scalar(Value v) { return v instanceof ScalarValue s ? s.expr() : null; }

    public Matrix matrix(int i) {
        if (values.get(i) instanceof MatrixValue m) return m.matrix();
        throw wrongType(i, "a matrix");
    }

    public Matrix squareMatrix(int i) {
        Matrix m = matrix(i);
        if (!m.isSquare()) throw error("needs a square matrix, got " + m.shape());
        return m;
    }

    public Sym symbol(int i) {
        if (scalar(values.get(i)) instanceof Sym s && !s.isConstant()) return s;
        throw notSymbol(i, "a symbol");
    }

    private EvalError notSymbol(int i, String wanted) {
        return error("argument " + (i + 1) + " must be " + wanted + ", got " + values.get(i).describe() + boundNote(i));
    }

    /**
     * Where argument i had to be a symbol but was written with a name bound to something else
     * ({@code d(f, x)} after {@code x = 5}): which name, its value, and how to free it; else "".
     */
    String boundNote(int i) {
        if (i >= boundNames.size()) return "";
        for (String name : boundNames.get(i)) {
            Value v = session.lookup(name);
            if (v == null || scalar(v) instanceof Sym s && !s.isConstant()) continue;
            String shown = v instanceof ScalarValue || v instanceof MatrixValue ? v.show() : v.describe();
            if (shown.length() > 40) shown = v.describe();
            return "; " + name + " is bound to " + shown + ": clear(" + name + ") makes it a symbol again";
        }
        return "";
    }

    /** A symbol, or a vector of distinct symbols ({@code [x, y]}). */
    public List<Sym> symbols(int i) {
        Value v = values.get(i);
        if (scalar(v) instanceof Sym s && !s.isConstant()) return List.of(s);
        if (v instanceof MatrixValue mv && mv.matrix().isVector()) {
            List<Sym> out = new ArrayList<>();
            for (Expr e : mv.matrix().entries()) {
                if (!(e instanceof Sym s) || s.isConstant() || out.contains(s)) throw notSymbol(i, "a vector of distinct symbols");
                out.add(s);
            }
            return out;
        }
        throw notSymbol(i, "a symbol or a vector of symbols like [x, y]");
    }

    /** A size of a matrix expression: a whole number, or a symbol such as n. */
    public Expr size(int i) {
        Expr e = scalar(values.get(i));
        if (e instanceof Num n && n.isInteger() && n.signum() >= 0 || e instanceof Sym s && !s.isConstant()) return e;
        throw wrongType(i, "a size (a whole number or a symbol such as n)");
    }

    public int integer(int i) {
        if (scalar(values.get(i)) instanceof Num n && n.isInteger()) return n.intValueExact(fn + ": argument " + (i + 1));
        throw wrongType(i, "an integer");
    }

    /** A number, or any closed real expression ({@code pi}, {@code sqrt(2)/2}) at its numeric value. */
    public double real(int i) {
        if (values.get(i) instanceof ScalarValue s && Rewrite.numeric(s.expr()) instanceof Num n) return n.doubleValue();
        throw wrongType(i, "a number");
    }

    /** f applied to argument i, a scalar, or to each entry of a matrix. */
    public Value entrywise(int i, UnaryOperator<Expr> f) {
        return Operators.entrywise(values.get(i), f, () -> wrongType(i, "an expression or a matrix"));
    }

    // ---- named options
    public boolean hasOption(String name) { return options.containsKey(name); }

    public Value option(String name) { return options.get(name); }

    public Set<String> optionNames() { return options.keySet(); }

    public double realOption(String name, double dflt) {
        Value v = options.get(name);
        if (v == null) return dflt;
        if (scalar(v) instanceof Num n) {
            // 10^400 is a number, but not one a double holds: refused here rather than read as infinity
            if (Double.isInfinite(n.doubleValue())) throw error("option " + name + " is beyond the range of a double (1.8E308)");
            return n.doubleValue();
        }
        throw error("option " + name + " must be a number, got " + v.describe());
    }

    /** The {@code timeout} option in seconds, a positive number. */
    public double timeoutOption(double dflt) {
        double timeout = realOption("timeout", dflt);
        if (!(timeout > 0)) { // finite: realOption refuses a number past the double range
            throw error("timeout must be a positive number of seconds, got " + option("timeout").show());
        }
        return timeout;
    }

    public long integerOption(String name, long dflt) {
        Value v = options.get(name);
        if (v == null) return dflt;
        if (scalar(v) instanceof Num n && (n.isInteger() || !n.isExact() && n.doubleValue() == Math.rint(n.doubleValue()))) {
            double d = n.doubleValue();
            if (Math.abs(d) < 9.0e18) return Math.round(d);
        }
        throw error("option " + name + " must be an integer, got " + v.describe());
    }

    /** An option that is true or false (written as those names). */
    public boolean booleanOption(String name, boolean dflt) {
        Value v = options.get(name);
        if (v == null) return dflt;
        if (scalar(v) instanceof Sym s && (s.name().equals("true") || s.name().equals("false"))) return s.name().equals("true");
        throw error("option " + name + " must be true or false, got " + v.describe());
    }

    public String stringOption(String name, String dflt) {
        Value v = options.get(name);
        if (v == null) return dflt;
        if (v instanceof StringValue s) return s.text();
        throw error("option " + name + " must be a string in quotes, got " + v.describe());
    }
}
