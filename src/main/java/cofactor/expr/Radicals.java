package cofactor.expr;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.IntStream;

/**
 * Products of roots of positive rationals in their one canonical form, close to how SymPy
 * writes them: each number is taken apart into primes (those below 1000; what is left
 * after them counts as one prime), each prime's exponents are added, the whole part of
 * the sum goes to the coefficient, and the primes whose fractional parts have one
 * denominator share one root. So sqrt(2)·sqrt(3) = sqrt(6), sqrt(8) = 2·sqrt(2),
 * 1/sqrt(2) = sqrt(2)/2, 4^(1/3) = 2^(2/3), 2^(1/3)·6^(1/3) = 12^(1/3) and
 * 2^(1/2)·2^(1/3) = 2^(5/6): every root left has an integer base and an exponent in
 * (0, 1), no two roots share a prime or an exponent, and no denominator holds a root.
 */
final class Radicals {
    private static final int[] SMALL_PRIMES = IntStream.rangeClosed(2, 997)
            .filter(n -> IntStream.rangeClosed(2, (int) Math.sqrt(n)).noneMatch(d -> n % d == 0)).toArray();
    private static final BigInteger LARGEST_SMALL_PRIME = BigInteger.valueOf(SMALL_PRIMES[SMALL_PRIMES.length - 1]);
    /** Numbers longer than this are not taken apart (trial division of them would cost what nothing gains). */
    private static final int MAX_FACTORED_BITS = 4096;

    private final Map<BigInteger, Num> exponents = new HashMap<>();
    private Num coef = Num.ONE;

    /** Multiplies in b^e for an exact b > 0 and an exact e. */
    Radicals times(Num b, Num e) {
        assert b.isExact() && b.signum() > 0 && e.isExact();
        if (e.isInteger()) {
            coef = coef.mul(b.pow(e.numerator()));
        } else {
            addFactors(b.numerator(), e);
            addFactors(b.denominator(), e.negate());
        }
        return this;
    }

    private void addFactors(BigInteger n, Num e) {
        if (n.bitLength() <= MAX_FACTORED_BITS) {
            for (int p : SMALL_PRIMES) {
                BigInteger prime = BigInteger.valueOf(p);
                if (prime.multiply(prime).compareTo(n) > 0) break; // what is left is 1 or a prime
                int k = 0;
                for (BigInteger[] qr = n.divideAndRemainder(prime); qr[1].signum() == 0; qr = n.divideAndRemainder(prime)) {
                    n = qr[0];
                    k++;
                }
                if (k > 0) exponents.merge(prime, e.mul(Num.of(k)), Num::add);
            }
        }
        addExponent(n, e);
    }

    private void addExponent(BigInteger base, Num e) {
        if (!base.equals(BigInteger.ONE)) exponents.merge(base, e, Num::add);
    }

    /**
     * What trial division leaves (1009·1013 from one number, 1009·1019 from another) may share
     * a large prime: split such bases by their gcd until no two share a factor, so each
     * factor's exponents add up as a prime's do (sqrt(1009·1013)·sqrt(1009·1019) = 1009·sqrt(1013·1019)).
     */
    private void splitLeftovers() {
        for (boolean split = true; split; ) {
            split = false;
            search:
            for (BigInteger a : exponents.keySet()) {
                if (a.compareTo(LARGEST_SMALL_PRIME) <= 0) continue; // small primes share nothing with each other
                for (BigInteger b : exponents.keySet()) {
                    BigInteger g = a.gcd(b);
                    if (a.equals(b) || g.equals(BigInteger.ONE)) continue;
                    Num ea = exponents.remove(a), eb = exponents.remove(b);
                    addExponent(a.divide(g), ea);
                    addExponent(b.divide(g), eb);
                    addExponent(g, ea.add(eb));
                    split = true;
                    break search;
                }
            }
        }
    }

    /** The canonical product: its coefficient, and its roots {@code base^exp} (each base an integer, each exponent in (0, 1)). */
    record Product(Num coef, List<Num> bases, List<Num> exps) {}

    /** Beyond this, the primes of one denominator keep a root each (12^(1/3) but 2^(2/3)·p^(1/3) for a large p). */
    private static final int MAX_SHARED_BITS = 256;

    /**
     * The whole part of each prime's exponent goes to the coefficient; the primes whose
     * fractional parts a/q have one denominator q share one root, (Π p^a)^(1/q) written
     * C^(g/q) with g the gcd of the a: 2^(2/3)·3^(1/3) = 12^(1/3), 2^(2/3)·5^(2/3) = 10^(2/3),
     * 2^(5/6) stays (SymPy's and Mathematica's form where they multiply roots).
     */
    Product product() {
        splitLeftovers();
        Num c = coef;
        Map<BigInteger, Map<BigInteger, BigInteger>> byDenominator = new TreeMap<>(); // q → prime → a
        for (Map.Entry<BigInteger, Num> en : exponents.entrySet()) {
            Num e = en.getValue();
            BigInteger whole = e.floor();
            if (whole.signum() != 0) c = c.mul(Num.of(en.getKey()).pow(whole));
            Num fraction = e.sub(Num.of(whole));
            if (!fraction.isZero()) {
                byDenominator.computeIfAbsent(fraction.denominator(), q -> new TreeMap<>()).put(en.getKey(), fraction.numerator());
            }
        }
        List<Num> bases = new ArrayList<>(), exps = new ArrayList<>();
        byDenominator.forEach((q, primes) -> {
            BigInteger g = BigInteger.ZERO;
            for (BigInteger a : primes.values()) g = g.gcd(a);
            BigInteger base = BigInteger.ONE;
            long bits = 0;
            for (Map.Entry<BigInteger, BigInteger> en : primes.entrySet()) {
                int k = en.getValue().divide(g).intValueExact(); // a < q < 2^16
                bits += (long) en.getKey().bitLength() * k;
                if (bits > MAX_SHARED_BITS) break;
                base = base.multiply(en.getKey().pow(k));
            }
            if (bits <= MAX_SHARED_BITS) {
                bases.add(Num.of(base));
                exps.add(Num.rational(g, q));
            } else {
                Map<Num, BigInteger> byExponent = new TreeMap<>(); // still one root per exponent
                primes.forEach((p, a) -> byExponent.merge(Num.rational(a, q), p, BigInteger::multiply));
                byExponent.forEach((e, b) -> { bases.add(Num.of(b)); exps.add(e); });
            }
        });
        return new Product(c, bases, exps);
    }

    /** The product as one canonical node. */
    Expr build() {
        Product p = product();
        if (p.bases.isEmpty()) return p.coef;
        if (p.bases.size() == 1 && p.coef.isOne()) return new Pow(p.bases.get(0), p.exps.get(0));
        Integer[] order = IntStream.range(0, p.bases.size()).boxed().toArray(Integer[]::new);
        java.util.Arrays.sort(order, (i, j) -> Order.compare(p.bases.get(i), p.bases.get(j)));
        Expr[] bases = new Expr[order.length], exps = new Expr[order.length];
        for (int i = 0; i < order.length; i++) {
            bases[i] = p.bases.get(order[i]);
            exps[i] = p.exps.get(order[i]);
        }
        return new Mul(p.coef, bases, exps);
    }
}
