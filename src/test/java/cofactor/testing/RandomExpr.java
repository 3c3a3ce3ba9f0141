package cofactor.testing;

import cofactor.expr.Expr;
import cofactor.expr.Fn;
import cofactor.expr.MathError;
import cofactor.expr.Num;
import cofactor.expr.Sym;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Supplier;

/**
 * The suite's one generator of random expressions for property tests.
 *
 * <p>Seeded ({@link #toString()} names the seed for failure messages), it builds
 * trees over the given symbols through the canonical factories with every kind of
 * node: sums of two to four terms with integer coefficients, differences,
 * products, quotients, integer, rational and symbolic powers, calls of every
 * function of the table (or of a chosen few), exact integers and rationals, π, e
 * and inexact numbers. Options take out what a user's oracle cannot judge.
 *
 * <p>Given a point ({@link #definedAt}), it also computes each expression's value
 * there with {@link Math} while it builds it, a route independent of the
 * canonical factories, and keeps every subexpression finite, below {@value
 * #LARGEST} in size and away from its functions' singular points, so that the value
 * is finite and smooth there.
 */
public final class RandomExpr {
    public static final Sym X = Sym.of("x"), Y = Sym.of("y"), Z = Sym.of("z");
    public static final List<Sym> XYZ = List.of(X, Y, Z);

    /** An expression and its value at the point, NaN when the generator has no point. */
    public record Sample(Expr expr, double value) {}

    private static final List<Num> RATIONAL_EXPONENTS = List.of(Num.HALF, Expr.rational(3, 2), Expr.rational(-1, 2),
            Expr.rational(1, 3), Expr.rational(-2, 3), Expr.rational(5, 2), Expr.rational(-3, 2));
    /** Beyond this, double rounding of cancelling terms would swamp the comparisons tests make at the point. */
    private static final double LARGEST = 1e6;

    private final long seed;
    private final Random random;
    private final List<Sym> symbols;
    private List<Fn> functions = List.of(Fn.values());
    private boolean inexactNumbers = true;
    private boolean symbolicExponents = true;
    private Map<Sym, Double> point; // null: no value is tracked

    public RandomExpr(long seed, List<Sym> symbols) {
        this.seed = seed;
        this.random = new Random(seed);
        this.symbols = List.copyOf(symbols);
    }

    /** Calls only these functions (an oracle may not know the others). */
    public RandomExpr onlyFunctions(List<Fn> functions) {
        this.functions = List.copyOf(functions);
        return this;
    }

    /** No inexact (floating-point) numbers: for oracles that compare exactly or convert only exact numbers. */
    public RandomExpr exactNumbersOnly() {
        inexactNumbers = false;
        return this;
    }

    /** Exponents are numbers only, never expressions in the symbols. */
    public RandomExpr numericExponentsOnly() {
        symbolicExponents = false;
        return this;
    }

    /** Tracks every expression's value at this point (which gives every symbol a value) and keeps it finite and smooth there. */
    public RandomExpr definedAt(Map<Sym, Num> point) {
        if (!point.keySet().containsAll(symbols)) throw new IllegalArgumentException("the point gives no value to some of " + symbols);
        this.point = doubles(point);
        return this;
    }

    public long seed() { return seed; }

    /** The generator's own stream, for a test's further draws (so one seed reproduces the whole case). */
    public Random random() { return random; }

    @Override public String toString() { return "seed " + seed; }

    /** A random expression of at most the given depth. */
    public Expr next(int depth) { return sample(depth).expr(); }

    /** A random expression of at most the given depth, with its value at the point. */
    public Sample sample(int depth) {
        while (true) {
            try {
                return node(depth);
            } catch (MathError folded) {
                // the factories rejected a combination folded from constants, such as log(0) or 1/0: draw again
            }
        }
    }

    /** A point whose coordinates are multiples of 1/64 in [lo, hi], exact so that an exact evaluation can serve as reference. */
    public Map<Sym, Num> point(double lo, double hi) {
        long first = (long) Math.ceil(lo * 64), last = (long) Math.floor(hi * 64);
        Map<Sym, Num> p = new LinkedHashMap<>();
        for (Sym s : symbols) p.put(s, Expr.rational(first + random.nextLong(last - first + 1), 64));
        return p;
    }

    public static Map<Sym, Double> doubles(Map<Sym, Num> point) {
        Map<Sym, Double> d = new HashMap<>();
        point.forEach((s, v) -> d.put(s, v.doubleValue()));
        return d;
    }

    private Sample node(int depth) {
        if (depth <= 0 || random.nextInt(5) == 0) return leaf();
        return switch (random.nextInt(9)) {
            case 0, 1 -> sum(depth - 1);
            case 2 -> {
                Sample a = node(depth - 1), b = node(depth - 1);
                yield either(a, a.value - b.value, () -> Expr.sub(a.expr, b.expr));
            }
            case 3 -> {
                Sample a = node(depth - 1), b = node(depth - 1);
                yield either(a, a.value * b.value, () -> Expr.mul(a.expr, b.expr));
            }
            case 4 -> {
                Sample a = node(depth - 1), b = node(depth - 1);
                if (tracking() && Math.abs(b.value) < 1e-3) yield a;
                yield either(a, a.value / b.value, () -> Expr.div(a.expr, b.expr));
            }
            case 5 -> integerPower(node(depth - 1));
            case 6 -> fractionalPower(node(depth - 1), depth - 1);
            default -> call(node(depth - 1));
        };
    }

    private Sample sum(int depth) {
        Expr[] terms = new Expr[2 + random.nextInt(3)];
        Sample first = null;
        double v = 0;
        for (int i = 0; i < terms.length; i++) {
            int c = (random.nextBoolean() ? 1 : -1) * (1 + random.nextInt(3));
            Sample t = node(depth);
            if (first == null) first = t;
            terms[i] = Expr.mul(Expr.num(c), t.expr);
            v += c * t.value;
        }
        return either(first, v, () -> Expr.add(List.of(terms)));
    }

    private Sample integerPower(Sample base) {
        int k = random.nextInt(8) - 3;
        if (tracking() && k < 0 && Math.abs(base.value) < 1e-2) k = -k;
        int exponent = k;
        return either(base, Math.pow(base.value, k), () -> Expr.pow(base.expr, exponent));
    }

    /**
     * A rational or (when allowed) symbolic exponent; at a point only over a positive
     * base, where the power is real. A symbolic exponent over a number ≤ 0, as in
     * 0^x, is no real function of the symbols at all (differentiation refuses it), so
     * it is not drawn.
     */
    private Sample fractionalPower(Sample base, int depth) {
        Sample exponent = symbolicExponents && random.nextBoolean() ? node(Math.min(depth, 1)) : rationalExponent();
        if (tracking() && base.value < 1e-2) return base;
        if (!(exponent.expr instanceof Num) && base.expr instanceof Num n && n.signum() <= 0) return base;
        return either(base, Math.pow(base.value, exponent.value), () -> Expr.pow(base.expr, exponent.expr));
    }

    private Sample rationalExponent() {
        Num q = RATIONAL_EXPONENTS.get(random.nextInt(RATIONAL_EXPONENTS.size()));
        return new Sample(q, q.doubleValue());
    }

    private Sample call(Sample arg) {
        Fn fn = functions.get(random.nextInt(functions.size()));
        if (tracking() && nearSingular(fn, arg.value)) return arg;
        return either(arg, fn.apply(arg.value), () -> Expr.call(fn, arg.expr));
    }

    /** The new node, or at a point where its value would be infinite, undefined or too large, the fallback instead. */
    private Sample either(Sample fallback, double value, Supplier<Expr> node) {
        if (tracking() && !(Math.abs(value) <= LARGEST)) return fallback;
        return new Sample(node.get(), value);
    }

    /** Points where a function or its derivative blows up or kinks. */
    private static boolean nearSingular(Fn fn, double x) {
        return switch (fn) {
            case TAN, SEC -> Math.abs(Math.cos(x)) < 0.05;
            case COT, CSC -> Math.abs(Math.sin(x)) < 0.05;
            case ASIN, ACOS -> Math.abs(x) > 0.95;
            case LOG -> x < 0.05;
            case ABS, SIGN -> Math.abs(x) < 0.05;
            case EXP, SINH, COSH -> Math.abs(x) > 10;
            default -> false;
        };
    }

    private Sample leaf() {
        return switch (random.nextInt(10)) {
            case 0 -> integer();
            case 1 -> rational();
            case 2 -> random.nextBoolean() ? new Sample(Sym.PI, Math.PI) : new Sample(Sym.E, Math.E);
            case 3 -> inexactNumbers ? inexact() : rational();
            default -> {
                Sym s = symbols.get(random.nextInt(symbols.size()));
                yield new Sample(s, tracking() ? point.get(s) : Double.NaN);
            }
        };
    }

    private Sample integer() {
        int n = random.nextInt(9) - 4;
        return new Sample(Expr.num(n), n);
    }

    private Sample rational() {
        Num q = Expr.rational(random.nextInt(9) - 4, 2 + random.nextInt(5));
        return new Sample(q, q.doubleValue());
    }

    private Sample inexact() {
        double v = Math.round(random.nextDouble() * 400 - 200) / 100.0;
        return new Sample(Expr.real(v), v);
    }

    private boolean tracking() { return point != null; }
}
