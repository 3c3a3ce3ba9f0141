package cofactor.lang;

import cofactor.expr.Expr;
import cofactor.expr.MathError;
import cofactor.expr.Num;
import cofactor.expr.Rewrite;
import cofactor.expr.Sym;
import cofactor.guard.TooLargeError;
import cofactor.guard.Limits;
import cofactor.lang.ast.*;
import cofactor.matexpr.Instantiation;
import cofactor.matrix.Matrix;
import cofactor.matrix.ShapeError;
import cofactor.numeric.NumericValue;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Evaluates statements against a {@link Session}: each AST node becomes a {@link Value}. */
public final class Interpreter {
    private final Session session;
    private final Map<String, Value> locals; // parameters of the user function being evaluated, or empty

    public Interpreter(Session session) { this(session, Map.of()); }

    private Interpreter(Session session, Map<String, Value> locals) {
        this.session = session;
        this.locals = locals;
    }

    public Session session() { return session; }

    /**
     * Runs one statement and returns its value (what a file run prints, unless the statement is
     * silent), with every sum that is 0 as a rational function shown as 0 ({@link Session#zeroSums}: once
     * per statement, not at every step, as finding such a zero takes a pass over the result).
     */
    public Value execute(Statement statement) {
        Node node = statement.node();
        Value value = guarded(() -> node instanceof Assign a ? assign(a) : zeroSums(evalNode(node)));
        if (value != null) session.setLast(value);
        return value;
    }

    public Value eval(Node node) { return guarded(() -> evalNode(node)); }

    private Value zeroSums(Value v) {
        return switch (v.kind()) {
            case SCALAR -> Value.of(session.zeroSums().of(((ScalarValue) v).expr(), session.limits()));
            case MATRIX -> Value.of(((MatrixValue) v).matrix().map(e -> session.zeroSums().of(e, session.limits())));
            case MATEXPR, STRING, FUNCTION, RESULT, REPORT -> v;
        };
    }

    private Value guarded(java.util.function.Supplier<Value> work) {
        try {
            return work.get();
        } catch (MathError e) {
            throw new EvalError(e.function(), e.getMessage());
        } catch (TooLargeError e) {
            throw new EvalError("", e.getMessage());
        } catch (ShapeError e) {
            throw new EvalError(e.operation(), e.getMessage());
        }
    }

    /** A math error inside an operator or a built-in, reported at it: the function that refused is named too unless it is that one. */
    private static EvalError at(String where, MathError e) {
        boolean named = !e.function().isEmpty() && !e.function().equals(where);
        return new EvalError(where, named ? e.function() + ": " + e.getMessage() : e.getMessage());
    }

    private Value evalNode(Node node) {
        if (node instanceof NumberLit n) return number(n);
        if (node instanceof StringLit s) return new StringValue(s.value());
        if (node instanceof Name n) return name(n.name());
        if (node instanceof Last) return last();
        if (node instanceof Unary u) {
            Value v = evalNode(u.operand());
            return u.op() == '-' ? Operators.negate(v) : v;
        }
        if (node instanceof Binary b) return binary(b);
        if (node instanceof Call c) return call(c);
        if (node instanceof ListLit l) return list(l);
        if (node instanceof Index i) return index(i);
        if (node instanceof Transpose t) {
            Value v = evalNode(t.target());
            return Operators.transpose(v, () -> new EvalError("'", "cannot transpose " + v.describe()));
        }
        if (node instanceof Part p) return part(p);
        if (node instanceof Subst s) return substitute(s);
        if (node instanceof Assign a) return assign(a);
        if (node instanceof FuncDef f) return define(f);
        throw new IllegalStateException("unknown syntax node " + node);
    }

    /**
     * An integer literal is exact; a decimal one is a double, or keeps its digits when it has
     * more than a double shows ({@link Num#DECIMAL_DIGITS}, as N(e, d) prints them). A decimal
     * beyond the double range is refused, not read as infinity or 0.
     */
    private static Value number(NumberLit n) {
        if (!n.isDouble()) return Value.of(Num.of(new BigInteger(n.text())));
        BigDecimal d = new BigDecimal(n.text());
        if (d.precision() >= Num.DECIMAL_DIGITS) return Value.of(Num.decimal(d));
        double v = d.doubleValue();
        if (Double.isInfinite(v)) throw new EvalError(n.text(), "number too large for a double (at most 1.8E308); " + exact(d) + " is exact");
        if (v == 0 && d.signum() != 0) throw new EvalError(n.text(), "number too small for a double (at least 4.9E-324); " + exact(d) + " is exact");
        return Value.of(Num.real(v));
    }

    /** {@code 12*10^-400}: written only for an error, as it costs more than reading the number (half of a call f(1.3) when it was built each time). */
    private static String exact(BigDecimal d) {
        return (d.unscaledValue().equals(BigInteger.ONE) ? "" : d.unscaledValue() + "*") + "10^" + (-d.scale());
    }

    /**
     * The names Java gives doubles that are not numbers. No Cofactor value is one (a result past
     * the double range or without a real value is an error), so unbound they would only be symbols
     * that look like values: inf - inf would be 0.
     */
    private static final Map<String, String> NOT_NUMBERS = Map.of(
            "inf", "infinity is not a value: no number is infinite (a result past the double range, 1.8E308, is an error)",
            "nan", "not-a-number is not a value: a result without a real value is an error");

    private Value name(String name) {
        if (locals.containsKey(name)) return locals.get(name);
        Value v = session.lookup(name);
        if (v != null) return v;
        String notANumber = NOT_NUMBERS.get(name);
        if (notANumber != null) throw new EvalError(name, notANumber);
        if (session.builtins().has(name)) {
            // d and N are everyday symbols too ([[a, b], [c, d]]): a one-letter built-in that is not called is the symbol
            if (name.length() == 1) return Value.of(Sym.of(name));
            throw new EvalError(name, "is a function; call it with arguments, e.g. " + session.builtins().get(name).usage());
        }
        return Value.of(Sym.of(name));
    }

    private Value last() {
        Value v = session.last();
        if (v == null) throw new EvalError("%", "no previous result yet: % is the value of the statement before");
        return v;
    }

    /**
     * A chain {@code a + b - c + …} (or {@code a * b / c …}) parses as a left-deep tree as
     * deep as the chain is long, so it is walked iteratively, not by recursion; and a run of
     * scalars is combined in one canonical build, where one build per operand would be
     * quadratic in the length (100 000 terms). Operands are evaluated left to right.
     */
    private Value binary(Binary b) {
        if (isPower(b.op())) {
            Value base = evalNode(b.left()), exponent = evalNode(b.right());
            try {
                return b.op().equals("^") ? Operators.pow(base, exponent, session.limits()) : Operators.entryPower(base, exponent);
            } catch (MathError e) {
                throw at(b.op(), e);
            }
        }
        boolean additive = isAdditive(b.op());
        ArrayDeque<Binary> spine = new ArrayDeque<>();
        Node leftmost = b;
        while (leftmost instanceof Binary x && !isPower(x.op()) && isAdditive(x.op()) == additive) {
            spine.push(x);
            leftmost = x.left();
        }
        Value acc = evalNode(leftmost);
        List<Expr> run = new ArrayList<>(); // scalars waiting to join acc, a scalar too
        for (Binary x : spine) {
            Value r = evalNode(x.right());
            String op = x.op();
            try {
                if (acc instanceof ScalarValue && r instanceof ScalarValue s) {
                    Expr e = s.expr();
                    run.add(switch (op) {
                        case "-" -> Expr.neg(e);
                        case "/", "./" -> Expr.pow(e, Num.MINUS_ONE); // between scalars .* and ./ are * and /
                        default -> e;
                    });
                    continue;
                }
                acc = combine(acc, run, additive);
                acc = switch (op) {
                    case "+" -> Operators.add(acc, r);
                    case "-" -> Operators.sub(acc, r);
                    case "*" -> {
                        if (acc instanceof MatrixValue m && r instanceof MatrixValue n) session.checkEntries("*", m.matrix().rows(), n.matrix().cols());
                        yield Operators.mul(acc, r, session.limits());
                    }
                    case "/" -> Operators.div(acc, r);
                    case ".*" -> Operators.hadamard(acc, r);
                    case "./" -> Operators.entryQuotient(acc, r);
                    default -> throw new IllegalStateException("unknown operator " + op);
                };
            } catch (MathError e) {
                throw at(op, e);
            }
        }
        try {
            return combine(acc, run, additive);
        } catch (MathError e) {
            throw at(additive ? "+" : "*", e); // the run's sum or product overflowed
        }
    }

    private static boolean isPower(String op) { return op.equals("^") || op.equals(".^"); }

    private static boolean isAdditive(String op) { return op.equals("+") || op.equals("-"); }

    private static Value combine(Value acc, List<Expr> run, boolean additive) {
        if (run.isEmpty()) return acc;
        List<Expr> all = new ArrayList<>(run.size() + 1);
        all.add(((ScalarValue) acc).expr());
        all.addAll(run);
        run.clear();
        return Value.of(additive ? Expr.add(all) : Expr.mul(all));
    }

    private Value call(Call c) {
        if (c.name().equals(SessionBuiltins.CLEAR) && !locals.containsKey(c.name())) return invoke(session.builtins().get(c.name()), names(c), Map.of(), List.of());
        List<Value> values = new ArrayList<>(c.args().size());
        for (Node a : c.args()) values.add(argument(c, a));
        Map<String, Value> options = c.named().isEmpty() ? Map.of() : new LinkedHashMap<>();
        for (NamedArg na : c.named()) {
            if (options.put(na.name(), evalNode(na.value())) != null) throw new EvalError(c.name(), "option " + na.name() + " given twice");
        }
        Value target = locals.containsKey(c.name()) ? locals.get(c.name()) : session.lookup(c.name());
        if (target instanceof FunctionValue f) {
            try {
                return f.call(new Args(c.name(), values, options, session));
            } catch (MathError e) {
                throw at(c.name(), e);
            }
        }
        if (target != null) throw new EvalError(c.name(), "is " + target.describe() + ", not a function");
        Builtin b = session.builtins().get(c.name());
        if (b == null) throw new EvalError(c.name(), "unknown function" + suggestion(c.name()));
        return invoke(b, values, options, boundNames(c.args()));
    }

    /** clear's arguments are names, not values: clear(x) after x = 5 names x, not 5. */
    private static List<Value> names(Call c) {
        if (!c.named().isEmpty()) throw new EvalError(c.name(), "takes no options (usage: clear(x), clear(x, y))");
        List<Value> names = new ArrayList<>();
        for (Node a : c.args()) {
            if (!(a instanceof Name n)) throw new EvalError(c.name(), "takes names, e.g. clear(x) or clear(x, y)");
            names.add(Value.of(Sym.of(n.name())));
        }
        return names;
    }

    /**
     * For each argument, the session's bound names it was written with: the name itself, or the
     * names among a list's entries ([x, y]), so an argument that must be a symbol can say that
     * x is bound. A user function's parameters are not the session's bindings and are left out.
     */
    private List<List<String>> boundNames(List<Node> args) {
        List<List<String>> out = new ArrayList<>(args.size());
        for (Node a : args) {
            List<Node> written = a instanceof ListLit l ? l.elements() : List.of(a);
            List<String> bound = new ArrayList<>();
            for (Node w : written) {
                if (w instanceof Name n && !locals.containsKey(n.name()) && session.lookup(n.name()) != null) bound.add(n.name());
            }
            out.add(bound);
        }
        return out;
    }

    /**
     * An argument's value; {@code inf} or {@code -inf}, which are no values ({@link #NOT_NUMBERS}),
     * as that string to a built-in that takes them (a limit's point) when no variable is named inf.
     */
    private Value argument(Call c, Node a) {
        boolean takes = !locals.containsKey(c.name()) && session.lookup(c.name()) == null && session.builtins().has(c.name())
                && session.builtins().takesInfinity(session.builtins().get(c.name()));
        if (takes) { // only then is the argument's text built: for exp(-y) it was a concatenation run cold
            String infinity = a instanceof Name n ? n.name() : a instanceof Unary u && u.operand() instanceof Name n ? u.op() + n.name() : "";
            if (infinity.matches("[+-]?inf") && !locals.containsKey("inf") && session.lookup("inf") == null) {
                return new StringValue(infinity.replace("+", ""));
            }
        }
        return evalNode(a);
    }

    /** Calls a built-in after checking its arity and options; math and shape errors are reported under its name. */
    public Value invoke(Builtin b, List<Value> values, Map<String, Value> options) { return invoke(b, values, options, List.of()); }

    private Value invoke(Builtin b, List<Value> values, Map<String, Value> options, List<List<String>> boundNames) {
        int n = values.size();
        if (n < b.minArgs() || n > b.maxArgs()) {
            String want = b.minArgs() == b.maxArgs() ? String.valueOf(b.minArgs())
                    : b.maxArgs() == Integer.MAX_VALUE ? "at least " + b.minArgs() : b.minArgs() + " to " + b.maxArgs();
            throw new EvalError(b.name(), "takes " + want + " argument" + (want.equals("1") ? "" : "s") + ", got " + n + " (usage: " + b.usage() + ")");
        }
        if (!b.options().contains("*")) {
            for (String o : options.keySet()) {
                if (!b.options().contains(o)) {
                    throw new EvalError(b.name(), "unknown option '" + o + "'" + (b.options().isEmpty() ? " (it takes none)" : " (options: " + String.join(", ", new java.util.TreeSet<>(b.options())) + ")"));
                }
            }
        }
        try {
            return b.impl().apply(new Args(b.name(), values, options, session, boundNames));
        } catch (MathError e) {
            throw at(b.name(), e);
        } catch (TooLargeError e) {
            throw new EvalError(b.name(), e.getMessage());
        } catch (ShapeError e) {
            throw new EvalError(e.operation(), e.getMessage());
        } catch (cofactor.compile.CompileError e) {
            throw new EvalError(b.name(), e.getMessage());
        }
    }

    private String suggestion(String name) {
        if (name.length() == 1 || Sym.of(name).isConstant()) return "; for a product write " + name + "*(...)";
        String best = NearestName.of(name, session.builtins().names());
        return best == null ? "" : "; did you mean " + best + "?";
    }

    /** {@code [a, b]} is a column vector; a list of equally long vectors is a matrix with them as rows. */
    private Value list(ListLit l) {
        List<Value> items = new ArrayList<>();
        for (Node e : l.elements()) items.add(evalNode(e));
        // Loops rather than streams: a literal is often a one-line run's first use of a stream,
        // whose set-up (the stream flags' class initialiser) costs more than building the matrix.
        Value notScalar = null, notRow = null;
        for (Value v : items) {
            if (notScalar == null && !(v instanceof ScalarValue)) notScalar = v;
            if (notRow == null && !(v instanceof MatrixValue m && (m.matrix().isVector() || m.matrix().rows() == 1))) notRow = v;
        }
        if (notScalar == null) {
            List<Expr> entries = new ArrayList<>(items.size());
            for (Value v : items) entries.add(((ScalarValue) v).expr());
            return Value.of(Matrix.vector(entries));
        }
        if (notRow == null) {
            List<List<Expr>> rows = new ArrayList<>(items.size());
            for (Value v : items) rows.add(((MatrixValue) v).matrix().entries());
            return Value.of(Matrix.of(rows));
        }
        Value culprit = items.get(0) instanceof ScalarValue ? notScalar : notRow; // the first entry sets the kind
        throw new EvalError("[...]", "a matrix is written [[a, b], [c, d]]: every entry a scalar or every entry a row, got " + culprit.describe());
    }

    private Value index(Index ix) {
        Value target = evalNode(ix.target());
        if (!(target instanceof MatrixValue mv)) throw new EvalError("[]", "only matrices and vectors can be indexed, got " + target.describe());
        Matrix m = mv.matrix();
        List<Integer> idx = new ArrayList<>();
        for (Node n : ix.indices()) {
            Value v = evalNode(n);
            if (!(v instanceof ScalarValue s && s.expr() instanceof Num k && k.isInteger())) throw new EvalError("[]", "an index must be an integer, got " + v.describe());
            idx.add(k.intValueExact("an index"));
        }
        if (idx.size() == 2) return Value.of(m.get(check(idx.get(0), m.rows(), "row", mv) - 1, check(idx.get(1), m.cols(), "column", mv) - 1));
        if (idx.size() == 1) {
            if (m.isVector()) return Value.of(m.get(check(idx.get(0), m.rows(), "entry", mv) - 1));
            if (m.rows() == 1) return Value.of(m.get(0, check(idx.get(0), m.cols(), "entry", mv) - 1));
            int i = check(idx.get(0), m.rows(), "row", mv) - 1;
            List<Expr> row = new ArrayList<>();
            for (int j = 0; j < m.cols(); j++) row.add(m.get(i, j));
            return Value.of(Matrix.of(List.of(row)));
        }
        throw new EvalError("[]", "takes one or two indices, got " + idx.size());
    }

    private static int check(int i, int bound, String what, MatrixValue m) {
        if (i < 1 || i > bound) throw new EvalError("[]", what + " index " + i + " is out of range for " + m.describe() + " (indices start at 1)");
        return i;
    }

    private Value part(Part p) {
        Value v = evalNode(p.target());
        if (v instanceof MinimizeResult r) return r.part(p.name());
        if (v instanceof SeriesValue s) return s.part(p.name());
        if (v instanceof FitResult f) return f.part(p.name());
        throw new EvalError("." + p.name(), v.describe() + " has no parts");
    }

    private Value substitute(Subst s) {
        Value body = evalNode(s.body());
        Map<Sym, Expr> values = new HashMap<>();
        for (NamedArg b : s.bindings()) {
            Value v = evalNode(b.value());
            if (!(v instanceof ScalarValue e)) throw new EvalError("|", "the value of " + b.name() + " must be a scalar, got " + v.describe());
            values.put(Sym.of(b.name()), e.expr());
        }
        try {
            return substituteValues(body, values, session.limits());
        } catch (MathError e) {
            throw at("|", e);
        }
    }

    /**
     * body with the values put in; the closed parts a double reached become doubles (a double anywhere
     * makes the operation a double). Giving sizes values instantiates matrix expressions: X of size n
     * becomes matrix(X, 3, 3) at n = 3, and det(X) its determinant.
     */
    static Value substituteValues(Value body, Map<Sym, Expr> values, Limits limits) {
        Instantiation at = Instantiation.withFreshSymbols(values, limits);
        if (body instanceof MatExprValue m) return Operators.entrywise(Value.of(at.matrix(m.expr())), NumericValue::inexactParts, null);
        return Operators.entrywise(body, e -> NumericValue.inexactParts(at.scalar(e)), () -> new EvalError("|", "cannot substitute into " + body.describe()));
    }

    private Value assign(Assign a) {
        checkAssignable(a.name());
        Value v = zeroSums(evalNode(a.value())); // assignments are statements: bound as shown
        session.bind(a.name(), v);
        return v;
    }

    private Value define(FuncDef f) {
        checkAssignable(f.name());
        UserFunction fn = new UserFunction(f.name(), f.params(), f.body(), this);
        session.bind(f.name(), fn);
        return fn;
    }

    private void checkAssignable(String name) {
        if (session.builtins().has(name)) throw new EvalError(name, "is a built-in function and cannot be redefined");
        if (Sym.of(name).isConstant()) throw new EvalError(name, "is a constant and cannot be redefined");
    }

    /** Evaluates a user function's body with its parameters bound. */
    Value evalWith(Node body, Map<String, Value> params) { return new Interpreter(session, params).eval(body); }
}
