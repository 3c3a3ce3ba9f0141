package cofactor.poly;

import static org.junit.jupiter.api.Assertions.*;

import cofactor.Cofactor;
import cofactor.expr.Expr;
import cofactor.expr.Fn;
import cofactor.expr.Num;
import cofactor.expr.Sym;
import cofactor.guard.Limits;
import cofactor.testing.KernelValues;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * together over 1 000 random rational functions of x, y, z and the kernel sin(x): sums,
 * differences, products, quotients and integer powers of small polynomials. Each
 * expression is built with two independent companions: its exact value at a random
 * rational point (sin(x) given a value of its own, as a kernel is independent of x), and
 * a numerator and denominator built by brute force, (a/b) + (c/d) = (ad + cb)/(bd),
 * expanded and never cancelled. Then together(e) has e's value at the point,
 * together(e − together(e)) is 0, and e − N/D, zero as a rational function, prints 0 once
 * together, read back from its printed form, and as it is typed (no call of together).
 */
class TogetherPropertyTest {
    private static final Sym X = Sym.of("x"), Y = Sym.of("y"), Z = Sym.of("z");
    private static final Expr SIN_X = Expr.call(Fn.SIN, X);
    private static final Expr[] KERNELS = {X, Y, Z, SIN_X};

    static LongStream seeds() { return LongStream.range(0, 1000).map(i -> 0x12_0000L + i); }

    /** An expression, its brute-force numerator and denominator (expanded), and its value at the point. */
    private record Sample(Expr expr, Expr num, Expr den, Num value) {}

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void togetherIsANormalForm(long seed) {
        Generator g = new Generator(new Random(seed));
        Sample s = g.node(3);
        Expr t = Together.of(s.expr, Limits.DEFAULT);
        String where = "seed " + seed + ": e = " + s.expr + ", together(e) = " + t;
        assertEquals(s.value, g.at(t), where + " has another value at " + g.point());
        assertEquals(Num.ZERO, Together.of(Expr.sub(s.expr, t), Limits.DEFAULT), where + ": together(e - together(e)) is not 0");
        Expr zero = Expr.sub(s.expr, Expr.div(s.num, s.den));
        assertEquals("0", new Cofactor().eval("together(" + zero + ")").show(), "seed " + seed + ": " + zero + " is 0 as a rational function");
        assertEquals("0", new Cofactor().eval(zero.toString()).show(), "seed " + seed + ": " + zero + " is 0 as a rational function, as typed");
        if (t instanceof Num n && n.isZero()) assertEquals("0", new Cofactor().eval(s.expr.toString()).show(), where);
    }

    private static final class Generator {
        final Random random;
        final Map<Expr, Num> point;

        Generator(Random random) {
            this.random = random;
            point = Map.of(X, coordinate(), Y, coordinate(), Z, coordinate(), SIN_X, coordinate());
        }

        /** ±k/7, k in 1..20: rational, so values are exact. */
        private Num coordinate() {
            return Num.rational(java.math.BigInteger.valueOf((random.nextBoolean() ? 1 : -1) * (1 + random.nextInt(20))), java.math.BigInteger.valueOf(7));
        }

        Map<Expr, Num> point() { return point; }

        Num at(Expr e) { return KernelValues.at(e, point); }

        Sample node(int depth) {
            if (depth == 0 || random.nextInt(4) == 0) return polynomial();
            Sample a = node(depth - 1);
            return switch (random.nextInt(5)) {
                case 0 -> plus(a, node(depth - 1), 1);
                case 1 -> plus(a, node(depth - 1), -1);
                case 2 -> {
                    Sample b = node(depth - 1);
                    yield new Sample(Expr.mul(a.expr, b.expr), expand(Expr.mul(a.num, b.num)), expand(Expr.mul(a.den, b.den)),
                            (Num) Expr.mul(a.value, b.value));
                }
                case 3 -> {
                    Sample b = node(depth - 1);
                    if (b.value.isZero()) yield a; // a divisor that may be 0 as a function
                    yield new Sample(Expr.div(a.expr, b.expr), expand(Expr.mul(a.num, b.den)), expand(Expr.mul(a.den, b.num)),
                            (Num) Expr.div(a.value, b.value));
                }
                default -> {
                    int k = random.nextInt(5) - 2;
                    if (k < 0 && a.value.isZero()) yield a;
                    Expr n = k < 0 ? a.den : a.num, d = k < 0 ? a.num : a.den;
                    int m = Math.abs(k);
                    yield new Sample(Expr.pow(a.expr, k), expand(Expr.pow(n, m)), expand(Expr.pow(d, m)), (Num) Expr.pow(a.value, Num.of(k)));
                }
            };
        }

        private Sample plus(Sample a, Sample b, int sign) {
            Num c = Num.of(sign);
            return new Sample(Expr.add(a.expr, Expr.mul(c, b.expr)),
                    expand(Expr.add(Expr.mul(a.num, b.den), Expr.mul(List.of(c, b.num, a.den)))), expand(Expr.mul(a.den, b.den)),
                    (Num) Expr.add(a.value, Expr.mul(c, b.value)));
        }

        /** One to three terms c·x^i y^j z^k sin(x)^l, |c| ≤ 3, exponents up to 2. */
        private Sample polynomial() {
            List<Expr> terms = new ArrayList<>();
            int n = 1 + random.nextInt(3);
            for (int t = 0; t < n; t++) {
                List<Expr> factors = new ArrayList<>();
                factors.add(Num.of((random.nextBoolean() ? 1 : -1) * (1 + random.nextInt(3))));
                for (Expr k : KERNELS) if (random.nextInt(3) == 0) factors.add(Expr.pow(k, 1 + random.nextInt(2)));
                terms.add(Expr.mul(factors));
            }
            Expr p = Expr.add(terms);
            return new Sample(p, p, Num.ONE, at(p));
        }

        private static Expr expand(Expr e) { return Expand.of(e, Limits.DEFAULT); }
    }
}
