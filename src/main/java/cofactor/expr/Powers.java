package cofactor.expr;

import java.math.BigInteger;

/** The canonical power {@code base^exp}: folds numbers, exact roots and nested powers, distributes integer powers over products. */
final class Powers {
    private Powers() {}

    static Expr pow(Expr base, Expr exp) {
        if (exp instanceof Num e) {
            if (e.isZero()) return e.isExact() ? Num.ONE : Num.real(1.0);
            // x^1.0 is x, as x*1.0 is x: a canonical power never has exponent one (Pow asserts it)
            if (e.isOne()) return base;
            if (base instanceof Num b) return numeric(b, e);
            if (e.isInteger()) {
                if (base instanceof Mul m) return distribute(m, e);
                if (base instanceof Pow p) return pow(p.base(), Expr.mul(p.exp(), e));
                // a sum gives its content to a coefficient: (2x + 2)^2 = 4·(x + 1)^2, (1 - x)^-1 = -(x - 1)^-1
                if (base instanceof Add s) return MulBuilder.scale(new Pow(s.primitive(), e), s.content().pow(e.numerator()));
            }
        }
        if (base instanceof Num b && (b.isOne() && b.isExact())) return Num.ONE;
        if (base == Sym.E) return Expr.call(Fn.EXP, exp);
        if (base instanceof Call c && c.fn().powersFold()) return c.fn().power(c.arg(), exp);
        return new Pow(base, exp);
    }

    private static Expr distribute(Mul m, Num k) {
        MulBuilder b = new MulBuilder().mul(m.coef().pow(k.numerator()));
        for (int i = 0; i < m.size(); i++) b.mul(pow(m.base(i), Expr.mul(m.exp(i), k)));
        return b.build();
    }

    /** b^e as one would type it, {@code (-0.8)^-0.8}, {@code (-8.0)^(1/3)}, {@code sqrt(-1.0)} (the printer shows 1/(-0.8)^0.8). */
    private static String asTyped(Num b, Num e) {
        if (e.equals(Num.HALF)) return "sqrt(" + b + ")";
        String base = b.toString(), exp = e.toString();
        if (base.startsWith("-") || base.contains("/")) base = "(" + base + ")";
        if (exp.contains("/")) exp = "(" + exp + ")";
        return base + "^" + exp;
    }

    private static Expr numeric(Num b, Num e) {
        if (!b.isExact() || !e.isExact()) {
            double v = Math.pow(b.doubleValue(), e.doubleValue());
            if (Double.isNaN(v)) throw new MathError(asTyped(b, e) + " is not a real number");
            if (Double.isInfinite(v)) throw new MathError(b.isZero() ? "division by zero" : asTyped(b, e) + " is beyond the range of a double (1.8E308)");
            return Num.real(v);
        }
        if (e.isInteger()) return b.pow(e.numerator());
        if (b.isZero()) {
            if (e.signum() < 0) throw new MathError("division by zero");
            return Num.ZERO;
        }
        // b^(p/q): exact when both parts of b are perfect q-th powers, e.g. 4^(1/2) = 2, (8/27)^(2/3) = 4/9.
        BigInteger q = e.denominator();
        if (b.signum() > 0 && q.bitLength() < 16) {
            int qi = q.intValue();
            BigInteger rn = root(b.numerator(), qi), rd = root(b.denominator(), qi);
            if (rn != null && rd != null) return Num.rational(rn, rd).pow(e.numerator());
            return partialRoot(b, e);
        }
        return new Pow(b, e);
    }

    private static final int[] SMALL_PRIMES = java.util.stream.IntStream.rangeClosed(2, 997)
            .filter(n -> java.util.stream.IntStream.rangeClosed(2, (int) Math.sqrt(n)).noneMatch(d -> n % d == 0)).toArray();

    /**
     * b^(p/q) for a positive rational b that is no perfect q-th power: whole powers and
     * the q-th powers of small primes come out as a coefficient, and the denominator is
     * made rational, so sqrt(8) = 2·sqrt(2), 2^(3/2) = 2·sqrt(2), 8^(-1/2) = sqrt(2)/4 and
     * sqrt(1/2) = sqrt(2)/2; what stays under a root has an integer base and an exponent in (0, 1).
     */
    private static Expr partialRoot(Num b, Num e) {
        BigInteger q = e.denominator(), p = e.numerator();
        BigInteger k = p.subtract(p.mod(q)).divide(q); // floor(p/q)
        BigInteger r = p.mod(q);                      // 0 < r < q
        BigInteger[] num = extract(b.numerator(), q.intValue()), den = extract(b.denominator(), q.intValue());
        if (k.signum() == 0 && num[0].equals(BigInteger.ONE) && b.isInteger()) return new Pow(b, e); // nothing comes out
        // b^(p/q) = b^k · (rn/rd)^r · sn^(r/q) · sd^((q-r)/q) / sd
        Num outside = b.pow(k).mul(Num.rational(num[0], den[0]).pow(r)).div(Num.of(den[1]));
        MulBuilder product = new MulBuilder().mul(outside);
        if (!num[1].equals(BigInteger.ONE)) product.mul(new Pow(Num.of(num[1]), Num.rational(r, q)));
        if (!den[1].equals(BigInteger.ONE)) product.mul(new Pow(Num.of(den[1]), Num.rational(q.subtract(r), q)));
        return product.build();
    }

    /** n = root^q · rest, taking out the q-th powers of primes below 1000. */
    private static BigInteger[] extract(BigInteger n, int q) {
        BigInteger root = BigInteger.ONE;
        if (n.bitLength() <= 4096) {
            for (int prime : SMALL_PRIMES) {
                BigInteger pq = BigInteger.valueOf(prime).pow(q);
                if (pq.compareTo(n) > 0) break;
                while (n.mod(pq).signum() == 0) {
                    n = n.divide(pq);
                    root = root.multiply(BigInteger.valueOf(prime));
                }
            }
        }
        return new BigInteger[] {root, n};
    }

    /** The exact q-th root of n ≥ 0, or null when n is not a perfect q-th power. */
    static BigInteger root(BigInteger n, int q) {
        if (n.signum() == 0 || n.equals(BigInteger.ONE)) return n;
        if (n.bitLength() > 4096) return null;
        BigInteger r = BigInteger.valueOf(Math.round(Math.pow(n.doubleValue(), 1.0 / q)));
        if (n.bitLength() > 52) { // refine by Newton's method where the double guess is too coarse
            BigInteger qq = BigInteger.valueOf(q);
            r = r.max(BigInteger.ONE);
            for (int i = 0; i < 200; i++) {
                BigInteger next = r.multiply(qq.subtract(BigInteger.ONE)).add(n.divide(r.pow(q - 1))).divide(qq);
                if (next.subtract(r).abs().compareTo(BigInteger.ONE) <= 0) { r = next; break; }
                r = next;
            }
        }
        for (BigInteger c = r.subtract(BigInteger.ONE); c.compareTo(r.add(BigInteger.ONE)) <= 0; c = c.add(BigInteger.ONE)) {
            if (c.signum() > 0 && c.pow(q).equals(n)) return c;
        }
        return null;
    }
}
