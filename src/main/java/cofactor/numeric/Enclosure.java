package cofactor.numeric;

import cofactor.bignum.Ball;
import cofactor.bignum.BigFloat;
import cofactor.bignum.DomainError;
import cofactor.bignum.Elementary;
import cofactor.bignum.OutOfRange;
import cofactor.bignum.Undecided;
import cofactor.expr.Add;
import cofactor.expr.Call;
import cofactor.expr.Expr;
import cofactor.expr.Fn;
import cofactor.expr.MathError;
import cofactor.expr.Mul;
import cofactor.expr.Num;
import cofactor.expr.Pow;
import cofactor.expr.Sym;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The value of a closed expression as a ball at a working precision: exact numbers enter
 * exactly (or rounded, with their radius), a double as the exact binary number it is, and
 * every operation widens the ball by its rounding, so the ball holds the true value. Each
 * distinct subexpression is evaluated once ({@link BottomUp}).
 */
final class Enclosure {
    /** At most this many bits more for an exact argument near ±1 (10^-300 000 from it). */
    private static final int MAX_EXTRA_BITS = 1 << 20;

    private final int bits;
    private Map<Expr, Ball> done; // the balls of the nodes evaluated so far

    private Enclosure(int bits) { this.bits = bits; }

    /** Throws {@link Unresolved} when a part cannot be decided at this precision, MathError when it has no real value. */
    static Ball of(Expr e, int bits) {
        Enclosure enclosure = new Enclosure(bits);
        return BottomUp.fold(e, Enclosure::operands, (node, balls) -> {
            enclosure.done = balls;
            return enclosure.value(node);
        });
    }

    /** The parts whose balls the node's own value needs (numbers in exponents and coefficients are read directly). */
    private static List<Expr> operands(Expr e) {
        List<Expr> out = new ArrayList<>();
        if (e instanceof Add a) {
            for (int i = 0; i < a.size(); i++) out.add(a.term(i));
        } else if (e instanceof Mul m) {
            for (int i = 0; i < m.size(); i++) {
                out.add(m.base(i));
                if (!(m.exp(i) instanceof Num)) out.add(m.exp(i));
            }
        } else if (e instanceof Pow p) {
            out.add(p.base());
            if (!(p.exp() instanceof Num)) out.add(p.exp());
        } else if (e instanceof Call c) {
            out.add(c.arg());
        }
        return out;
    }

    private Ball value(Expr e) {
        try {
            return switch (e.kind()) {
                case NUM -> number((Num) e);
                case SYM -> constant((Sym) e);
                case ADD -> sum((Add) e);
                case MUL -> product((Mul) e);
                case POW -> power(done.get(((Pow) e).base()), ((Pow) e).exp());
                case CALL -> function((Call) e);
            };
        } catch (Undecided u) {
            throw new Unresolved(e, undecided(e, u.boundary()));
        } catch (DomainError d) {
            throw new MathError(d.isPole() ? Shown.of(e) + " divides by zero" : Shown.of(e) + " is not a real number");
        } catch (OutOfRange r) {
            throw new MathError(Shown.of(e) + " is too large to compute");
        }
    }

    /** What could not be decided at e, as the rest of a sentence that starts with e. */
    private static String undecided(Expr e, String boundary) {
        if (e instanceof Call c) {
            return switch (c.fn()) {
                case TAN, COT, SEC, CSC -> "cannot be told from a pole";
                case LOG, ASIN, ACOS, SIGN -> "cannot be computed: its argument cannot be told from " + boundary;
                case SIN, COS, ATAN, SINH, COSH, TANH, EXP, ABS -> "cannot be computed: its argument is not known closely enough";
            };
        }
        if (e instanceof Pow p && p.exp() instanceof Num k && k.signum() < 0 || e instanceof Mul m && hasDivisor(m)) {
            return "divides by a value that cannot be told from 0";
        }
        return "cannot be computed: a base cannot be told from " + boundary;
    }

    private static boolean hasDivisor(Mul m) {
        for (int i = 0; i < m.size(); i++) if (m.exp(i) instanceof Num k && k.signum() < 0) return true;
        return false;
    }

    private Ball number(Num n) {
        if (n.isInteger()) return Ball.of(n.numerator(), bits);
        if (n.isExact()) return Ball.ratio(n.numerator(), n.denominator(), bits);
        BigDecimal d = n.decimal();
        if (d == null) return Ball.exact(BigFloat.of(n.doubleValue()));
        if (d.scale() <= 0) return Ball.of(d.unscaledValue().multiply(BigInteger.TEN.pow(-d.scale())), bits);
        return Ball.ratio(d.unscaledValue(), BigInteger.TEN.pow(d.scale()), bits);
    }

    /**
     * An exact argument of log, asin or acos, with as many more bits as it is near ±1: those
     * functions subtract it from 1, and log(1 + 10^-2000) needs 10^-2000 whole, not what is
     * left of it in a ball of 1 + 10^-2000 at the working precision.
     */
    private Ball nearUnit(Num n) {
        BigInteger p = n.numerator(), q = n.denominator();
        long closest = Math.min(p.subtract(q).bitLength(), p.add(q).bitLength()); // |p ∓ q| has about this many bits
        int extra = (int) Math.min(MAX_EXTRA_BITS, Math.max(0, q.bitLength() - closest));
        return n.isInteger() ? Ball.of(p, bits + extra) : Ball.ratio(p, q, bits + extra);
    }

    private Ball constant(Sym s) {
        if (s == Sym.PI) return Elementary.pi(bits);
        if (s == Sym.E) return Elementary.exp(Ball.ONE, bits);
        if (s.kernel() instanceof Computable c) return c.enclose(bits);
        throw new IllegalArgumentException("not a closed expression: " + s);
    }

    private Ball sum(Add a) {
        Ball s = number(a.constant());
        for (int i = 0; i < a.size(); i++) s = s.add(number(a.coef(i)).mul(done.get(a.term(i)), bits), bits);
        return s;
    }

    private Ball product(Mul m) {
        Ball p = number(m.coef());
        for (int i = 0; i < m.size(); i++) p = p.mul(power(done.get(m.base(i)), m.exp(i)), bits);
        return p;
    }

    private Ball power(Ball base, Expr exp) {
        if (exp instanceof Num k && k.isInteger()) return base.pow(k.numerator(), bits);
        if (exp instanceof Num k && k.equals(Num.HALF)) return base.sqrt(bits);
        return Elementary.pow(base, exp instanceof Num k ? number(k) : done.get(exp), bits);
    }

    private Ball function(Call c) {
        Ball x = c.arg() instanceof Num n && n.isExact() && (c.fn() == Fn.LOG || c.fn() == Fn.ASIN || c.fn() == Fn.ACOS)
                ? nearUnit(n) : done.get(c.arg());
        return switch (c.fn()) {
            case SIN -> Elementary.sin(x, bits);
            case COS -> Elementary.cos(x, bits);
            case TAN -> { Ball[] sc = Elementary.sinCos(x, bits); yield sc[0].div(sc[1], bits); }
            case COT -> { Ball[] sc = Elementary.sinCos(x, bits); yield sc[1].div(sc[0], bits); }
            case SEC -> Ball.ONE.div(Elementary.cos(x, bits), bits);
            case CSC -> Ball.ONE.div(Elementary.sin(x, bits), bits);
            case ASIN -> Elementary.asin(x, bits);
            case ACOS -> Elementary.acos(x, bits);
            case ATAN -> Elementary.atan(x, bits);
            case SINH -> Elementary.sinh(x, bits);
            case COSH -> Elementary.cosh(x, bits);
            case TANH -> Elementary.tanh(x, bits);
            case EXP -> Elementary.exp(x, bits);
            case LOG -> Elementary.log(x, bits);
            case ABS -> x.mid().signum() < 0 ? x.negate() : x; // ||x| − |a|| ≤ |x − a|: the radius stays
            case SIGN -> sign(x);
        };
    }

    /** sign over a ball: the sign all its points share, 0 for the exact 0; a ball holding 0 and more decides nothing. */
    private static Ball sign(Ball x) {
        if (x.isZero()) return Ball.ZERO;
        if (x.signum() == 0) throw new Undecided("0");
        return Ball.of(x.signum());
    }
}
