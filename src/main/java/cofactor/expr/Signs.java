package cofactor.expr;

/**
 * What the form of an expression tells of its sign, symbols being real: x^2, abs(u),
 * exp(u), sqrt(u) are never negative where they are defined (a non-integer power of a
 * negative number has no real value), π - 3 is positive. {@code abs}, {@code sign} and
 * roots of products use it: abs(x^2) = x^2, sqrt(4x^2·y) = 2·abs(x)·sqrt(y).
 * It answers "don't know" (false, 0) when the form does not settle it, and looks only a
 * few levels deep, so it costs little and never recurses far.
 */
final class Signs {
    private Signs() {}

    /** Deeper than this, an expression counts as of unknown sign. */
    private static final int DEPTH = 6;

    /** Whether e ≥ 0 wherever it is defined, as its form shows. */
    static boolean isNonNegative(Expr e) { return signed(e, false, DEPTH); }

    /** Whether e > 0 wherever it is defined, as its form shows: sign(exp(x)) = 1, but sign(x^2) stays. */
    static boolean isPositive(Expr e) { return signed(e, true, DEPTH); }

    /** Whether e > 0 ({@code strict}) or e ≥ 0 wherever it is defined, as its form shows. */
    private static boolean signed(Expr e, boolean strict, int depth) {
        if (depth == 0) return false;
        return switch (e.kind()) {
            case NUM -> strict ? ((Num) e).signum() > 0 : ((Num) e).signum() >= 0;
            case SYM -> isPositiveConstant((Sym) e);
            case CALL -> {
                Fn f = ((Call) e).fn();
                yield f == Fn.EXP || f == Fn.COSH || !strict && (f == Fn.ABS || f == Fn.ACOS);
            }
            case POW -> power(((Pow) e).base(), ((Pow) e).exp(), strict, depth);
            case MUL -> {
                Mul m = (Mul) e;
                boolean all = m.coef().signum() > 0;
                for (int i = 0; all && i < m.size(); i++) all = power(m.base(i), m.exp(i), strict, depth);
                yield all;
            }
            case ADD -> {
                Add a = (Add) e;
                boolean all = a.constant().signum() >= 0;
                for (int i = 0; all && i < a.size(); i++) all = a.coef(i).signum() > 0 && signed(a.term(i), strict, depth - 1);
                yield all;
            }
        };
    }

    /**
     * b^k > 0: any power of a b > 0. b^k ≥ 0: besides, an even power, and a power that is not a
     * whole number, which a negative b has no real value of.
     */
    private static boolean power(Expr b, Expr k, boolean strict, int depth) {
        if (!strict && k instanceof Num n && n.isExact() && (!n.isInteger() || !n.numerator().testBit(0))) return true;
        return signed(b, strict, depth - 1);
    }

    /**
     * The sign (-1, 1) of a constant built from rationals, π, E and roots of positive
     * rationals, such as π - 4 or 1 - sqrt(2); 0 when it is not such a constant or when
     * its value is too close to 0 for doubles to tell. Each term is computed in doubles to
     * within a few units in the last place, so a sum whose value exceeds 1e-12 of the
     * sum of its terms' sizes has the sign of its value.
     */
    static int ofConstant(Expr e) {
        if (e instanceof Num n) return n.signum();
        if (!(e instanceof Add a)) return isAlgebraic(e) ? 1 : 0; // a product of such factors with coefficient 1
        double sum = a.constant().doubleValue(), size = Math.abs(sum);
        for (int i = 0; i < a.size(); i++) {
            if (!isAlgebraic(a.term(i))) return 0;
            double t = a.coef(i).doubleValue() * value(a.term(i));
            sum += t;
            size += Math.abs(t);
        }
        if (!Double.isFinite(size) || Math.abs(sum) <= 1e-12 * size) return 0;
        return sum > 0 ? 1 : -1;
    }

    /** π, E, a root of a positive rational, or a product of these (with coefficient 1): positive, and computed closely. */
    private static boolean isAlgebraic(Expr t) {
        if (t instanceof Sym s) return isPositiveConstant(s);
        if (t instanceof Pow p) return p.base() instanceof Num b && b.signum() > 0 && p.exp() instanceof Num;
        if (t instanceof Mul m) {
            if (!m.coef().isOne()) return false;
            for (int i = 0; i < m.size(); i++) {
                boolean constant = m.base(i) instanceof Sym s ? isPositiveConstant(s) : m.base(i) instanceof Num b && b.signum() > 0;
                if (!constant || !(m.exp(i) instanceof Num)) return false;
            }
            return true;
        }
        return false;
    }

    /** pi and E, and a defined constant whose value is positive (a root of a polynomial may be negative). */
    private static boolean isPositiveConstant(Sym s) { return s.isConstant() && s.constantValue() > 0; }

    private static double value(Expr t) {
        if (t instanceof Num n) return n.doubleValue();
        if (t instanceof Sym s) return s.constantValue();
        if (t instanceof Pow p) return Math.pow(((Num) p.base()).doubleValue(), ((Num) p.exp()).doubleValue());
        Mul m = (Mul) t;
        double v = 1;
        for (int i = 0; i < m.size(); i++) v *= Math.pow(value(m.base(i)), ((Num) m.exp(i)).doubleValue());
        return v;
    }
}
