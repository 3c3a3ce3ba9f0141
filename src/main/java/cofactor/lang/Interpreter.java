package cofactor.lang;

import cofactor.expr.Expr;
import cofactor.expr.MathError;
import cofactor.expr.Num;
import cofactor.expr.Rewrite;
import cofactor.expr.Sym;
import cofactor.lang.ast.*;
import cofactor.matrix.Matrix;
import cofactor.matrix.ShapeError;
import java.math.BigInteger;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Evaluates statements against a {@link Session}: each AST node becomes a value (Expr, Matrix, Value, String). */
public final class Interpreter {
    private final Session session;
    private final Map<String, Object> locals; // parameters of the user function being evaluated, or empty

    public Interpreter(Session session) { this(session, Map.of()); }

    private Interpreter(Session session, Map<String, Object> locals) {
        this.session = session;
        this.locals = locals;
    }

    public Session session() { return session; }

    /** Runs one statement and returns its value (what a file run prints, unless the statement is silent). */
    public Object execute(Statement statement) { return eval(statement.node()); }

    public Object eval(Node node) {
        try {
            return evalNode(node);
        } catch (MathError e) {
            throw new EvalError("", e.getMessage());
        } catch (ShapeError e) {
            throw new EvalError(e.operation(), e.getMessage());
        }
    }

    private Object evalNode(Node node) {
        if (node instanceof NumberLit n) return number(n);
        if (node instanceof StringLit s) return s.value();
        if (node instanceof Name n) return name(n.name());
        if (node instanceof Unary u) {
            Object v = evalNode(u.operand());
            return u.op() == '-' ? Operators.negate(v) : v;
        }
        if (node instanceof Binary b) return binary(b);
        if (node instanceof Call c) return call(c);
        if (node instanceof ListLit l) return list(l);
        if (node instanceof Index i) return index(i);
        if (node instanceof Transpose t) return transpose(evalNode(t.target()));
        if (node instanceof Part p) return part(p);
        if (node instanceof Subst s) return substitute(s);
        if (node instanceof Assign a) return assign(a);
        if (node instanceof FuncDef f) return define(f);
        throw new IllegalStateException("unknown syntax node " + node);
    }

    private static Object number(NumberLit n) {
        if (n.isDouble()) return Num.real(Double.parseDouble(n.text()));
        return Num.of(new BigInteger(n.text()));
    }

    private Object name(String name) {
        if (locals.containsKey(name)) return locals.get(name);
        Object v = session.lookup(name);
        if (v != null) return v;
        if (session.builtins().has(name)) {
            // d and N are everyday symbols too ([[a, b], [c, d]]): a one-letter built-in that is not called is the symbol
            if (name.length() == 1) return Sym.of(name);
            throw new EvalError(name, "is a function; call it with arguments, e.g. " + session.builtins().get(name).usage());
        }
        return Sym.of(name);
    }

    /**
     * A chain {@code a + b - c + …} (or {@code a * b / c …}) parses as a left-deep tree as
     * deep as the chain is long, so it is walked iteratively, not by recursion; and a run of
     * scalars is combined in one canonical build, where one build per operand would be
     * quadratic in the length (100 000 terms). Operands are evaluated left to right.
     */
    private Object binary(Binary b) {
        if (b.op() == '^') return Operators.pow(evalNode(b.left()), evalNode(b.right()));
        boolean additive = isAdditive(b.op());
        ArrayDeque<Binary> spine = new ArrayDeque<>();
        Node leftmost = b;
        while (leftmost instanceof Binary x && x.op() != '^' && isAdditive(x.op()) == additive) {
            spine.push(x);
            leftmost = x.left();
        }
        Object acc = evalNode(leftmost);
        List<Expr> run = new ArrayList<>(); // scalars waiting to join acc, a scalar too
        for (Binary x : spine) {
            Object r = evalNode(x.right());
            if (acc instanceof Expr && r instanceof Expr e) {
                run.add(switch (x.op()) {
                    case '-' -> Expr.neg(e);
                    case '/' -> Expr.pow(e, Num.MINUS_ONE);
                    default -> e;
                });
                continue;
            }
            acc = combine(acc, run, additive);
            acc = switch (x.op()) {
                case '+' -> Operators.add(acc, r);
                case '-' -> Operators.sub(acc, r);
                case '*' -> {
                    if (acc instanceof Matrix m && r instanceof Matrix n) session.checkEntries("*", m.rows(), n.cols());
                    yield Operators.mul(acc, r);
                }
                case '/' -> Operators.div(acc, r);
                default -> throw new IllegalStateException("unknown operator " + x.op());
            };
        }
        return combine(acc, run, additive);
    }

    private static boolean isAdditive(char op) { return op == '+' || op == '-'; }

    private static Object combine(Object acc, List<Expr> run, boolean additive) {
        if (run.isEmpty()) return acc;
        List<Expr> all = new ArrayList<>(run.size() + 1);
        all.add((Expr) acc);
        all.addAll(run);
        run.clear();
        return additive ? Expr.add(all) : Expr.mul(all);
    }

    private Object call(Call c) {
        List<Object> values = new ArrayList<>(c.args().size());
        for (Node a : c.args()) values.add(evalNode(a));
        Map<String, Object> options = new LinkedHashMap<>();
        for (NamedArg na : c.named()) {
            if (options.put(na.name(), evalNode(na.value())) != null) throw new EvalError(c.name(), "option " + na.name() + " given twice");
        }
        Object target = locals.containsKey(c.name()) ? locals.get(c.name()) : session.lookup(c.name());
        if (target instanceof FunctionValue f) return f.call(new Args(c.name(), values, options, session));
        if (target != null) throw new EvalError(c.name(), "is " + Values.describe(target) + ", not a function");
        Builtin b = session.builtins().get(c.name());
        if (b == null) throw new EvalError(c.name(), "unknown function" + suggestion(c.name()));
        return invoke(b, values, options);
    }

    /** Calls a built-in after checking its arity and options; math and shape errors are reported under its name. */
    public Object invoke(Builtin b, List<Object> values, Map<String, Object> options) {
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
            return b.impl().apply(new Args(b.name(), values, options, session));
        } catch (MathError e) {
            throw new EvalError(b.name(), e.getMessage());
        } catch (ShapeError e) {
            throw new EvalError(e.operation(), e.getMessage());
        } catch (cofactor.compile.CompileError e) {
            throw new EvalError(b.name(), e.getMessage());
        }
    }

    private String suggestion(String name) {
        if (name.length() == 1 || Sym.of(name).isConstant()) return "; for a product write " + name + "*(...)";
        String best = null;
        int bestDistance = 3;
        for (String candidate : session.builtins().names()) {
            int d = editDistance(name, candidate);
            if (d < bestDistance) { bestDistance = d; best = candidate; }
        }
        return best == null ? "" : "; did you mean " + best + "?";
    }

    private static int editDistance(String a, String b) {
        int[] prev = new int[b.length() + 1], cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) prev[j] = j;
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                cur[j] = Math.min(Math.min(cur[j - 1], prev[j]) + 1, prev[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1));
            }
            int[] t = prev; prev = cur; cur = t;
        }
        return prev[b.length()];
    }

    /** {@code [a, b]} is a column vector; a list of equally long vectors is a matrix with them as rows. */
    private Object list(ListLit l) {
        List<Object> items = new ArrayList<>();
        for (Node e : l.elements()) items.add(evalNode(e));
        if (items.stream().allMatch(v -> v instanceof Expr)) return Matrix.vector(items.stream().map(v -> (Expr) v).toList());
        if (items.stream().allMatch(v -> v instanceof Matrix m && (m.isVector() || m.rows() == 1))) {
            List<List<Expr>> rows = new ArrayList<>();
            for (Object v : items) rows.add(((Matrix) v).entries());
            return Matrix.of(rows);
        }
        Object odd = items.stream().filter(v -> !(v instanceof Expr)).findFirst().orElseThrow();
        throw new EvalError("[...]", "a matrix is written [[a, b], [c, d]]: every entry a scalar or every entry a row, got " + Values.describe(odd));
    }

    private Object index(Index ix) {
        Object target = evalNode(ix.target());
        if (!(target instanceof Matrix m)) throw new EvalError("[]", "only matrices and vectors can be indexed, got " + Values.describe(target));
        List<Integer> idx = new ArrayList<>();
        for (Node n : ix.indices()) {
            Object v = evalNode(n);
            if (!(v instanceof Num k && k.isInteger())) throw new EvalError("[]", "an index must be an integer, got " + Values.describe(v));
            idx.add(k.intValueExact("an index"));
        }
        if (idx.size() == 2) return m.get(check(idx.get(0), m.rows(), "row", m) - 1, check(idx.get(1), m.cols(), "column", m) - 1);
        if (idx.size() == 1) {
            if (m.isVector()) return m.get(check(idx.get(0), m.rows(), "entry", m) - 1);
            if (m.rows() == 1) return m.get(0, check(idx.get(0), m.cols(), "entry", m) - 1);
            int i = check(idx.get(0), m.rows(), "row", m) - 1;
            List<Expr> row = new ArrayList<>();
            for (int j = 0; j < m.cols(); j++) row.add(m.get(i, j));
            return Matrix.of(List.of(row));
        }
        throw new EvalError("[]", "takes one or two indices, got " + idx.size());
    }

    private static int check(int i, int bound, String what, Matrix m) {
        if (i < 1 || i > bound) throw new EvalError("[]", what + " index " + i + " is out of range for " + Values.describe(m) + " (indices start at 1)");
        return i;
    }

    private Object part(Part p) {
        Object v = evalNode(p.target());
        if (v instanceof Value val) return val.part(p.name());
        throw new EvalError("." + p.name(), Values.describe(v) + " has no parts");
    }

    private Object substitute(Subst s) {
        Object body = evalNode(s.body());
        Map<Sym, Expr> values = new HashMap<>();
        for (NamedArg b : s.bindings()) {
            Object v = evalNode(b.value());
            if (!(v instanceof Expr e)) throw new EvalError("|", "the value of " + b.name() + " must be a scalar, got " + Values.describe(v));
            values.put(Sym.of(b.name()), e);
        }
        return substituteValues(body, values);
    }

    static Object substituteValues(Object body, Map<Sym, Expr> values) {
        if (body instanceof Expr e) return Rewrite.subs(e, values);
        if (body instanceof Matrix m) return m.map(e -> Rewrite.subs(e, values));
        throw new EvalError("|", "cannot substitute into " + Values.describe(body));
    }

    private Object assign(Assign a) {
        checkAssignable(a.name());
        Object v = evalNode(a.value());
        session.bind(a.name(), v);
        return v;
    }

    private Object define(FuncDef f) {
        checkAssignable(f.name());
        UserFunction fn = new UserFunction(f.name(), f.params(), f.body(), this);
        session.bind(f.name(), fn);
        return fn;
    }

    private void checkAssignable(String name) {
        if (session.builtins().has(name)) throw new EvalError(name, "is a built-in function and cannot be redefined");
        if (Sym.of(name).isConstant()) throw new EvalError(name, "is a constant and cannot be redefined");
    }

    /** A' : a matrix transposed; a scalar is its own transpose. */
    private static Object transpose(Object v) {
        if (v instanceof Matrix m) return m.transpose();
        if (v instanceof Expr) return v;
        throw new EvalError("'", "cannot transpose " + Values.describe(v));
    }

    /** Evaluates a user function's body with its parameters bound. */
    Object evalWith(Node body, Map<String, Object> params) { return new Interpreter(session, params).eval(body); }
}
