package cofactor.expr;

import cofactor.bignum.BigFloat;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;

/**
 * A number: an exact rational (numerator, positive denominator, in lowest terms)
 * or an inexact one, a finite double. Exact numbers stay exact; any inexact number
 * in an operation makes the result a double. An inexact number may carry more decimal
 * digits than a double holds (what {@code N(e, d)} gives for d > 17, and a literal of
 * that many digits): it prints them all and reads back as itself, and computes as the
 * double nearest to it.
 */
public final class Num implements Expr, Comparable<Num> {
    public static final Num ZERO = new Num(BigInteger.ZERO, BigInteger.ONE);
    public static final Num ONE = new Num(BigInteger.ONE, BigInteger.ONE);
    public static final Num TWO = new Num(BigInteger.TWO, BigInteger.ONE);
    public static final Num MINUS_ONE = new Num(BigInteger.ONE.negate(), BigInteger.ONE);
    public static final Num HALF = new Num(BigInteger.ONE, BigInteger.TWO);

    private static final double LOG10_2 = 0.30102999566398120;

    /**
     * Exact numbers are bounded, and every operation checks the size of its result
     * before it starts: BigInteger arithmetic cannot be interrupted (Ctrl-C and time
     * limits wait for it), and squaring a number of 2^22 bits already takes most of a
     * second. Not a session limit: a number has no session; decimals are the way past it.
     */
    static final int MAX_EXACT_BITS = 1 << 22;
    static final long MAX_EXACT_DIGITS = (long) (MAX_EXACT_BITS * LOG10_2); // 1 262 611

    /**
     * Reducing a fraction takes a gcd, and Java's gcd of two numbers of similar size is
     * quadratic (0.2 s at 2^17 bits, 15 s at 2^19.4 on a loaded machine): a gcd whose
     * operands both still exceed this after a few division steps is refused. A gcd with
     * one small operand costs a division.
     */
    static final int MAX_GCD_BITS = 1 << 17;

    /** An inexact number with at least this many significant digits keeps its digits: a double never prints more than 17. */
    public static final int DECIMAL_DIGITS = 18;

    private final BigInteger num;  // null for an inexact number
    private final BigInteger den;
    private final double value;
    private final BigDecimal digits; // an inexact number's decimal digits when it has DECIMAL_DIGITS or more, else null
    private final int hash;

    private Num(BigInteger num, BigInteger den) {
        assert den.signum() > 0 && coprimeOrTooLargeToTell(num, den) || num.signum() == 0 && den.equals(BigInteger.ONE);
        this.num = num;
        this.den = den;
        this.value = Double.NaN;
        this.digits = null;
        this.hash = num.hashCode() * 31 + den.hashCode();
    }

    /** The assertion's gcd would cost what the arithmetic avoided: checked up to the gcd bound only. */
    private static boolean coprimeOrTooLargeToTell(BigInteger p, BigInteger q) {
        return Math.min(p.bitLength(), q.bitLength()) > MAX_GCD_BITS || p.gcd(q).equals(BigInteger.ONE);
    }

    private Num(double value) {
        this.num = null;
        this.den = null;
        this.value = value == 0.0 ? 0.0 : value; // one zero: -0.0 and 0.0 are the same number here
        this.digits = null;
        this.hash = Double.hashCode(this.value) ^ 0x5bd1e995;
    }

    private Num(BigDecimal digits) {
        this.num = null;
        this.den = null;
        this.value = digits.doubleValue(); // correctly rounded; infinite or 0 beyond the double range
        this.digits = digits;
        this.hash = digits.hashCode() ^ 0x27d4eb2f;
    }

    public static Num of(long n) {
        if (n == 0) return ZERO;
        if (n == 1) return ONE;
        if (n == -1) return MINUS_ONE;
        return new Num(BigInteger.valueOf(n), BigInteger.ONE);
    }

    public static Num of(BigInteger n) { return new Num(n, BigInteger.ONE); }

    /**
     * k ≥ 0 as a number, the same node each time for k below {@value #SHARED_SMALL}: the
     * exponents of expanded polynomials, so building a large sum allocates no exponent nodes.
     * Each is made on first use, not all in a class initialiser: a one-line run uses a few,
     * and making 256 interpreted cost it more than the rest of its exponents. A race makes
     * one twice, which is harmless: a number's fields are final and equal numbers are equal.
     */
    public static Num small(int k) {
        if (k >= SHARED_SMALL) return of(k);
        Num n = SMALL[k];
        if (n == null) SMALL[k] = n = of(k);
        return n;
    }

    private static final int SHARED_SMALL = 256;
    private static final Num[] SMALL = new Num[SHARED_SMALL];

    public static Num rational(BigInteger p, BigInteger q) {
        if (q.signum() == 0) throw new MathError("division by zero");
        if (q.signum() < 0) { p = p.negate(); q = q.negate(); }
        BigInteger g = gcd(p, q);
        if (!g.equals(BigInteger.ONE) && g.signum() != 0) { p = p.divide(g); q = q.divide(g); }
        if (p.signum() == 0) return ZERO;
        return new Num(p, q);
    }

    /** A double; an infinite or NaN one is refused: no number is infinite, so none prints as {@code inf} and reads back as a symbol. */
    public static Num real(double v) {
        if (Double.isNaN(v)) throw new MathError("the result is not a real number");
        if (Double.isInfinite(v)) throw new MathError("the result is beyond the range of a double (" + (v > 0 ? "" : "-") + "1.8E308)");
        return new Num(v);
    }

    /**
     * An inexact number with these decimal digits: kept whole when there are {@link #DECIMAL_DIGITS}
     * or more of them (its value may then lie beyond the double range), else the nearest double.
     */
    public static Num decimal(BigDecimal d) {
        if (d.precision() >= DECIMAL_DIGITS && d.signum() != 0) return new Num(d);
        return real(d.doubleValue());
    }

    // ---- queries
    public boolean isExact() { return num != null; }
    public boolean isInteger() { return num != null && den.equals(BigInteger.ONE); }
    public boolean isZero() { return num != null ? num.signum() == 0 : digits == null && value == 0.0; }
    public boolean isOne() { return num != null ? num.equals(BigInteger.ONE) && den.equals(BigInteger.ONE) : digits != null ? digits.compareTo(BigDecimal.ONE) == 0 : value == 1.0; }
    public boolean isMinusOne() { return num != null ? den.equals(BigInteger.ONE) && num.equals(BigInteger.ONE.negate()) : digits != null ? digits.compareTo(BigDecimal.ONE.negate()) == 0 : value == -1.0; }
    public int signum() { return num != null ? num.signum() : digits != null ? digits.signum() : (int) Math.signum(value); }
    public BigInteger numerator() { requireExact(); return num; }
    public BigInteger denominator() { requireExact(); return den; }

    /** The decimal digits of an inexact number that keeps more than a double holds, else null. */
    public BigDecimal decimal() { return digits; }

    /**
     * The value as a double: correctly rounded for an exact number (±Infinity beyond the range);
     * a number of many digits beyond the double range has none and is refused.
     */
    public double doubleValue() {
        if (num != null) {
            // Both parts exact in doubles: one IEEE division rounds the quotient correctly, as the
            // BigFloat route does; that route cost a 5x5 jacobi's random-point checks a third of its interpreted time
            if (num.bitLength() <= 53 && den.bitLength() <= 53) return (double) num.longValue() / den.longValue();
            return BigFloat.toDouble(num, den);
        }
        if (digits != null && (Double.isInfinite(value) || value == 0.0)) {
            throw new MathError(text() + " is beyond the range of a double; only N(e, d) computes with it");
        }
        return value;
    }

    /** The greatest integer ≤ this exact number. */
    public BigInteger floor() {
        BigInteger[] qr = numerator().divideAndRemainder(den);
        return num.signum() < 0 && qr[1].signum() != 0 ? qr[0].subtract(BigInteger.ONE) : qr[0];
    }

    /**
     * The exact rational of the decimal this number prints as (0.1 is 1/10, not the binary
     * fraction nearest to it): the value a user who typed it means, which exact algorithms
     * (Symja's factoring, the determinants of small matrices) compute with. An exact number
     * is itself.
     */
    public Num printedValue() { return num != null ? this : exact(new BigDecimal(text())); }

    /**
     * The exact rational this number stands for: a double's binary value (0.1 is
     * 3602879701896397/36028797018963968), a number of many digits its digits. An exact number
     * is itself. Arithmetic that must not round (a gcd, a residue mod p) starts from it.
     */
    public Num exactValue() { return num != null ? this : exact(exactDecimal()); }

    private static Num exact(BigDecimal d) {
        return d.scale() <= 0 ? of(d.toBigIntegerExact()) : rational(d.unscaledValue(), BigInteger.TEN.pow(d.scale()));
    }

    /** The value as an int when it is an exact integer that fits, otherwise throws. */
    public int intValueExact(String what) {
        if (!isInteger() || num.bitLength() > 31) throw new MathError(what + " must be an integer of modest size, got " + this);
        return num.intValue();
    }

    // ---- arithmetic
    /**
     * p/q + r/s with the gcd taken only of the denominators, and of the sum with their
     * gcd when that is not 1 (Henrici; Knuth, TAOCP vol. 2, §4.5.1): (4/5)^300000 + 1/3
     * needs gcd(5^300000, 3), a division, not the gcd of two 700 000-bit numbers.
     */
    public Num add(Num o) {
        if (o.num != null && o.num.signum() == 0) return this; // x + 0 is x, a number of many digits too
        if (num != null && num.signum() == 0) return o;
        if (num == null || o.num == null) return real(doubleValue() + o.doubleValue());
        if (den.equals(BigInteger.ONE) && o.den.equals(BigInteger.ONE)) {
            requireSize("sum", Math.max(num.bitLength(), o.num.bitLength()) + 1L);
            return of(num.add(o.num));
        }
        requireSize("sum", Math.max(num.bitLength() + (long) o.den.bitLength(), o.num.bitLength() + (long) den.bitLength()) + 1);
        requireSize("sum", den.bitLength() + (long) o.den.bitLength());
        BigInteger g = gcd(den, o.den);
        if (g.equals(BigInteger.ONE)) return new Num(num.multiply(o.den).add(o.num.multiply(den)), den.multiply(o.den));
        BigInteger sg = o.den.divide(g), t = num.multiply(sg).add(o.num.multiply(den.divide(g)));
        if (t.signum() == 0) return ZERO;
        BigInteger g2 = gcd(t, g);
        return new Num(t.divide(g2), den.divide(g2).multiply(sg));
    }

    /** (p/q)(r/s) = (p/g1)(r/g2) / ((q/g2)(s/g1)) with g1 = gcd(p, s), g2 = gcd(r, q): the factors are smaller than the product. */
    public Num mul(Num o) {
        if (o.num != null && o.isOne()) return this; // 1·x is x and −1·x is −x, a number of many digits too
        if (num != null && isOne()) return o;
        if (o.num != null && o.isMinusOne()) return negate();
        if (num != null && isMinusOne()) return o.negate();
        if (num == null || o.num == null) return real(doubleValue() * o.doubleValue());
        requireSize("product", num.bitLength() + (long) o.num.bitLength());
        requireSize("product", den.bitLength() + (long) o.den.bitLength());
        if (den.equals(BigInteger.ONE) && o.den.equals(BigInteger.ONE)) return of(num.multiply(o.num));
        if (num.signum() == 0 || o.num.signum() == 0) return ZERO;
        if (equals(o)) return new Num(num.multiply(num), den.multiply(den)); // a square is in lowest terms
        BigInteger g1 = gcd(num, o.den), g2 = gcd(o.num, den);
        return new Num(num.divide(g1).multiply(o.num.divide(g2)), den.divide(g2).multiply(o.den.divide(g1)));
    }

    public Num abs() { return signum() < 0 ? negate() : this; }

    public Num negate() { return num != null ? new Num(num.negate(), den) : digits != null ? new Num(digits.negate()) : real(-value); }

    /** q/p, already in lowest terms. */
    public Num inverse() {
        if (num == null) {
            if (isZero()) throw new MathError("division by zero");
            return real(1.0 / doubleValue());
        }
        if (num.signum() == 0) throw new MathError("division by zero");
        return num.signum() > 0 ? new Num(den, num) : new Num(den.negate(), num.negate());
    }

    public Num sub(Num o) { return add(o.negate()); }

    public Num div(Num o) { return mul(o.inverse()); }

    /** This number to an integer power, exactly when this is exact. */
    public Num pow(BigInteger k) {
        if (num == null) return real(Math.pow(doubleValue(), k.doubleValue()));
        if (k.signum() < 0) return inverse().pow(k.negate());
        if (den.equals(BigInteger.ONE) && num.abs().compareTo(BigInteger.ONE) <= 0) { // 0, 1, -1
            if (k.signum() == 0) return ONE;
            return num.signum() < 0 && !k.testBit(0) ? ONE : this;
        }
        long bits = Math.max(num.bitLength(), den.bitLength());
        if (k.bitLength() > 31 || bits * k.longValue() > MAX_EXACT_BITS) {
            throw new MathError("exact power too large: " + shown(this) + "^" + k + " would have about "
                    + String.format("%.3g", bits * k.doubleValue() * LOG10_2) + " digits, over the limit of " + MAX_EXACT_DIGITS
                    + " for an exact number; a decimal base computes approximately");
        }
        int e = k.intValue();
        return new Num(num.pow(e), den.pow(e)); // p^e and q^e stay coprime
    }

    /** Refuses an exact result of more than {@link #MAX_EXACT_BITS} bits before computing it. */
    private static void requireSize(String what, long bits) {
        if (bits > MAX_EXACT_BITS) {
            throw new MathError("exact " + what + " too large: it would have about " + String.format("%.3g", bits * LOG10_2)
                    + " digits, over the limit of " + MAX_EXACT_DIGITS + " for an exact number; decimals compute approximately");
        }
    }

    /**
     * gcd(a, b), refused when both are so large that it would take seconds (see {@link #MAX_GCD_BITS})
     * after a few of Euclid's steps: those are divisions, cheap at any size, and end it when one
     * number divides the other (2^(2^21) / 2^(2^21), a·b / b).
     */
    private static BigInteger gcd(BigInteger a, BigInteger b) {
        BigInteger x = a.abs(), y = b.abs();
        for (int step = 0; step < 8 && Math.min(x.bitLength(), y.bitLength()) > MAX_GCD_BITS; step++) {
            BigInteger r = x.max(y).mod(x.min(y));
            x = x.min(y);
            y = r;
        }
        if (Math.min(x.bitLength(), y.bitLength()) > MAX_GCD_BITS) {
            throw new MathError("exact fraction too large to reduce: cancelling the common factors of numbers of about "
                    + String.format("%.3g", a.bitLength() * LOG10_2) + " and " + String.format("%.3g", b.bitLength() * LOG10_2)
                    + " digits is limited to " + (long) (MAX_GCD_BITS * LOG10_2) + " digits; decimals compute approximately");
        }
        return x.gcd(y);
    }

    /** The number as written, or its size when that would be long. */
    private static String shown(Num n) {
        String s = n.toString();
        return s.length() <= 40 ? s : "a number of " + Math.round(Math.max(n.num.bitLength(), n.den.bitLength()) * LOG10_2) + " digits";
    }

    @Override public int compareTo(Num o) {
        if (num != null && o.num != null) return num.multiply(o.den).compareTo(o.num.multiply(den));
        if (digits == null && o.digits == null) return Double.compare(doubleValue(), o.doubleValue());
        // a number of many digits may lie beyond the double range: compare exactly, q·a against p for a rational p/q
        BigDecimal a = exactDecimal(), b = o.exactDecimal();
        if (a != null && b != null) return a.compareTo(b);
        return a != null ? new BigDecimal(o.den).multiply(a).compareTo(new BigDecimal(o.num)) : new BigDecimal(num).compareTo(new BigDecimal(den).multiply(b));
    }

    /** The exact value of an inexact number as a decimal; null for an exact one. */
    private BigDecimal exactDecimal() { return num != null ? null : digits != null ? digits : new BigDecimal(value); }

    private void requireExact() { if (num == null) throw new IllegalStateException("not an exact number: " + this); }

    // ---- Expr
    @Override public Kind kind() { return Kind.NUM; }
    @Override public List<Expr> args() { return List.of(); }
    @Override public Expr withArgs(List<Expr> args) { return this; }

    @Override public boolean equals(Object o) {
        if (this == o) return true;
        if (!(o instanceof Num n) || n.hash != hash) return false;
        if (num == null) return n.num == null && (digits != null ? digits.equals(n.digits) : n.digits == null && Double.compare(value, n.value) == 0);
        return n.num != null && num.equals(n.num) && den.equals(n.den);
    }

    @Override public int hashCode() { return hash; }

    @Override public String toString() { return Printer.print(this); }

    /** The plain text of the number (without any sign-dependent parentheses). */
    String text() {
        if (digits != null) return decimalText(digits);
        if (num == null) return doubleText(value);
        return den.equals(BigInteger.ONE) ? integerText(num) : integerText(num) + "/" + integerText(den);
    }

    /** n in decimal: through a long when it fits, as nearly every coefficient and exponent printed does (BigInteger's own conversion was a tenth of a short run's printing). */
    private static String integerText(BigInteger n) {
        return n.bitLength() < 64 ? Long.toString(n.longValue()) : n.toString();
    }

    /**
     * The shortest decimal that reads back as v, in Java's layout (0.001, 2.0, 1.0E23).
     * Java 17's Double.toString is not always shortest (JDK-4511638, fixed in 19: it
     * prints 1e23 as 9.999999999999999E22 and 2^-44 as 5.6843418860808015E-14), so the
     * digits are found here: the fewest significant digits of a decimal that parses back
     * to v, and of those the nearest to v.
     */
    static String doubleText(double v) {
        if (v == 0) return "0.0";
        BigDecimal exact = new BigDecimal(v);
        int lo = 1, hi = 17; // 17 significant digits always read back
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (readsBackAt(exact, v, mid) != null) hi = mid;
            else lo = mid + 1;
        }
        return decimalText(readsBackAt(exact, v, lo).stripTrailingZeros());
    }

    /**
     * A decimal of this many significant digits that parses back to v, the nearest to v, or null.
     * Rounding v is not enough: at a power of two the doubles below are twice as dense as those
     * above, so the rounded decimal may fall outside v's interval while its neighbour one unit in
     * the last digit away lies inside (2^-44: 5.684341886080801E-14 is another double,
     * 5.684341886080802E-14 is 2^-44).
     */
    private static BigDecimal readsBackAt(BigDecimal exact, double v, int digits) {
        BigDecimal rounded = exact.round(new java.math.MathContext(digits));
        if (rounded.doubleValue() == v) return rounded; // the nearest decimal of this length
        if ((Double.doubleToRawLongBits(v) & 0xF_FFFF_FFFF_FFFFL) != 0) return null; // v's interval is symmetric: none nearer reads back
        BigDecimal unit = rounded.ulp(), best = null;
        for (BigDecimal d : new BigDecimal[] {rounded, rounded.add(unit), rounded.subtract(unit)}) {
            if (d.doubleValue() != v || d.stripTrailingZeros().precision() > digits) continue;
            if (best == null || d.subtract(exact).abs().compareTo(best.subtract(exact).abs()) < 0) best = d;
        }
        return best;
    }

    /**
     * v rounded to at most this many significant digits, in the layout numbers print in
     * (6.1E-11, 0.0013, 190.0): for reports beside values, a gradient norm or a relative
     * difference, which need no more digits than that, so that the screen shows one style
     * of number (not 6.10e-11 beside 3.339281317297998E-15). v must be finite.
     */
    public static String roundedText(double v, int digits) {
        if (!Double.isFinite(v)) throw new IllegalArgumentException("not a finite number: " + v);
        if (v == 0) return "0.0";
        String text = roundedFromText(v, digits);
        return text != null ? text : decimalText(new BigDecimal(v).round(new java.math.MathContext(digits)).stripTrailingZeros());
    }

    /**
     * roundedText from v's decimal text, without BigDecimal, whose class initialisation alone cost
     * the first report of a process 14-19 ms (jacobi's relative difference): the text is within
     * δ = D/10^15 units of its last digit of v's exact value (half an ulp, 2^-53 of v), so when no
     * midpoint of the rounding lies within δ of it, v rounds as the text does (rounding is
     * monotonic); else, and for subnormal v, null.
     */
    private static String roundedFromText(double v, int digits) {
        if (Math.abs(v) < Double.MIN_NORMAL) return null;
        String text = Double.toString(Math.abs(v)); // 188.7, 0.0013344, 1.0408340855860843E-17
        int e = text.indexOf('E'), point = text.indexOf('.');
        String mantissa = e < 0 ? text : text.substring(0, e);
        int pow = (e < 0 ? 0 : Integer.parseInt(text.substring(e + 1))) - (mantissa.length() - point - 1);
        long d = Long.parseLong(mantissa.substring(0, point) + mantissa.substring(point + 1)); // v ~ d * 10^pow
        int n = Long.toString(d).length();
        int leading = n - 1 + pow; // the exponent of the leading digit
        long rounded = d;
        if (n > digits) {
            long q = 1;
            for (int i = digits; i < n; i++) q *= 10;
            long rem = d % q, half = q / 2, delta = d / 1_000_000_000_000_000L + 2;
            if (rem - delta >= -half && rem + delta < half) rounded = d / q;
            else if (rem - delta >= half && rem + delta < q + half) rounded = d / q + 1;
            else return null;
            if (Long.toString(rounded).length() > digits) leading++; // 99.7 -> 100
        }
        while (rounded % 10 == 0) rounded /= 10;
        return decimalText(v < 0, Long.toString(rounded), leading);
    }

    private static String decimalText(BigDecimal d) {
        String digits = d.unscaledValue().abs().toString();
        return decimalText(d.signum() < 0, digits, digits.length() - 1 - d.scale());
    }

    /**
     * A decimal in Java's layout for doubles, every digit of it shown: plain from 0.001 to 10^7
     * (with at least one digit after the point), else a mantissa and an exponent (1.0E23), so it
     * reads back as a number with a point and as many significant digits. digits has no leading
     * or trailing zero; exponent is the power of ten of its first digit.
     */
    private static String decimalText(boolean negative, String digits, int exponent) {
        String sign = negative ? "-" : "";
        if (exponent >= -3 && exponent < 7) {
            if (exponent < 0) return sign + "0." + "0".repeat(-exponent - 1) + digits;
            if (exponent >= digits.length() - 1) return sign + digits + "0".repeat(exponent - digits.length() + 1) + ".0";
            return sign + digits.substring(0, exponent + 1) + "." + digits.substring(exponent + 1);
        }
        return sign + digits.charAt(0) + "." + (digits.length() > 1 ? digits.substring(1) : "0") + "E" + exponent;
    }
}
