package cofactor.symja;

import cofactor.expr.Call;
import cofactor.expr.Expr;
import cofactor.expr.Fn;
import cofactor.expr.Mul;
import cofactor.expr.Num;
import cofactor.expr.Pow;
import cofactor.expr.Sym;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.matheclipse.core.expression.F;
import org.matheclipse.core.expression.S;
import org.matheclipse.core.interfaces.IAST;
import org.matheclipse.core.interfaces.IExpr;
import org.matheclipse.core.interfaces.IRational;
import org.matheclipse.core.interfaces.ISymbol;

/**
 * Converts between {@link Expr} and Symja's {@code IExpr}. Our symbols become
 * Symja symbols with safe generated names ({@code cofv1}, {@code cofv2}, …), so
 * names with Unicode letters or underscores, and names that mean something to
 * Symja ({@code I}, {@code D}, {@code N}), survive the round trip. One instance
 * holds the name map of one exchange; it must run where Symja runs.
 *
 * <p>Symja never sees a double: it chops small ones ({@code Simplify(1.0*^-15*x)}
 * is 0), so each goes over as the exact rational of its decimal ({@code 1e-15} as
 * 10^-15). An input that held one is inexact, and so is what comes back, as after
 * any operation with a double (LANGUAGE §1): a number in the result becomes a double
 * again, except where it is structure rather than a measured value — an exponent
 * (x^2 stays x^2, x^(1/2) stays sqrt(x)), a number under a root (sqrt(2) stays
 * sqrt(2), as the input had it), a coefficient ±1 (-x stays -x) and an integer
 * inside a function's argument (sin(2*x), as an identity made it) — or where it
 * is one of the input's exact numbers (3*x + 0.5*y keeps its 3). A number equal to
 * one of the input's doubles comes back as that double (x^1.5 stays x^1.5).
 */
final class Conversion {
    /** Symja produced something with no exact equivalent here (a complex number, an unknown function). */
    static final class Unsupported extends RuntimeException {
        Unsupported(String what) { super(what, null, false, false); }
    }

    private final Map<Sym, ISymbol> toSymja = new HashMap<>();
    private final Map<ISymbol, Sym> fromSymja = new HashMap<>();
    private final Map<Expr, IExpr> converted = new HashMap<>(); // shared subexpressions convert once
    private boolean inexact;                                      // the input held a double
    private final Map<Num, Num> doubles = new HashMap<>();         // the input's doubles by their exact values
    private final Map<Num, Num> doubleExponents = new HashMap<>(); // those of its double exponents
    private final Set<Num> exacts = new HashSet<>();               // the input's exact numbers

    /** Where a number of Symja's result stands, which decides whether it comes back as a double. */
    private enum Place { VALUE, ARGUMENT, EXPONENT, RADICAND }

    ISymbol symbol(Sym s) {
        return toSymja.computeIfAbsent(s, k -> {
            ISymbol v = F.Dummy("cofv" + (toSymja.size() + 1));
            fromSymja.put(v, k);
            return v;
        });
    }

    // ---- Expr → IExpr
    IExpr toSymja(Expr e) {
        IExpr known = converted.get(e);
        if (known != null) return known;
        IExpr r = switch (e.kind()) {
            case NUM -> number((Num) e);
            case SYM -> e == Sym.PI ? S.Pi : e == Sym.E ? S.E : symbol((Sym) e);
            case CALL -> F.unaryAST1(head(((Call) e).fn()), toSymja(((Call) e).arg()));
            case POW -> {
                Expr exp = ((Pow) e).exp();
                yield F.Power(toSymja(((Pow) e).base()), exp instanceof Num k && !k.isExact() ? exact(k, doubleExponents) : toSymja(exp));
            }
            case MUL -> {
                Mul m = (Mul) e;
                IExpr[] fs = new IExpr[m.size() + 1];
                fs[0] = number(m.coef());
                for (int i = 0; i < m.size(); i++) fs[i + 1] = toSymja(m.factor(i));
                yield F.Times(fs);
            }
            case ADD -> {
                List<Expr> summands = e.args();
                IExpr[] ts = new IExpr[summands.size()];
                for (int i = 0; i < ts.length; i++) ts[i] = toSymja(summands.get(i));
                yield F.Plus(ts);
            }
        };
        if (!(e instanceof Num) && !(e instanceof Sym)) converted.put(e, r);
        return r;
    }

    private IExpr number(Num n) {
        if (!n.isExact()) return exact(n, doubles);
        exacts.add(n);
        return rational(n);
    }

    /** A double as the exact rational of the decimal it prints as, which reads back as it. */
    private IExpr exact(Num d, Map<Num, Num> seen) {
        inexact = true;
        Num q = d.printedValue();
        seen.put(q, d);
        return rational(q);
    }

    private static IExpr rational(Num n) {
        if (n.isInteger()) return F.ZZ(n.numerator());
        return F.QQ(F.ZZ(n.numerator()), F.ZZ(n.denominator()));
    }

    /** The Symja head of each function of the table: the built-in symbol {@code S.<name>} of the entry's Symja name. */
    private static final Map<Fn, ISymbol> HEADS = new EnumMap<>(Fn.class);
    private static final Map<ISymbol, Fn> FUNCTIONS = new HashMap<>();
    static {
        for (Fn fn : Fn.values()) {
            ISymbol head;
            try {
                head = (ISymbol) S.class.getField(fn.symjaName()).get(null);
            } catch (ReflectiveOperationException | ClassCastException e) {
                throw new IllegalStateException("Symja has no built-in " + fn.symjaName() + " (for " + fn.fnName() + ")", e);
            }
            HEADS.put(fn, head);
            FUNCTIONS.put(head, fn);
        }
    }

    static ISymbol head(Fn fn) { return HEADS.get(fn); }

    // ---- IExpr → Expr
    Expr fromSymja(IExpr e) { return fromSymja(e, Place.VALUE); }

    private Expr fromSymja(IExpr e, Place place) {
        if (e.isRational()) {
            IRational q = (IRational) e;
            return number(Num.rational(q.toBigNumerator(), q.toBigDenominator()), place);
        }
        if (e.isReal()) return Num.real(e.evalf());
        if (e.isSymbol()) {
            if (e == S.Pi) return Sym.PI;
            if (e == S.E) return Sym.E;
            Sym s = fromSymja.get(e);
            if (s == null) throw new Unsupported(e.toString());
            return s;
        }
        if (!e.isAST()) throw new Unsupported(e.toString());
        IAST ast = (IAST) e;
        IExpr head = ast.head();
        if (head == S.Power && ast.argSize() == 2) {
            IExpr exp = ast.arg2();
            boolean root = exp.isRational() && !exp.isInteger();
            return Expr.pow(fromSymja(ast.arg1(), root ? Place.RADICAND : place), fromSymja(exp, exp.isRational() ? Place.EXPONENT : place));
        }
        boolean arithmetic = head == S.Plus || head == S.Times;
        List<Expr> args = new ArrayList<>(ast.argSize());
        for (int i = 1; i <= ast.argSize(); i++) {
            IExpr a = ast.get(i);
            if (head == S.Times && (a.isOne() || a.isMinusOne())) args.add(a.isOne() ? Num.ONE : Num.MINUS_ONE); // a sign, not a value: -x stays -x
            else args.add(fromSymja(a, arithmetic ? place : Place.ARGUMENT));
        }
        if (head == S.Plus) return Expr.add(args);
        if (head == S.Times) return Expr.mul(args);
        if (args.size() == 2 && head == S.Log) return Expr.div(Expr.call(Fn.LOG, args.get(1)), Expr.call(Fn.LOG, args.get(0))); // Log[b, x]
        if (args.size() == 1) {
            Expr u = args.get(0);
            Fn fn = FUNCTIONS.get(head);
            if (fn != null) return Expr.call(fn, u);
            // Symja functions with no entry of their own, by identities exact on the reals (Mathematica's conventions)
            if (head == S.Sqrt) return Expr.sqrt(u);
            if (head == S.ArcCot) return Expr.call(Fn.ATAN, Expr.pow(u, -1));
            if (head == S.ArcSec) return Expr.call(Fn.ACOS, Expr.pow(u, -1));
            if (head == S.ArcCsc) return Expr.call(Fn.ASIN, Expr.pow(u, -1));
            if (head == S.Coth) return Expr.pow(Expr.call(Fn.TANH, u), -1);
            if (head == S.Sech) return Expr.pow(Expr.call(Fn.COSH, u), -1);
            if (head == S.Csch) return Expr.pow(Expr.call(Fn.SINH, u), -1);
            if (head == S.ArcSinh) return Expr.call(Fn.LOG, Expr.add(u, Expr.sqrt(Expr.add(Expr.pow(u, 2), Num.ONE))));
            if (head == S.ArcCosh) return Expr.call(Fn.LOG, Expr.add(u, Expr.sqrt(Expr.sub(Expr.pow(u, 2), Num.ONE))));
            if (head == S.ArcTanh) return Expr.mul(Num.HALF, Expr.call(Fn.LOG, Expr.div(Expr.add(Num.ONE, u), Expr.sub(Num.ONE, u))));
        }
        throw new Unsupported(head.toString());
    }

    /** A number of Symja's result, a double again where the input was inexact (see the class comment). */
    private Expr number(Num q, Place place) {
        if (!inexact) return q;
        Num given = (place == Place.EXPONENT ? doubleExponents : doubles).get(q); // comes back bit for bit
        boolean structure = place == Place.EXPONENT || place == Place.RADICAND || place == Place.ARGUMENT && q.isInteger();
        // a value the input held both ways is exact where it is structure: sin(2*x) + 2.0*y keeps both
        if (exacts.contains(q) && (given == null || structure)) return q;
        if (given != null) return given;
        return structure ? q : Num.real(q.doubleValue());
    }
}
