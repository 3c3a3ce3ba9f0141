package cofactor.bignum;

import java.math.BigInteger;

/**
 * The elementary functions on balls, at a working precision of {@code bits}. Each reduces
 * its argument in ball arithmetic to where a power series converges fast, sums the series
 * at the reduced midpoint in fixed point ({@link Series}), and widens the result by the
 * function's slope over what separates the midpoint from the ball; so the result holds
 * f(x) for every x in the argument's ball. Reductions follow Brent and Zimmermann,
 * "Modern Computer Arithmetic", §4.3–4.4.
 */
public final class Elementary {
    private Elementary() {}

    private static final double LN2 = Math.log(2);

    /** Arguments of sin and cos at most this many bits above 1: reducing them needs π to as many more bits. */
    private static final int MAX_REDUCTION_BITS = 1 << 18;

    /** Guard bits each function works with beyond what it is asked for. */
    private static int working(int bits) { return bits + 32; }

    /**
     * Above this many bits log and atan correct a value of half the precision instead of summing
     * a long series, and sin and cos halve their argument before it: the series' terms cost a
     * full multiplication each, and at 33 000 bits there would be thousands.
     */
    private static final int LONG_SERIES_BITS = 1500;

    public static Ball pi(int bits) { return Constants.pi(bits); }

    public static Ball exp(Ball x, int bits) {
        if (x.isZero()) return Ball.ONE;
        if (x.mid().log2Abs() > 30) throw new OutOfRange(); // e^(2^30) is past 2^(1.5·10^9)
        if (x.radiusReaches(-2)) throw new Undecided("a point"); // a ball as wide as 1/4 decides nothing here
        int w = working(bits);
        // x = k·ln 2 + r with |r| ≤ ln(2)/2, then e^r = (e^(r/2^s))^(2^s)
        long k = Math.round(x.mid().toDouble() / LN2);
        Ball r = k == 0 ? x : x.sub(ln2Times(k, w), w + 64);
        int s = Math.max(2, (int) Math.sqrt(w) / 3);
        Ball y = r.shift(-s);
        Ball sum = Series.ratios(toFixed(y.mid(), w), w, n -> n);
        // |e^y − e^ŷ| ≤ e^ŷ·(e^δ − 1) ≤ 1.3·e^ŷ·δ for δ = |y − ŷ| ≤ 1/4, ŷ the fixed-point argument; e^y near 1 makes that relative
        Mag offset = y.radius().add(Mag.pow2(-w));
        sum = sum.widen(sum.upper().mul(offset).mul(Mag.of(1.3, 0)));
        for (int i = 0; i < s; i++) sum = sum.mul(sum, w);
        return sum.shift(k);
    }

    public static Ball log(Ball x, int bits) {
        if (x.isZero()) throw new DomainError(true);
        int sign = x.signum();
        if (sign < 0) throw new DomainError(false);
        if (sign == 0) throw new Undecided("0");
        if (x.isExact() && x.mid().equals(BigFloat.ONE)) return Ball.ZERO;
        int w = working(bits);
        // x = 2^k·y with y in [1/√2, √2]; log y = 2·atanh(z) with z = (y − 1)/(y + 1), |z| < 0.18
        long k = Math.round(x.mid().log2Abs());
        Ball y = x.shift(-k);
        Ball z = y.sub(Ball.ONE, w).div(y.add(Ball.ONE, w), w);
        if (z.upperExponent() > -2) throw new Undecided("a point"); // |z| < 1/2 is what the series needs
        if (w > LONG_SERIES_BITS && z.upperExponent() > -w / 8) {
            // log x = v + log(x·e^−v) exactly for any v; with v good to half the bits, x·e^−v is so near 1 that its
            // series is short. The product is taken to as many more bits as log x is below 1, for they cancel in it.
            BigFloat v = log(x, bits / 2).mid();
            int wv = w + (int) Math.max(0, -v.top()) + 8;
            return Ball.exact(v).add(log(x.mul(exp(Ball.exact(v.negate()), wv), wv), bits / 2 + 64), w);
        }
        Ball result = Ball.ZERO;
        if (!z.isZero()) {
            // atanh(ẑ)/ẑ at the midpoint ẑ, whose square in fixed point is off by at most a unit where the slope is below 1;
            // ẑ multiplies it as it is, so a tiny z keeps its relative precision
            Ball ratio = Series.oddReciprocals(squareToFixed(z.mid(), w), w).widen(Mag.pow2(-w));
            // atanh has slope at most 4/3 for |z| ≤ 1/2
            result = Ball.exact(z.mid()).mul(ratio, w).widen(z.radius().mul(Mag.pow2(1))).shift(1);
        }
        return k == 0 ? result : result.add(ln2Times(k, w), w);
    }

    /** k·ln 2, to an absolute error near 2^-w. */
    private static Ball ln2Times(long k, int w) {
        int wk = w + 64 - Long.numberOfLeadingZeros(Math.abs(k));
        return Constants.ln2(wk).mul(Ball.of(k), wk);
    }

    public static Ball sin(Ball x, int bits) { return x.isZero() ? Ball.ZERO : sinCos(x, bits, true, false)[0]; }

    public static Ball cos(Ball x, int bits) { return x.isZero() ? Ball.ONE : sinCos(x, bits, false, true)[1]; }

    /** {sin x, cos x}. */
    public static Ball[] sinCos(Ball x, int bits) {
        if (x.isZero()) return new Ball[] {Ball.ZERO, Ball.ONE};
        return sinCos(x, bits, true, true);
    }

    /** {sin x, cos x} where wanted (the other may be null): at low precision only the series the quadrant needs is summed. */
    private static Ball[] sinCos(Ball x, int bits, boolean wantSin, boolean wantCos) {
        // x = k·π/2 + r with |r| ≤ π/4; π needs as many more bits as x has above 1
        double magnitude = x.mid().log2Abs();
        if (magnitude > MAX_REDUCTION_BITS) throw new OutOfRange();
        if (x.radiusReaches(-2)) throw new Undecided("a point");
        int w = working(bits), above = (int) Math.max(0, Math.ceil(magnitude));
        BigInteger k = BigFloat.divide(x.mid(), Constants.pi(above + 24).mid().shift(-1), above + 24).roundToInteger();
        Ball r = x;
        if (k.signum() != 0) {
            int wk = w + above + 8;
            r = x.sub(Constants.pi(wk).shift(-1).mul(Ball.of(k, wk), wk), wk);
        }
        // sin(r + kπ/2) is ±sin r for even k, ±cos r for odd k; cos(r + kπ/2) the other
        int quadrant = k.intValue() & 3;
        boolean odd = (quadrant & 1) == 1;
        Ball[] sc = sinCosReduced(r, w, wantSin && !odd || wantCos && odd, wantSin && odd || wantCos && !odd);
        Ball sin = sc[0], cos = sc[1];
        return switch (quadrant) {
            case 0 -> new Ball[] {sin, cos};
            case 1 -> new Ball[] {cos, negate(sin)};
            case 2 -> new Ball[] {negate(sin), negate(cos)};
            default -> new Ball[] {negate(cos), sin};
        };
    }

    private static Ball negate(Ball b) { return b == null ? null : b.negate(); }

    /** {sin r, cos r} for |r| ≤ π/4 + 1/4, each only where wanted (else null). */
    private static Ball[] sinCosReduced(Ball r, int w, boolean wantSin, boolean wantCos) {
        // at high precision ρ = r/2^h first, then h doublings (which need both): sin 2ρ = 2·sin ρ·cos ρ, cos 2ρ = 1 − 2·sin² ρ
        int h = w > LONG_SERIES_BITS ? (int) Math.sqrt(w) / 2 : 0, wh = w + 2 * h;
        BigFloat rho = r.mid().shift(-h);
        BigInteger square = squareToFixed(rho, wh).negate();
        // sin ρ = ρ·Σ (−ρ²)^n/(2n+1)!, cos ρ = Σ (−ρ²)^n/(2n)!; ρ² in fixed point is off by a unit where both slopes are below 1
        Ball sin = null, cos = null;
        if (wantSin || h > 0) sin = Ball.exact(rho).mul(Series.ratios(square, wh, n -> 2 * n * (2 * n + 1)).widen(Mag.pow2(-wh)), wh);
        if (wantCos || h > 0) cos = Series.ratios(square, wh, n -> (2 * n - 1) * (2 * n)).widen(Mag.pow2(-wh));
        for (int i = 0; i < h; i++) {
            Ball doubled = sin.mul(cos, wh).shift(1);
            cos = Ball.ONE.sub(sin.mul(sin, wh).shift(1), wh);
            sin = doubled;
        }
        // both have slope at most 1 in r, whose points are within its radius of the midpoint used
        return new Ball[] {sin == null ? null : sin.widen(r.radius()), cos == null ? null : cos.widen(r.radius())};
    }

    public static Ball atan(Ball x, int bits) {
        if (x.isZero()) return Ball.ZERO;
        int w = working(bits);
        boolean negative = x.mid().signum() < 0;
        Ball a = negative ? x.negate() : x;
        // atan(a) = π/2 − atan(1/a) for a > 1; atan(a) = 2·atan(a / (1 + √(1 + a²))) halves it
        if (w > LONG_SERIES_BITS && a.upperExponent() > -w / 8) {
            // atan a = v + atan((a − tan v)/(1 + a·tan v)) exactly for any v; with v good to half the bits the second is
            // tiny. The difference is taken to as many more bits as a is below 1, for they cancel in it.
            BigFloat v = atan(a, bits / 2).mid();
            int wv = w + (int) Math.max(0, -a.mid().top()) + 8;
            Ball[] sc = sinCos(Ball.exact(v), wv);
            Ball correction = atan(a.mul(sc[1], wv).sub(sc[0], wv).div(sc[1].add(a.mul(sc[0], wv), wv), wv), bits / 2 + 64);
            Ball result = Ball.exact(v).add(correction, w);
            return negative ? result.negate() : result;
        }
        boolean inverted = a.mid().compareTo(BigFloat.ONE) > 0;
        if (inverted) a = Ball.ONE.div(a, w);
        int halvings = a.upperExponent() < -2 ? 0 : 1; // to |a| ≤ tan(π/8) < 1/2
        for (int i = 0; i < halvings; i++) a = a.div(Ball.ONE.add(Ball.ONE.add(a.mul(a, w), w).sqrt(w), w), w);
        // atan(α)/α = Σ (−α²)^n/(2n + 1) at the midpoint α, α² in fixed point off by a unit where its slope is below 1;
        // atan has slope at most 1
        Ball ratio = Series.oddReciprocals(squareToFixed(a.mid(), w).negate(), w).widen(Mag.pow2(-w));
        Ball result = Ball.exact(a.mid()).mul(ratio, w).widen(a.radius()).shift(halvings);
        if (inverted) result = Constants.pi(w).shift(-1).sub(result, w);
        return negative ? result.negate() : result;
    }

    public static Ball asin(Ball x, int bits) {
        int w = working(bits);
        if (isExactUnit(x)) { // asin(±1) = ±π/2
            Ball halfPi = Constants.pi(w).shift(-1);
            return x.mid().signum() > 0 ? halfPi : halfPi.negate();
        }
        Ball[] gap = gapsToOne(x, w);
        return atan(x.div(gap[0].mul(gap[1], w).sqrt(w), w), bits); // asin x = atan(x / √((1 − x)(1 + x)))
    }

    public static Ball acos(Ball x, int bits) {
        int w = working(bits);
        if (isExactUnit(x)) return x.mid().signum() > 0 ? Ball.ZERO : Constants.pi(w);
        Ball[] gap = gapsToOne(x, w);
        return atan(gap[0].div(gap[1], w).sqrt(w), bits).shift(1); // acos x = 2·atan(√((1 − x)/(1 + x)))
    }

    private static boolean isExactUnit(Ball x) { return x.isExact() && x.mid().abs().equals(BigFloat.ONE); }

    /** {1 − x, 1 + x}, both positive, or the reason they are not: x outside [−1, 1], or too near ±1 to tell. */
    private static Ball[] gapsToOne(Ball x, int w) {
        Ball below = Ball.ONE.sub(x, w), above = Ball.ONE.add(x, w);
        if (below.signum() < 0 || above.signum() < 0) throw new DomainError(false);
        if (below.signum() == 0) throw new Undecided("1");
        if (above.signum() == 0) throw new Undecided("-1");
        return new Ball[] {below, above};
    }

    public static Ball sinh(Ball x, int bits) {
        if (x.isZero()) return Ball.ZERO;
        int w = working(bits);
        if (x.upperExponent() <= -2) { // |x| < 1/2: the series, which does not cancel as (e^x − e^−x)/2 would
            Ball ratio = Series.ratios(squareToFixed(x.mid(), w), w, n -> 2 * n * (2 * n + 1)).widen(Mag.pow2(-w));
            // cosh, the slope, is below 2 there
            return Ball.exact(x.mid()).mul(ratio, w).widen(x.radius().mul(Mag.pow2(1)));
        }
        Ball e = exp(x, w);
        return e.sub(Ball.ONE.div(e, w), w).shift(-1);
    }

    public static Ball cosh(Ball x, int bits) {
        int w = working(bits);
        Ball e = exp(x, w);
        return e.add(Ball.ONE.div(e, w), w).shift(-1);
    }

    public static Ball tanh(Ball x, int bits) {
        if (x.isZero()) return Ball.ZERO;
        int w = working(bits);
        if (x.upperExponent() <= -2) return sinh(x, w).div(cosh(x, w), w);
        boolean negative = x.mid().signum() < 0;
        Ball a = negative ? x.negate() : x;
        // 1 − tanh a = 2/(e^(2a) + 1) < 2·e^(−2a): below 2^−w it is only a radius around 1
        Mag lower = a.lower();
        double least = lower == null ? 0 : lower.toDouble(), bound = 1 - least * 2 / LN2;
        Ball result;
        if (bound < -w - 8) result = Ball.ONE.widen(Mag.pow2(-w - 8L)); // a looser bound, and an exponent that stays small
        else result = Ball.ONE.sub(Ball.of(2).div(exp(a.shift(1), w).add(Ball.ONE, w), w), w);
        return negative ? result.negate() : result;
    }

    /** x^y for x > 0 and any y: e^(y·log x). */
    public static Ball pow(Ball x, Ball y, int bits) {
        if (x.isZero()) {
            int s = y.signum();
            if (s > 0) return Ball.ZERO;
            if (s < 0) throw new DomainError(true);
            throw new Undecided("0");
        }
        int w = working(bits);
        return exp(y.mul(log(x, w), w), w);
    }

    /** x·2^w rounded to an integer: the fixed-point argument of a series. */
    private static BigInteger toFixed(BigFloat x, int w) { return x.shift(w).roundToInteger(); }

    /** x²·2^w rounded to an integer: within half a unit of x² (x itself may be far below a unit). */
    private static BigInteger squareToFixed(BigFloat x, int w) { return toFixed(x.multiply(x), w); }
}
