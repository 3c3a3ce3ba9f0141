package cofactor.expr;

import static cofactor.expr.Expr.add;
import static cofactor.expr.Expr.call;
import static cofactor.expr.Expr.mul;
import static cofactor.expr.Expr.neg;
import static cofactor.expr.Expr.pow;
import static cofactor.expr.Expr.sub;

import java.math.BigInteger;
import java.util.function.DoubleUnaryOperator;

/**
 * The function table: one entry per elementary function with everything the
 * system knows of it — its name, numeric value, the JVM method compiled code
 * calls, its LaTeX form, its Symja name, its symmetry, its exact special values
 * and its derivative rule, written in the library's own operations so that
 * higher derivatives come for free. A new function is one entry here; an entry
 * that lacks a rule does not compile. ({@code sqrt} is the power 1/2 and
 * {@code ln} another name of {@code log}.)
 *
 * <p>It lives beside {@link Call} in the expression core, as SymEngine's
 * functions do: the canonical factories fold its special values, and its rules
 * are written in the factories, so core and table cannot be apart.
 */
public enum Fn {
    SIN("sin", "\\sin", "Sin", "sin", SinCos::sin, Parity.ODD, true) {
        @Override public Expr derivative(Expr u) { return call(COS, u); }
        @Override Expr special(Expr u) { return Trig.special(this, u); }
    },
    COS("cos", "\\cos", "Cos", "cos", SinCos::cos, Parity.EVEN, true) {
        @Override public Expr derivative(Expr u) { return neg(call(SIN, u)); }
        @Override Expr special(Expr u) { return Trig.special(this, u); }
    },
    TAN("tan", "\\tan", "Tan", "tan", Math::tan, Parity.ODD, true) {
        @Override public Expr derivative(Expr u) { return add(Num.ONE, pow(call(TAN, u), 2)); }
        @Override Expr special(Expr u) { return Trig.special(this, u); }
    },
    COT("cot", "\\cot", "Cot", null, ReciprocalTrig::cot, Parity.ODD, true) {
        @Override public Expr derivative(Expr u) { return neg(add(Num.ONE, pow(call(COT, u), 2))); }
        @Override Expr special(Expr u) { return Trig.special(this, u); }
    },
    SEC("sec", "\\sec", "Sec", null, ReciprocalTrig::sec, Parity.EVEN, true) {
        @Override public Expr derivative(Expr u) { return mul(call(SEC, u), call(TAN, u)); }
        @Override Expr special(Expr u) { return Trig.special(this, u); }
    },
    CSC("csc", "\\csc", "Csc", null, ReciprocalTrig::csc, Parity.ODD, true) {
        @Override public Expr derivative(Expr u) { return neg(mul(call(CSC, u), call(COT, u))); }
        @Override Expr special(Expr u) { return Trig.special(this, u); }
    },
    ASIN("asin", "\\arcsin", "ArcSin", "asin", Math::asin, Parity.ODD, false) {
        @Override public Expr derivative(Expr u) { return pow(sub(Num.ONE, pow(u, 2)), Num.HALF.negate()); }
        @Override Expr special(Expr u) {
            requireWithinOne(u);
            return Trig.inverseAt(this, u);
        }
    },
    ACOS("acos", "\\arccos", "ArcCos", "acos", Math::acos, Parity.NONE, false) {
        @Override public Expr derivative(Expr u) { return neg(pow(sub(Num.ONE, pow(u, 2)), Num.HALF.negate())); }
        @Override Expr special(Expr u) {
            requireWithinOne(u);
            return Trig.inverseAt(this, u);
        }
    },
    ATAN("atan", "\\arctan", "ArcTan", "atan", Math::atan, Parity.ODD, false) {
        @Override public Expr derivative(Expr u) { return pow(add(Num.ONE, pow(u, 2)), -1); }
        @Override Expr special(Expr u) { return Trig.inverseAt(this, u); }
    },
    SINH("sinh", "\\sinh", "Sinh", "sinh", Math::sinh, Parity.ODD, true) {
        @Override public Expr derivative(Expr u) { return call(COSH, u); }
        @Override Expr special(Expr u) { return u.isZero() ? Num.ZERO : null; }
    },
    COSH("cosh", "\\cosh", "Cosh", "cosh", Math::cosh, Parity.EVEN, true) {
        @Override public Expr derivative(Expr u) { return call(SINH, u); }
        @Override Expr special(Expr u) { return u.isZero() ? Num.ONE : null; }
    },
    TANH("tanh", "\\tanh", "Tanh", "tanh", Math::tanh, Parity.ODD, true) {
        @Override public Expr derivative(Expr u) { return sub(Num.ONE, pow(call(TANH, u), 2)); }
        @Override Expr special(Expr u) { return u.isZero() ? Num.ZERO : null; }
    },
    EXP("exp", "e^{#}", "Exp", "exp", Math::exp, Parity.NONE, false) {
        @Override public Expr derivative(Expr u) { return call(EXP, u); }
        @Override Expr special(Expr u) {
            if (u.isZero()) return Num.ONE;
            if (u.isOne()) return Sym.E; // as E^1 is E
            return logsOutOfExp(u);
        }
        /** exp(a)^b = exp(a·b) for real a and b: a power of exp is never a node of its own. */
        @Override Expr power(Expr u, Expr exponent) { return call(EXP, mul(u, exponent)); }
        @Override public boolean powersFold() { return true; }
    },
    LOG("log", "\\log", "Log", "log", Math::log, Parity.NONE, false) {
        @Override public Expr derivative(Expr u) { return pow(u, -1); }
        @Override Expr special(Expr u) {
            if (u instanceof Num n && n.isExact()) {
                if (n.signum() <= 0) throw new MathError(fnName(), n + " is outside its domain");
                if (n.isOne()) return Num.ZERO;
                return n.numerator().equals(BigInteger.ONE) ? neg(call(LOG, n.inverse())) : null; // log(1/q) = -log(q)
            }
            if (u == Sym.E) return Num.ONE;
            return u instanceof Call c && c.fn() == EXP ? c.arg() : null; // log(exp u) = u
        }
    },
    ABS("abs", "\\left|#\\right|", "Abs", "abs", Math::abs, Parity.EVEN, false) {
        // d|u|/du = sign(u), undefined at 0 like the function's kink
        @Override public Expr derivative(Expr u) { return call(SIGN, u); }
        @Override Expr special(Expr u) {
            if (u instanceof Num n && n.isExact()) return n.signum() < 0 ? n.negate() : n;
            if (Signs.isNonNegative(u)) return u; // abs(x^2) = x^2, abs(exp(x)) = exp(x), abs(abs(x)) = abs(x)
            if (u instanceof Mul m) return outOfProduct(m, Signs::isNonNegative, m.coef().abs(), this);
            int sign = Signs.ofConstant(u); // abs(pi - 4) = 4 - pi
            return sign == 0 ? null : sign > 0 ? u : neg(u);
        }
        /** abs(u)^k = u^k for an even k, symbols being real. */
        @Override Expr power(Expr u, Expr exponent) {
            return exponent instanceof Num k && k.isInteger() && !k.numerator().testBit(0) ? pow(u, k) : null;
        }
        @Override public boolean powersFold() { return true; }
    },
    SIGN("sign", "\\operatorname{sign}", "Sign", "signum", Math::signum, Parity.ODD, false) {
        // 0 away from 0, where sign jumps (as d|u| = sign(u) is undefined there)
        @Override public Expr derivative(Expr u) { return Num.ZERO; }
        @Override Expr special(Expr u) {
            if (u instanceof Num n && n.isExact()) return Num.of(n.signum());
            if (Signs.isPositive(u)) return Num.ONE; // sign(exp(x)) = 1; sign(x^2) stays, as x may be 0
            if (u instanceof Call c && c.fn() == SIGN) return u;
            if (u instanceof Mul m) return outOfProduct(m, Signs::isPositive, Num.of(m.coef().signum()), this);
            int sign = Signs.ofConstant(u);
            return sign == 0 ? null : Num.of(sign);
        }
    };

    /** f(-u) = -f(u), f(-u) = f(u), or neither. */
    enum Parity { ODD, EVEN, NONE }

    private final String name;
    private final String latex;
    private final String symjaName;
    private final String mathMethod;
    private final DoubleUnaryOperator numeric;
    private final Parity parity;
    private final boolean trigonometric;

    /**
     * @param latex     a LaTeX command applied as {@code \sin\left(u\right)}, or a template in which
     *                  {@code #} stands for the argument ({@code e^{#}})
     * @param symjaName the head of the same function in Symja (and Mathematica)
     * @param mathMethod the static {@code (D)D} method of {@link Math} for this function (up to the last
     *                  bit: sin and cos are {@link SinCos}'s), or null when {@link ReciprocalTrig} has it
     *                  under the function's name
     * @param trigonometric whether trigonometric identities may simplify it (Symja's TrigReduce is worth a try)
     */
    Fn(String name, String latex, String symjaName, String mathMethod, DoubleUnaryOperator numeric, Parity parity,
            boolean trigonometric) {
        this.name = name;
        this.latex = latex;
        this.symjaName = symjaName;
        this.mathMethod = mathMethod;
        this.numeric = numeric;
        this.parity = parity;
        this.trigonometric = trigonometric;
    }

    /** d f(u) / du, as an expression in u. */
    public abstract Expr derivative(Expr u);

    /**
     * The exact value of f(u) at a special point (sin π = 0, log 1 = 0, acos 0 = π/2) or
     * where f meets its inverse (exp(log u) = u); null when there is none. Throws where
     * u is exactly outside the domain.
     */
    Expr special(Expr u) { return null; }

    /** f(u)^exponent when it folds (exp(a)^b = exp(a·b), abs(u)^2 = u^2), else null; overridden together with {@link #powersFold()}. */
    Expr power(Expr u, Expr exponent) { return null; }

    /** Whether some powers of f(u) fold ({@link #power}): then f(u)^k is no plain monomial factor. */
    public boolean powersFold() { return false; }

    public String fnName() { return name; }

    /** The LaTeX command ({@code \sin}), or a template with {@code #} for the argument ({@code e^{#}}, {@code \left|#\right|}). */
    public String latex() { return latex; }

    /** Whether {@link #latex()} is a command that takes its argument in parentheses (and its powers as {@code \sin^{2}}). */
    public boolean latexIsCommand() { return latex.indexOf('#') < 0; }

    /** The head of this function in Symja. */
    public String symjaName() { return symjaName; }

    /** Whether it is a circular or hyperbolic function, which trigonometric identities relate. */
    public boolean isTrigonometric() { return trigonometric; }

    public double apply(double x) { return numeric.applyAsDouble(x); }

    /** The JVM class compiled code calls for this function (internal name) and the static method {@code (D)D}: the class of its {@link #apply}. */
    public String jvmOwner() {
        return switch (this) {
            case SIN, COS -> "cofactor/expr/SinCos";
            case COT, SEC, CSC -> "cofactor/expr/ReciprocalTrig";
            case TAN, ASIN, ACOS, ATAN, SINH, COSH, TANH, EXP, LOG, ABS, SIGN -> "java/lang/Math";
        };
    }

    public String jvmMethod() { return mathMethod != null ? mathMethod : name; }

    /** The method of {@link Math} that generated Java calls for this function; null for cot, sec and csc, which it writes as reciprocals. */
    public String mathMethod() { return mathMethod; }

    /** A stable hash (enum hashCode is per-run identity, which would make the canonical order vary between runs). */
    public int hashName() { return name.hashCode(); }

    public static Fn byName(String name) {
        for (Fn f : values()) if (f.name.equals(name)) return f;
        return null;
    }

    /**
     * The exact simplification of f(arg), or null to keep the call as it is: the
     * entry's special values, then its symmetry, which takes a leading minus sign
     * out of the argument as it prints (sin(-x) = -sin x, cos(-2x) = cos 2x, sin(1 - x) = -sin(x - 1)).
     */
    Expr simplify(Expr arg) {
        Expr v = special(arg);
        if (v != null) return v;
        if (parity != Parity.NONE && Printer.startsWithMinus(arg)) {
            Expr f = call(this, neg(arg));
            return parity == Parity.ODD ? neg(f) : f;
        }
        return null;
    }

    /**
     * exp(c·log v + w) = v^c·exp(w) for exact c, as exp(2 log x) = x^2 and exp(x + log y) = y·exp(x)
     * (where log v is defined, v > 0 and both sides agree); null when u has no such term.
     */
    private static Expr logsOutOfExp(Expr u) {
        if (u instanceof Call c && c.fn() == LOG) return c.arg(); // exp(log u) = u
        if (u instanceof Mul m && m.size() == 1 && m.exp(0).isOne() && m.base(0) instanceof Call c && c.fn() == LOG
                && m.coef().isExact()) {
            return pow(c.arg(), m.coef());
        }
        if (!(u instanceof Add a)) return null;
        MulBuilder out = new MulBuilder();
        Expr rest = u;
        for (int i = 0; i < a.size(); i++) {
            if (a.term(i) instanceof Call c && c.fn() == LOG && a.coef(i).isExact()) {
                out.mul(pow(c.arg(), a.coef(i)));
                rest = sub(rest, mul(a.coef(i), c));
            }
        }
        return rest == u ? null : mul(out.build(), call(EXP, rest));
    }

    /**
     * f(c·Π uᵢ) for abs and sign, which are multiplicative: the factors {@code known} settles
     * (abs(x^2·y) = x^2·abs(y), sign(exp(x)·y) = sign(y)) come out, with {@code outside} for
     * the coefficient; null when nothing comes out (the symmetry still takes out a minus sign).
     */
    private static Expr outOfProduct(Mul m, java.util.function.Predicate<Expr> known, Num outside, Fn f) {
        MulBuilder out = new MulBuilder().mul(outside), rest = new MulBuilder();
        boolean any = !m.coef().abs().isOne();
        for (int i = 0; i < m.size(); i++) {
            Expr factor = pow(m.base(i), m.exp(i));
            if (known.test(factor)) {
                any = true;
                if (f == ABS) out.mul(factor);
            } else {
                rest.mul(factor);
            }
        }
        return any ? mul(out.build(), call(f, rest.build())) : null;
    }

    /** k when arg is k·pi for an exact k (0 for 0), else null. */
    static Num piMultiple(Expr arg) {
        if (arg.isZero()) return Num.ZERO;
        if (arg == Sym.PI) return Num.ONE;
        if (arg instanceof Mul m && m.size() == 1 && m.base(0) == Sym.PI && m.exp(0).isOne() && m.coef().isExact()) return m.coef();
        return null;
    }

    /** The error for f(u) at a pole of f. */
    MathError pole(Expr u) { return new MathError(name, u + " is a pole (division by zero)"); }

    /** An exact number outside [-1, 1] is outside the domain of asin and acos. */
    void requireWithinOne(Expr u) {
        if (u instanceof Num n && n.isExact() && n.numerator().abs().compareTo(n.denominator()) > 0) {
            throw new MathError(name, n + " is outside its domain [-1, 1]");
        }
    }

}
