package cofactor.poly;

import cofactor.expr.Add;
import cofactor.expr.Expr;
import cofactor.expr.Mul;
import cofactor.expr.Num;
import cofactor.expr.Pow;
import java.math.BigInteger;
import java.util.Collections;
import java.util.Map;
import java.util.WeakHashMap;

/**
 * The value of an expression modulo the prime 2^31 − 1 at a pseudo-random point of its
 * kernels (symbols, calls, roots: each distinct one gets its own value, drawn from its
 * hash, as a rational function treats it as a variable of its own). Reduction mod p is a
 * ring map, so a rational function that is 0 evaluates to 0 wherever no denominator
 * vanishes mod p, and one that is not 0 evaluates to 0 with probability about its degree
 * over p: a filter that leaves the exact test to a few sums.
 *
 * <p>A node's value depends on the node alone, so values are kept for as long as the node
 * lives (weakly), and a result built on earlier ones is evaluated only where it is new.
 */
final class ModularValue {
    static final long P = 2_147_483_647L;
    /** No value: a denominator vanished mod p at this point. */
    static final long UNDEFINED = -1;
    private static final BigInteger BIG_P = BigInteger.valueOf(P);
    private static final long SEED = 0x5EED_2026_1129L;

    private final Map<Expr, Long> memo = Collections.synchronizedMap(new WeakHashMap<>());

    long of(Expr e) {
        if (e instanceof Num n) return number(n);
        Long known = memo.get(e);
        if (known != null) return known;
        long v = compute(e);
        memo.put(e, v);
        return v;
    }

    private long compute(Expr e) {
        if (e instanceof Add a) {
            long sum = number(a.constant());
            for (int i = 0; i < a.size() && sum != UNDEFINED; i++) sum = add(sum, times(number(a.coef(i)), of(a.term(i))));
            return sum;
        }
        if (e instanceof Mul m) {
            long product = number(m.coef());
            for (int i = 0; i < m.size() && product != UNDEFINED; i++) product = times(product, power(m.base(i), m.exp(i), m.factor(i)));
            return product;
        }
        if (e instanceof Pow p) return power(p.base(), p.exp(), p);
        return kernel(e);
    }

    /** base^exp for a whole exponent; any other power is a kernel of its own. */
    private long power(Expr base, Expr exp, Expr whole) {
        if (!(exp instanceof Num k && k.isInteger())) return kernel(whole);
        long b = of(base);
        if (b == UNDEFINED) return UNDEFINED;
        BigInteger n = k.numerator();
        if (n.signum() < 0) {
            if (b == 0) return UNDEFINED;
            b = inverse(b);
            n = n.negate();
        }
        return BigInteger.valueOf(b).modPow(n, BIG_P).longValue();
    }

    /** The kernel's coordinate: its hash through SplitMix64's finaliser, so equal kernels agree in every session. */
    private static long kernel(Expr e) {
        long z = SEED + e.hashCode() * 0x9E3779B97F4A7C15L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return Math.floorMod(z ^ (z >>> 31), P);
    }

    /** An exact number, or a double or a long decimal at its exact value. */
    private static long number(Num n) {
        Num exact = n.exactValue();
        BigInteger num = exact.numerator(), den = exact.denominator();
        long q = den.mod(BIG_P).longValue();
        return q == 0 ? UNDEFINED : times(num.mod(BIG_P).longValue(), inverse(q));
    }

    private static long inverse(long a) { return BigInteger.valueOf(a).modInverse(BIG_P).longValue(); }

    private static long add(long a, long b) { return a == UNDEFINED || b == UNDEFINED ? UNDEFINED : (a + b) % P; }

    private static long times(long a, long b) { return a == UNDEFINED || b == UNDEFINED ? UNDEFINED : a * b % P; }
}
