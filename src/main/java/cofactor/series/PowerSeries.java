package cofactor.series;

import cofactor.expr.Expr;
import cofactor.expr.Num;
import java.util.Arrays;

/**
 * A truncated Laurent series Σ cₖ tᵏ + O(t^order) in a variable t that is not named here:
 * the coefficients of t^start, t^(start+1), … t^(order-1), exact numbers or expressions
 * free of t. Immutable. Each operation computes only the coefficients its operands
 * determine, so the order term it returns is honest: a product of series known to
 * O(tⁿ) is known to O(tⁿ) times the other's leading power, and dividing by a series
 * whose leading coefficient was lost to cancellation is refused ({@link PrecisionLost})
 * rather than guessed. Coefficient arithmetic is {@link Coefficients}'.
 */
final class PowerSeries {
    private final int start;
    private final Expr[] c; // c[i] is the coefficient of t^(start + i); c.length = order - start
    private final Coefficients k;

    private PowerSeries(int start, Expr[] c, Coefficients k) {
        this.start = start;
        this.c = c;
        this.k = k;
    }

    /** a + O(t^order). */
    static PowerSeries constant(Expr a, int order, Coefficients k) {
        Expr[] c = zeros(Math.max(order, 0));
        if (c.length > 0) c[0] = a;
        return new PowerSeries(0, c, k);
    }

    /** Σ terms[i] t^(start + i) + O(t^order). */
    static PowerSeries of(int start, int order, Coefficients k, Expr... terms) {
        Expr[] c = zeros(Math.max(order - start, 0));
        System.arraycopy(terms, 0, c, 0, Math.min(terms.length, c.length));
        return new PowerSeries(start, c, k);
    }

    int start() { return start; }

    int order() { return start + c.length; }

    /** The coefficient of t^e (0 below the first stored one; e must be below the order). */
    Expr coefficient(int e) {
        if (e >= order()) throw new IllegalArgumentException("t^" + e + " is past the order term O(t^" + order() + ")");
        return e < start ? Num.ZERO : c[e - start];
    }

    /** The series with its first nonzero coefficient first; throws when every known coefficient is 0. */
    PowerSeries normalized() {
        int i = 0;
        while (i < c.length && c[i].isZero()) i++;
        if (i == c.length) throw new PrecisionLost(order());
        return i == 0 ? this : new PowerSeries(start + i, Arrays.copyOfRange(c, i, c.length), k);
    }

    /** The same series known only to O(t^order) (no change when it is known to less). */
    PowerSeries truncated(int order) {
        if (order >= order()) return this;
        return new PowerSeries(start, Arrays.copyOf(c, Math.max(order - start, 0)), k);
    }

    // ---- arithmetic

    PowerSeries plus(PowerSeries o) {
        int s = Math.min(start, o.start), order = Math.min(order(), o.order());
        Expr[] r = zeros(Math.max(order - s, 0));
        for (int i = 0; i < r.length; i++) {
            int e = s + i;
            r[i] = k.add(coefficientOrZero(e), o.coefficientOrZero(e));
        }
        return new PowerSeries(s, r, k);
    }

    PowerSeries scaled(Expr a) {
        if (a.isOne()) return this;
        Expr[] r = new Expr[c.length];
        for (int i = 0; i < c.length; i++) r[i] = k.mul(a, c[i]);
        return new PowerSeries(start, r, k);
    }

    /** This series times t^e. */
    PowerSeries shifted(int e) { return new PowerSeries(start + e, c, k); }

    /** The Cauchy product; known to the lesser of start + other's order and other's start + order. */
    PowerSeries times(PowerSeries o) {
        int s = start + o.start, order = Math.min(start + o.order(), o.start + order());
        Expr[] r = zeros(Math.max(order - s, 0));
        for (int n = 0; n < r.length; n++) {
            Coefficients.Sum sum = k.sum();
            for (int i = Math.max(0, n - o.c.length + 1); i <= n && i < c.length; i++) sum.addProduct(c[i], o.c[n - i]);
            r[n] = sum.value();
        }
        return new PowerSeries(s, r, k);
    }

    /**
     * 1/b for b = t^v (b₀ + b₁t + …), b₀ ≠ 0: t^-v (q₀ + q₁t + …) with q₀ = 1/b₀ and
     * qₙ = -(1/b₀) Σ_{j=1..n} bⱼ qₙ₋ⱼ. A zero leading term is a shift of the powers,
     * which is how a pole becomes Laurent terms.
     */
    PowerSeries reciprocal() {
        PowerSeries b = normalized();
        Expr inv = k.inverse(b.c[0]);
        Expr[] q = zeros(b.c.length);
        q[0] = inv;
        for (int n = 1; n < q.length; n++) {
            Coefficients.Sum sum = k.sum();
            for (int j = 1; j <= n; j++) sum.addProduct(b.c[j], q[n - j]);
            q[n] = k.mul(k.negate(inv), sum.value());
        }
        return new PowerSeries(-b.start, q, k);
    }

    PowerSeries dividedBy(PowerSeries o) { return times(o.reciprocal()); }

    /**
     * g^p for an exponent p free of t, by J. C. P. Miller's recurrence (Knuth, TAOCP 2, 4.7):
     * with g = t^v g₀ (1 + …), f = g^p has f₀ = g₀^p and
     * fₙ = (1/(n g₀)) Σ_{j=1..n} ((p + 1) j - n) gⱼ fₙ₋ⱼ, which follows from g f' = p g' f.
     * It needs v·p whole: a fractional power of t is no Laurent series ({@link FractionalPower}).
     */
    PowerSeries power(Expr p) {
        if (p.isZero()) return constant(Num.ONE, order() - start, k); // as g^0 = 1 however well g is known
        PowerSeries g = normalized();
        int shift = 0;
        if (g.start != 0) {
            if (!(p instanceof Num q) || !q.isExact()) throw new FractionalPower(null);
            Num vp = q.mul(Num.of(g.start));
            if (!vp.isInteger()) throw new FractionalPower(vp.denominator());
            shift = vp.intValueExact("a power of the series variable");
        }
        Expr g0 = g.c[0], inv = k.inverse(g0), p1 = k.add(p, Num.ONE);
        Expr[] f = zeros(g.c.length);
        f[0] = k.power(g0, p);
        for (int n = 1; n < f.length; n++) {
            Coefficients.Sum sum = k.sum();
            for (int j = 1; j <= n; j++) {
                if (g.c[j].isZero()) continue;
                Expr weight = k.add(k.mul(p1, Num.of(j)), Num.of(-n));
                sum.addProduct(k.mul(weight, g.c[j]), f[n - j]);
            }
            f[n] = k.mul(k.mul(inv, Expr.rational(1, n)), sum.value());
        }
        return new PowerSeries(shift, f, k);
    }

    /** d/dt, known to one power less. */
    PowerSeries derivative() {
        Expr[] r = zeros(c.length);
        for (int i = 0; i < c.length; i++) r[i] = k.mul(Num.of(start + i), c[i]);
        return new PowerSeries(start - 1, r, k);
    }

    /**
     * The antiderivative with constant term {@code at0}, or null when this series has a
     * t^-1 term (whose antiderivative is a logarithm, no power of t).
     */
    PowerSeries integral(Expr at0) {
        if (!coefficientOrZero(-1).isZero()) return null;
        int s = Math.min(start + 1, 0), order = order() + 1;
        Expr[] r = zeros(Math.max(order - s, 0));
        for (int e = s; e < order; e++) r[e - s] = e == 0 ? at0 : k.mul(Expr.rational(1, e), coefficientOrZero(e - 1));
        return new PowerSeries(s, r, k);
    }

    /**
     * exp(g) for g = g₀ + g₁t + …: f₀ = exp(g₀), fₙ = (1/n) Σ_{j=1..n} j gⱼ fₙ₋ⱼ, from f' = g' f.
     * g must have no negative powers (the caller handles those).
     */
    PowerSeries exp() {
        Expr[] g = fromZero();
        Expr[] f = zeros(g.length);
        if (f.length == 0) return this;
        f[0] = k.exp(g[0]);
        Expr[] jg = weighted(g);
        for (int n = 1; n < f.length; n++) {
            Coefficients.Sum sum = k.sum();
            for (int j = 1; j <= n; j++) if (!jg[j].isZero()) sum.addProduct(jg[j], f[n - j]);
            f[n] = k.mul(Expr.rational(1, n), sum.value());
        }
        return new PowerSeries(0, f, k);
    }

    /**
     * sin(g) and cos(g) together (or sinh and cosh when {@code hyperbolic}), from the system
     * s' = g' c, c' = ∓g' s: n sₙ = Σ j gⱼ cₙ₋ⱼ and n cₙ = ∓Σ j gⱼ sₙ₋ⱼ, started at s₀ = sin(g₀),
     * c₀ = cos(g₀). g must have no negative powers.
     */
    PowerSeries[] sinCos(boolean hyperbolic) {
        Expr[] g = fromZero();
        Expr[] s = zeros(g.length), co = zeros(g.length);
        if (g.length > 0) {
            Expr[] first = k.sinCos(g[0], hyperbolic);
            s[0] = first[0];
            co[0] = first[1];
        }
        Expr[] jg = weighted(g);
        for (int n = 1; n < g.length; n++) {
            Coefficients.Sum ss = k.sum(), cs = k.sum();
            for (int j = 1; j <= n; j++) {
                if (jg[j].isZero()) continue;
                ss.addProduct(jg[j], co[n - j]);
                cs.addProduct(jg[j], s[n - j]);
            }
            Num over = Expr.rational(1, n);
            s[n] = k.mul(over, ss.value());
            co[n] = k.mul(hyperbolic ? over : over.negate(), cs.value());
        }
        return new PowerSeries[] {new PowerSeries(0, s, k), new PowerSeries(0, co, k)};
    }

    /** j gⱼ: the coefficients of t g'(t), which the recurrences of exp, sin and cos weigh by. */
    private Expr[] weighted(Expr[] g) {
        Expr[] jg = new Expr[g.length];
        for (int j = 0; j < g.length; j++) jg[j] = k.mul(Num.of(j), g[j]);
        return jg;
    }

    /** Whether some known coefficient of a negative power is not 0. */
    boolean hasPole() {
        for (int e = start; e < 0 && e < order(); e++) if (!c[e - start].isZero()) return true;
        return false;
    }

    /** The coefficients of t^0, t^1, … t^(order-1) (the series must have no pole). */
    private Expr[] fromZero() {
        if (hasPole()) throw new IllegalStateException("a series with a pole");
        int n = Math.max(order(), 0);
        Expr[] r = new Expr[n];
        for (int e = 0; e < n; e++) r[e] = coefficientOrZero(e);
        return r;
    }

    private Expr coefficientOrZero(int e) { return e < start || e >= order() ? Num.ZERO : c[e - start]; }

    private static Expr[] zeros(int n) {
        Expr[] r = new Expr[n];
        Arrays.fill(r, Num.ZERO);
        return r;
    }
}
