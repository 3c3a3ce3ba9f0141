package cofactor.func;

import static cofactor.expr.Expr.add;
import static cofactor.expr.Expr.call;
import static cofactor.expr.Expr.div;
import static cofactor.expr.Expr.mul;
import static cofactor.expr.Expr.neg;
import static cofactor.expr.Expr.pow;
import static cofactor.expr.Expr.sub;

import cofactor.expr.Call;
import cofactor.expr.Expr;
import cofactor.expr.Mul;
import cofactor.expr.Num;
import cofactor.expr.Sym;
import java.util.function.DoubleUnaryOperator;

/**
 * The function table: one entry per elementary function with everything the
 * system needs of it — its name, numeric value, the JVM method compiled code
 * calls, its LaTeX name, its symmetry, its exact special values and its
 * derivative rule, written in the library's own operations so that higher
 * derivatives come for free. An entry that lacks a rule does not compile.
 * ({@code sqrt} is the power 1/2 and {@code ln} another name of {@code log}.)
 */
public enum Fn {
    SIN("sin", "\\sin", "sin", Math::sin, Parity.ODD) {
        @Override public Expr derivative(Expr u) { return call(COS, u); }
    },
    COS("cos", "\\cos", "cos", Math::cos, Parity.EVEN) {
        @Override public Expr derivative(Expr u) { return neg(call(SIN, u)); }
    },
    TAN("tan", "\\tan", "tan", Math::tan, Parity.ODD) {
        @Override public Expr derivative(Expr u) { return add(Num.ONE, pow(call(TAN, u), 2)); }
    },
    COT("cot", "\\cot", null, Numerics::cot, Parity.ODD) {
        @Override public Expr derivative(Expr u) { return neg(add(Num.ONE, pow(call(COT, u), 2))); }
    },
    SEC("sec", "\\sec", null, Numerics::sec, Parity.EVEN) {
        @Override public Expr derivative(Expr u) { return mul(call(SEC, u), call(TAN, u)); }
    },
    CSC("csc", "\\csc", null, Numerics::csc, Parity.ODD) {
        @Override public Expr derivative(Expr u) { return neg(mul(call(CSC, u), call(COT, u))); }
    },
    ASIN("asin", "\\arcsin", "asin", Math::asin, Parity.ODD) {
        @Override public Expr derivative(Expr u) { return pow(sub(Num.ONE, pow(u, 2)), Num.HALF.negate()); }
    },
    ACOS("acos", "\\arccos", "acos", Math::acos, Parity.NONE) {
        @Override public Expr derivative(Expr u) { return neg(pow(sub(Num.ONE, pow(u, 2)), Num.HALF.negate())); }
    },
    ATAN("atan", "\\arctan", "atan", Math::atan, Parity.ODD) {
        @Override public Expr derivative(Expr u) { return pow(add(Num.ONE, pow(u, 2)), -1); }
    },
    SINH("sinh", "\\sinh", "sinh", Math::sinh, Parity.ODD) {
        @Override public Expr derivative(Expr u) { return call(COSH, u); }
    },
    COSH("cosh", "\\cosh", "cosh", Math::cosh, Parity.EVEN) {
        @Override public Expr derivative(Expr u) { return call(SINH, u); }
    },
    TANH("tanh", "\\tanh", "tanh", Math::tanh, Parity.ODD) {
        @Override public Expr derivative(Expr u) { return sub(Num.ONE, pow(call(TANH, u), 2)); }
    },
    EXP("exp", "\\exp", "exp", Math::exp, Parity.NONE) {
        @Override public Expr derivative(Expr u) { return call(EXP, u); }
    },
    LOG("log", "\\log", "log", Math::log, Parity.NONE) {
        @Override public Expr derivative(Expr u) { return pow(u, -1); }
    },
    ABS("abs", null, "abs", Math::abs, Parity.EVEN) {
        // d|u|/du = u/|u|, undefined at 0 like the function's kink
        @Override public Expr derivative(Expr u) { return div(u, call(ABS, u)); }
    };

    enum Parity { ODD, EVEN, NONE }

    private final String name;
    private final String latex;
    private final String mathMethod;
    private final DoubleUnaryOperator numeric;
    private final Parity parity;

    Fn(String name, String latex, String mathMethod, DoubleUnaryOperator numeric, Parity parity) {
        this.name = name;
        this.latex = latex;
        this.mathMethod = mathMethod;
        this.numeric = numeric;
        this.parity = parity;
    }

    /** d f(u) / du, as an expression in u. */
    public abstract Expr derivative(Expr u);

    public String fnName() { return name; }

    /** The LaTeX command, or null where the function prints specially (abs as |u|). */
    public String latex() { return latex; }

    public double apply(double x) { return numeric.applyAsDouble(x); }

    /** The JVM class compiled code calls for this function (internal name) and the static method {@code (D)D}. */
    public String jvmOwner() { return mathMethod != null ? "java/lang/Math" : "cofactor/func/Numerics"; }

    public String jvmMethod() { return mathMethod != null ? mathMethod : name; }

    /** A stable hash (enum hashCode is per-run identity, which would make the canonical order vary between runs). */
    public int hashName() { return name.hashCode(); }

    public static Fn byName(String name) {
        for (Fn f : values()) if (f.name.equals(name)) return f;
        return null;
    }

    /**
     * The exact simplification of f(arg), or null to keep the call as it is:
     * special values (sin 0 = 0, cos π = -1, log 1 = 0, log E = 1), symmetry
     * (sin(-x) = -sin x, cos(-x) = cos x) and inverse pairs (exp(log u) = u).
     */
    public Expr simplify(Expr arg) {
        if (arg.isZero()) {
            switch (this) {
                case SIN: case TAN: case ASIN: case ATAN: case SINH: case TANH: case ABS: return Num.ZERO;
                case COS: case SEC: case COSH: case EXP: return Num.ONE;
                case ACOS: return div(Sym.PI, Num.TWO);
                case LOG: throw new cofactor.expr.MathError("log: 0 is outside its domain");
                default: return null;
            }
        }
        if (arg instanceof Num n && n.isExact()) {
            if (this == ABS) return n.signum() < 0 ? n.negate() : n;
            if (this == LOG && n.isOne()) return Num.ZERO;
            if (this == LOG && n.signum() < 0) throw new cofactor.expr.MathError("log: " + n + " is outside its domain");
        }
        Num piMultiple = piMultiple(arg);
        if (piMultiple != null && piMultiple.isInteger()) {
            if (this == SIN || this == TAN) return Num.ZERO;
            if (this == COS || this == SEC) return piMultiple.numerator().testBit(0) ? Num.MINUS_ONE : Num.ONE;
        }
        if (piMultiple != null && piMultiple.denominator().equals(java.math.BigInteger.TWO)) { // odd multiples of pi/2
            boolean negative = piMultiple.numerator().subtract(java.math.BigInteger.ONE).shiftRight(1).testBit(0);
            if (this == SIN) return negative ? Num.MINUS_ONE : Num.ONE;
            if (this == COS || this == COT) return Num.ZERO;
        }
        if (this == LOG && arg == Sym.E) return Num.ONE;
        if (this == LOG && arg instanceof Call c && c.fn() == EXP) return c.arg();
        if (this == EXP && arg instanceof Call c && c.fn() == LOG) return c.arg();
        if (this == ABS && arg instanceof Call c && c.fn() == ABS) return arg;
        if (parity != Parity.NONE && hasMinusSign(arg)) {
            Expr f = call(this, neg(arg));
            return parity == Parity.ODD ? neg(f) : f;
        }
        return null;
    }

    /** k when arg is k·pi for an exact k, else null. */
    private static Num piMultiple(Expr arg) {
        if (arg == Sym.PI) return Num.ONE;
        if (arg instanceof Mul m && m.size() == 1 && m.base(0) == Sym.PI && m.exp(0).isOne() && m.coef().isExact()) return m.coef();
        return null;
    }

    /** A negative number, or a product with a negative coefficient. */
    private static boolean hasMinusSign(Expr e) {
        return e instanceof Num n && n.signum() < 0 || e instanceof Mul m && m.coef().signum() < 0;
    }
}
