package cofactor.testing;

import cofactor.expr.Expr;
import cofactor.expr.Num;
import cofactor.expr.Sym;
import cofactor.func.Fn;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Seeded random expressions for property tests. Each generated expression comes
 * with its value computed directly with {@link Math} while it was built, an
 * independent route that does not go through the canonical factories.
 */
public final class RandomExprs {
    public static final List<Sym> VARS = List.of(Sym.of("x"), Sym.of("y"), Sym.of("z"));

    /** An expression and its value at {@link #point}. */
    public record Sample(Expr expr, double value) {}

    private final Random random;
    private final Map<Sym, Double> point;

    public RandomExprs(long seed, Map<Sym, Double> point) {
        this.random = new Random(seed);
        this.point = point;
    }

    /** A random point with coordinates in [0.3, 1.8], away from the functions' singular points. */
    public static Map<Sym, Double> randomPoint(Random r) {
        return Map.of(VARS.get(0), 0.3 + 1.5 * r.nextDouble(), VARS.get(1), 0.3 + 1.5 * r.nextDouble(),
                VARS.get(2), 0.3 + 1.5 * r.nextDouble());
    }

    public Sample next(int depth) {
        if (depth <= 0 || random.nextInt(4) == 0) return leaf();
        switch (random.nextInt(7)) {
            case 0: case 1: { Sample a = next(depth - 1), b = next(depth - 1); return new Sample(Expr.add(a.expr, b.expr), a.value + b.value); }
            case 2: { Sample a = next(depth - 1), b = next(depth - 1); return new Sample(Expr.sub(a.expr, b.expr), a.value - b.value); }
            case 3: { Sample a = next(depth - 1), b = next(depth - 1); return new Sample(Expr.mul(a.expr, b.expr), a.value * b.value); }
            case 4: {
                Sample a = next(depth - 1), b = next(depth - 1);
                if (Math.abs(b.value) < 1e-3) return a;
                return new Sample(Expr.div(a.expr, b.expr), a.value / b.value);
            }
            case 5: {
                Sample a = next(depth - 1);
                int k = random.nextInt(7) - 2;
                if (k < 0 && Math.abs(a.value) < 1e-2) k = -k;
                if (random.nextInt(4) == 0 && a.value > 0) return new Sample(Expr.sqrt(a.expr), Math.sqrt(a.value));
                return new Sample(Expr.pow(a.expr, k), Math.pow(a.value, k));
            }
            default: {
                Sample a = next(depth - 1);
                Fn fn = Fn.values()[random.nextInt(Fn.values().length)];
                double v = fn.apply(a.value);
                if (!Double.isFinite(v) || Math.abs(v) > 1e6 || nearSingular(fn, a.value)) return a;
                return new Sample(Expr.call(fn, a.expr), v);
            }
        }
    }

    /** Points where a function or its derivative blows up or kinks; tests stay away from them. */
    private static boolean nearSingular(Fn fn, double x) {
        return switch (fn) {
            case TAN, SEC -> Math.abs(Math.cos(x)) < 0.05;
            case COT, CSC -> Math.abs(Math.sin(x)) < 0.05;
            case ASIN, ACOS -> Math.abs(x) > 0.95;
            case LOG -> x < 0.05;
            case ABS -> Math.abs(x) < 0.05;
            case EXP, SINH, COSH -> Math.abs(x) > 10;
            default -> false;
        };
    }

    private Sample leaf() {
        switch (random.nextInt(6)) {
            case 0: { int n = random.nextInt(9) - 4; return new Sample(Num.of(n), n); }
            case 1: { int p = random.nextInt(7) + 1, q = random.nextInt(5) + 2; return new Sample(Expr.rational(p, q), (double) p / q); }
            case 2: { return random.nextBoolean() ? new Sample(Sym.PI, Math.PI) : new Sample(Sym.E, Math.E); }
            default: {
                Sym s = VARS.get(random.nextInt(VARS.size()));
                return new Sample(s, point.get(s));
            }
        }
    }
}
