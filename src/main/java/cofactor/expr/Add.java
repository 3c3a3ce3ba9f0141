package cofactor.expr;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A canonical sum {@code constant + Σ coef[i]·term[i]}: terms distinct, sorted by
 * {@link Order}, none of them a number, a sum or a product with a coefficient;
 * coefficients nonzero (the contract in full: {@code package-info.java}). Built only
 * by {@link AddBuilder}, {@link MonomialSum} and {@link #scaled}.
 */
public final class Add implements Expr {
    private final Num constant;
    private final Expr[] terms;
    private final Num[] coefs;
    private final int hash;
    private List<Expr> args; // built on first use; benign race
    private Primitive primitive; // likewise
    private int degree = -1;     // likewise

    /** This sum as {@code content · sum}, with sum primitive (see {@link #primitive()}). */
    private record Primitive(Num content, Add sum) {}

    Add(Num constant, Expr[] terms, Num[] coefs) { this(constant, terms, coefs, null); }

    /**
     * termHashes, when given, are the terms' hash codes in order: a sum of millions of
     * terms built by {@link MonomialSum} has them at hand, and reading each term's own
     * would visit every node once more.
     */
    Add(Num constant, Expr[] terms, Num[] coefs, int[] termHashes) {
        assert terms.length >= 2 || terms.length == 1 && !constant.isZero();
        assert isCanonical(terms, coefs);
        this.constant = constant.isZero() ? Num.ZERO : constant; // 0.0 too: the printer omits it, so text could not bring it back
        this.terms = terms;
        this.coefs = coefs;
        int h = this.constant.hashCode() + 0x61C88647;
        for (int i = 0; i < terms.length; i++) {
            int th = termHashes == null ? terms[i].hashCode() : termHashes[i];
            assert th == terms[i].hashCode();
            h = Order.mix(Order.mix(h + th) + coefs[i].hashCode());
        }
        this.hash = h;
    }

    private static boolean isCanonical(Expr[] terms, Num[] coefs) {
        for (int i = 0; i < terms.length; i++) {
            if (coefs[i].isZero() || terms[i] instanceof Num || terms[i] instanceof Add) return false;
            if (terms[i] instanceof Mul m && !m.coef().isOne()) return false;
            if (i > 0 && Order.compare(terms[i - 1], terms[i]) >= 0) return false;
        }
        return true;
    }

    public Num constant() { return constant; }
    public int size() { return terms.length; }
    public Expr term(int i) { return terms[i]; }
    public Num coef(int i) { return coefs[i]; }

    /**
     * {@code c · this} for a number c ≠ 0, distributed: the same terms (the array is shared:
     * arrays are never written) with scaled coefficients.
     */
    Expr scaled(Num c) {
        if (c.isOne() && c.isExact()) return this;
        Num[] scaled = new Num[coefs.length];
        for (int i = 0; i < coefs.length; i++) {
            scaled[i] = coefs[i].mul(c);
            if (scaled[i].isZero()) return new AddBuilder().add(this, c).build(); // a double product underflowed
        }
        Num k = constant.mul(c);
        if (terms.length == 1 && k.isZero()) return MulBuilder.scale(terms[0], scaled[0]);
        return new Add(k, terms, scaled);
    }

    /**
     * The number this sum is a multiple of: the sign of its leading term as printed (the
     * first in reading order, see {@link Printer#startsWithMinus}) times, when every
     * coefficient is exact, the gcd of the numerators over the lcm of the denominators.
     * {@code 4x - 6y} has content 2, {@code 1 - x} (printed {@code -x + 1}) has -1,
     * {@code x/2 + y/3} has 1/6, {@code 2.0x + 1} has 1.
     */
    Num content() { return decomposed().content; }

    /** This sum divided by its content: {@code 2x - 3y}, {@code x - 1}, {@code 3x + 2y}, {@code 2.0x + 1}. */
    Add primitive() { return decomposed().sum; }

    private Primitive decomposed() {
        Primitive p = primitive;
        if (p == null) {
            degree(); // before the leading term is sought: the degrees of nested sums are then all known
            Num content = Printer.leadingCoef(this).signum() < 0 ? Num.MINUS_ONE : Num.ONE;
            if (isExact()) {
                BigInteger g = constant.numerator().abs(), l = constant.denominator();
                for (Num c : coefs) { // a gcd of 1 stays 1, and a denominator of 1 leaves the lcm: most sums end their gcds early
                    if (!g.equals(BigInteger.ONE)) g = g.gcd(c.numerator());
                    BigInteger d = c.denominator();
                    if (!d.equals(BigInteger.ONE)) l = l.divide(l.gcd(d)).multiply(d);
                }
                content = content.mul(Num.rational(g, l));
            }
            Add sum = this;
            if (!content.isOne()) {
                sum = (Add) scaled(content.inverse()); // exact, or a change of sign: nothing underflows
                sum.primitive = new Primitive(Num.ONE, sum);
                sum.degree = degree;
            }
            primitive = p = new Primitive(content, sum);
        }
        return p;
    }

    /** The highest degree of the terms, as the printers order them ({@link Printer#degree}); kept, so nested sums cost no recursion. */
    int degree() {
        int d = degree;
        if (d < 0) {
            d = 0;
            for (Expr t : terms) d = Math.max(d, Printer.degree(t));
            degree = d;
        }
        return d;
    }

    /** Whether the constant and every coefficient are exact. */
    boolean isExact() {
        if (!constant.isExact()) return false;
        for (Num c : coefs) if (!c.isExact()) return false;
        return true;
    }

    /** The same terms with another constant (the arrays are shared: they are never written). */
    Expr withConstant(Num c) {
        if (terms.length == 1 && c.isZero()) return MulBuilder.scale(terms[0], coefs[0]);
        return new Add(c, terms, coefs);
    }

    @Override public Kind kind() { return Kind.ADD; }

    /** The summands: the constant (when nonzero), then each coef·term. */
    @Override public List<Expr> args() {
        List<Expr> a = args;
        if (a == null) {
            a = new ArrayList<>(terms.length + 1);
            if (!constant.isZero()) a.add(constant);
            for (int i = 0; i < terms.length; i++) a.add(MulBuilder.scale(terms[i], coefs[i]));
            args = a = List.copyOf(a);
        }
        return a;
    }

    @Override public Expr withArgs(List<Expr> args) { return Expr.add(args); }

    @Override public boolean equals(Object o) {
        if (this == o) return true;
        return o instanceof Add a && a.hash == hash && a.constant.equals(constant)
                && Arrays.equals(a.terms, terms) && Arrays.equals(a.coefs, coefs);
    }

    @Override public int hashCode() { return hash; }
    @Override public String toString() { return Printer.print(this); }
}
