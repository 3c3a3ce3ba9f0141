package cofactor.lang;

import cofactor.expr.Expr;
import cofactor.expr.Num;
import cofactor.expr.Sym;
import cofactor.matrix.Matrix;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The evaluated arguments of one call, with conversions that report a clear
 * error naming the function and the argument when a value has the wrong type.
 */
public final class Args {
    private final String fn;
    private final List<Object> values;
    private final Map<String, Object> options;
    private final Session session;

    public Args(String fn, List<Object> values, Map<String, Object> options, Session session) {
        this.fn = fn;
        this.values = values;
        this.options = options;
        this.session = session;
    }

    public String fn() { return fn; }
    public int size() { return values.size(); }
    public Object get(int i) { return values.get(i); }
    public List<Object> all() { return values; }
    public Session session() { return session; }

    public EvalError error(String message) { return new EvalError(fn, message); }

    private EvalError wrongType(int i, String wanted) {
        return error("argument " + (i + 1) + " must be " + wanted + ", got " + Values.describe(values.get(i)));
    }

    public Expr expr(int i) {
        if (values.get(i) instanceof Expr e) return e;
        throw wrongType(i, "a scalar expression");
    }

    public Matrix matrix(int i) {
        if (values.get(i) instanceof Matrix m) return m;
        throw wrongType(i, "a matrix");
    }

    public Matrix squareMatrix(int i) {
        Matrix m = matrix(i);
        if (!m.isSquare()) throw error("needs a square matrix, got " + m.shape());
        return m;
    }

    public Sym symbol(int i) {
        if (values.get(i) instanceof Sym s && !s.isConstant()) return s;
        throw wrongType(i, "a symbol");
    }

    /** A symbol, or a vector of distinct symbols ({@code [x, y]}). */
    public List<Sym> symbols(int i) {
        Object v = values.get(i);
        if (v instanceof Sym s && !s.isConstant()) return List.of(s);
        if (v instanceof Matrix m && m.isVector()) {
            List<Sym> out = new ArrayList<>();
            for (Expr e : m.entries()) {
                if (!(e instanceof Sym s) || s.isConstant() || out.contains(s)) throw wrongType(i, "a vector of distinct symbols");
                out.add(s);
            }
            return out;
        }
        throw wrongType(i, "a symbol or a vector of symbols like [x, y]");
    }

    public int integer(int i) {
        if (values.get(i) instanceof Num n && n.isInteger()) return n.intValueExact(fn + ": argument " + (i + 1));
        throw wrongType(i, "an integer");
    }

    /** A number, or any closed real expression ({@code pi}, {@code sqrt(2)/2}) at its numeric value. */
    public double real(int i) {
        if (values.get(i) instanceof Expr e && cofactor.expr.Rewrite.numeric(e) instanceof Num n) return n.doubleValue();
        throw wrongType(i, "a number");
    }

    // ---- named options
    public boolean hasOption(String name) { return options.containsKey(name); }

    public Object option(String name) { return options.get(name); }

    public java.util.Set<String> optionNames() { return options.keySet(); }

    public double realOption(String name, double dflt) {
        Object v = options.get(name);
        if (v == null) return dflt;
        if (v instanceof Num n) return n.doubleValue();
        throw error("option " + name + " must be a number, got " + Values.describe(v));
    }

    public long integerOption(String name, long dflt) {
        Object v = options.get(name);
        if (v == null) return dflt;
        if (v instanceof Num n && (n.isInteger() || !n.isExact() && n.doubleValue() == Math.rint(n.doubleValue()))) {
            double d = n.doubleValue();
            if (Math.abs(d) < 9.0e18) return Math.round(d);
        }
        throw error("option " + name + " must be an integer, got " + Values.describe(v));
    }

    public String stringOption(String name, String dflt) {
        Object v = options.get(name);
        if (v == null) return dflt;
        if (v instanceof String s) return s;
        throw error("option " + name + " must be a string in quotes, got " + Values.describe(v));
    }
}
