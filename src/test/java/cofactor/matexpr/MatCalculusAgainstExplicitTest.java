package cofactor.matexpr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cofactor.calculus.Derivative;
import cofactor.calculus.Partials;
import cofactor.expr.Expr;
import cofactor.expr.Fn;
import cofactor.expr.MathError;
import cofactor.expr.Num;
import cofactor.expr.Rewrite;
import cofactor.expr.Sym;
import cofactor.guard.Limits;
import cofactor.matrix.Matrix;
import cofactor.matrix.ShapeError;
import cofactor.poly.Together;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * MatCalculus against the explicit engine, an independent route: random scalars and vectors
 * built through {@link MatExprs} from det, tr, products, sums, inverses, adjugates,
 * transposes, quadratic forms, log and powers of those, with X (n×n) and x (n) the variables
 * and A, B, a constants. The closed-form derivative, instantiated at a random integer point,
 * must equal the explicit engine's derivative (d(e, A) of the instantiated expression,
 * entry by entry, with fresh symbols) evaluated at that point, exactly, at n = 2 and 3; and
 * at n = 4 a central difference of the function in a random direction must agree with the
 * closed form in doubles. A draw the factories refuse or whose point is singular is skipped.
 */
class MatCalculusAgainstExplicitTest {
    private static final Limits LIMITS = Limits.DEFAULT;
    private static final Sym N = Sym.of("n"), T = Sym.of("t");
    private static final MatExpr.Symbol X = sym("X", false), A = sym("A", false), B = sym("B", false), x = sym("x", true), a = sym("a", true);
    private static final List<MatExpr.Symbol> SYMBOLS = List.of(X, A, B, x, a);

    private static MatExpr.Symbol sym(String name, boolean vector) {
        return (MatExpr.Symbol) MatExprs.symbol(name, N, vector ? Num.ONE : N);
    }

    // ---- random expressions
    /** An n×n expression; with t, some coefficients hold t (for derivatives by a scalar). */
    static MatExpr square(Random r, int depth, boolean t) {
        int choice = depth == 0 ? r.nextInt(t ? 5 : 4) : r.nextInt(12);
        return switch (choice) {
            case 0, 3 -> X;
            case 1 -> A;
            case 2 -> B;
            case 4 -> MatExprs.scale(t ? T : Num.of(2), A);
            case 5, 6 -> MatExprs.mul(square(r, depth - 1, t), square(r, depth - 1, t));
            case 7 -> r.nextBoolean() ? MatExprs.add(square(r, depth - 1, t), square(r, depth - 1, t)) : MatExprs.sub(square(r, depth - 1, t), square(r, depth - 1, t));
            case 8 -> MatExprs.transpose(square(r, depth - 1, t));
            case 9 -> MatExprs.inv(square(r, depth - 1, t));
            case 10 -> MatExprs.adj(square(r, depth - 1, t));
            default -> MatExprs.scale(scalarOf(r, square(r, 0, t)), square(r, depth - 1, t)); // a coefficient that is a kernel: tr(X)*A
        };
    }

    /** A scalar of m: its det, tr, a quadratic form in x, or a bilinear one. */
    static Expr scalarOf(Random r, MatExpr m) {
        return switch (r.nextInt(4)) {
            case 0 -> MatExprs.det(m);
            case 1 -> MatExprs.tr(m);
            case 2 -> MatExprs.scalar(MatExprs.mul(MatExprs.mul(MatExprs.transpose(x), m), x));
            default -> MatExprs.scalar(MatExprs.mul(MatExprs.mul(MatExprs.transpose(a), m), x));
        };
    }

    /** A scalar function: kernels of random matrices, and products, powers, quotients and logs of them. */
    static Expr scalar(Random r, boolean t) {
        Expr k = scalarOf(r, square(r, 2, t));
        return switch (r.nextInt(6)) {
            case 0 -> Expr.mul(k, scalarOf(r, square(r, 1, t)));
            case 1 -> Expr.pow(k, 2);
            case 2 -> Expr.div(Num.ONE, k);
            case 3 -> Expr.call(Fn.LOG, k);
            default -> k;
        };
    }

    /** A vector function of x. */
    static MatExpr vector(Random r) {
        MatExpr m = square(r, 1, false);
        return switch (r.nextInt(4)) {
            case 0 -> MatExprs.mul(m, x);
            case 1 -> MatExprs.scale(scalarOf(r, square(r, 1, false)), MatExprs.mul(m, a));
            case 2 -> MatExprs.add(MatExprs.mul(m, x), MatExprs.scale(Expr.pow(scalarOf(r, m), 2), x));
            default -> MatExprs.mul(MatExprs.inv(m), MatExprs.mul(square(r, 0, false), x));
        };
    }

    // ---- the routes
    /** The explicit engine's fresh symbols at size n: X becomes matrix(X, n, n), x vector(x, n). */
    static Instantiation fresh(int n) { return Instantiation.withFreshSymbols(Map.of(N, Num.of(n)), LIMITS); }

    /** A random integer point at size n (or normal doubles), with a value for t. */
    record Point(Map<String, Matrix> values, Expr t, int n) {
        Instantiation instantiation() { return new Instantiation(Map.of(N, Num.of(n), T, t), (s, size) -> values.get(s.name()), LIMITS); }

        /** The explicit engine's fresh symbols, and t, with their values here. */
        Map<Sym, Expr> substitution() {
            Map<Sym, Expr> out = new HashMap<>(Map.of(T, t));
            Instantiation fresh = fresh(n);
            for (MatExpr.Symbol s : SYMBOLS) {
                Matrix symbols = fresh.matrix(s), value = values.get(s.name());
                for (int k = 0; k < symbols.size(); k++) out.put((Sym) symbols.get(k), value.get(k));
            }
            return out;
        }

        /** The same point moved by h along direction d in X. */
        Point movedInX(Matrix d, double h) {
            Map<String, Matrix> moved = new HashMap<>(values);
            Matrix v = values.get("X");
            Expr[] e = new Expr[v.size()];
            for (int k = 0; k < e.length; k++) e[k] = Num.real(((Num) v.get(k)).doubleValue() + h * ((Num) d.get(k)).doubleValue());
            moved.put("X", Matrix.of(v.rows(), v.cols(), e));
            return new Point(moved, t, n);
        }
    }

    static Point point(Random r, int n, boolean doubles) {
        Map<String, Matrix> values = new HashMap<>();
        for (MatExpr.Symbol s : SYMBOLS) values.put(s.name(), random(r, n, s.shape().cols().isOne() ? 1 : n, doubles));
        return new Point(values, doubles ? Num.real(r.nextGaussian()) : Num.of(r.nextInt(7) - 3), n);
    }

    static Matrix random(Random r, int rows, int cols, boolean doubles) {
        Expr[] e = new Expr[rows * cols];
        for (int k = 0; k < e.length; k++) e[k] = doubles ? Num.real(r.nextGaussian()) : Num.of(r.nextInt(9) - 4);
        return Matrix.of(rows, cols, e);
    }

    /**
     * The closed form at the point against the explicit engine's derivative at the point, at n = 2
     * and 3, two points each; returns how many comparisons were made.
     */
    static int agreeExactly(String what, Function<Integer, Matrix> explicit, Function<Point, Matrix> closed, Random r) {
        int compared = 0;
        for (int n = 2; n <= 3; n++) {
            Matrix symbolic = explicit.apply(n);
            for (int i = 0; i < 2; i++) {
                Point p = point(r, n, false);
                Matrix want, got;
                try {
                    want = symbolic.map(e -> Rewrite.subs(e, p.substitution()));
                    got = closed.apply(p);
                } catch (ShapeError | MathError | ArithmeticException singular) {
                    continue; // a singular inverse, a pole or log(0) at this point
                }
                assertEquals(want.rows() + "×" + want.cols(), got.rows() + "×" + got.cols(), what);
                for (int k = 0; k < want.size(); k++) {
                    assertTrue(Together.isZero(Expr.sub(want.get(k), got.get(k)), LIMITS), what + " at n = " + n + ": " + p.values() + " t = " + p.t()
                            + ": explicit " + want + ", closed form " + got);
                }
                compared++;
            }
        }
        return compared;
    }

    static LongStream seeds() { return LongStream.rangeClosed(1, 12); }

    private static final int DRAWS = 12;

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void gradientByAMatrix(long seed) { gradients(seed, X); }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void gradientByAVector(long seed) { gradients(seed, x); }

    private static void gradients(long seed, MatExpr.Symbol by) {
        Random r = new Random(seed);
        int compared = 0;
        for (int i = 0; i < DRAWS; i++) {
            Expr f = built(() -> scalar(r, false));
            if (f == null) continue;
            MatExpr g = MatCalculus.gradient(f, by);
            assertEquals(by.shape(), g.shape());
            String what = "seed " + seed + ": d(" + f + ", " + by + ") = " + g;
            compared += agreeExactly(what, n -> Partials.byMatrix(fresh(n).scalar(f), fresh(n).matrix(by), LIMITS), p -> p.instantiation().matrix(g), r);
        }
        assertTrue(compared >= DRAWS, "seed " + seed + ": only " + compared + " comparisons");
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void jacobianByAVector(long seed) {
        Random r = new Random(seed);
        int compared = 0;
        for (int i = 0; i < DRAWS; i++) {
            MatExpr f = built(() -> vector(r));
            if (f == null) continue;
            MatExpr j = MatCalculus.jacobian(f, x);
            String what = "seed " + seed + ": jacobian(" + f + ", x) = " + j;
            compared += agreeExactly(what, n -> Partials.jacobian(fresh(n).matrix(f).entries(), symbols(fresh(n).matrix(x)), LIMITS),
                    p -> p.instantiation().matrix(j), r);
        }
        assertTrue(compared >= DRAWS, "seed " + seed + ": only " + compared + " comparisons");
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void hessianByAVector(long seed) {
        Random r = new Random(seed);
        int compared = 0;
        for (int i = 0; i < DRAWS / 2; i++) {
            Expr f = built(() -> scalarOf(r, square(r, 1, false)));
            if (f == null) continue;
            MatExpr h = MatCalculus.hessian(f, x);
            String what = "seed " + seed + ": hessian(" + f + ", x) = " + h;
            compared += agreeExactly(what, n -> Partials.hessian(fresh(n).scalar(f), symbols(fresh(n).matrix(x)), LIMITS),
                    p -> p.instantiation().matrix(h), r);
        }
        assertTrue(compared >= DRAWS / 2, "seed " + seed + ": only " + compared + " comparisons");
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void derivativeByAScalar(long seed) {
        Random r = new Random(seed);
        int compared = 0;
        for (int i = 0; i < DRAWS; i++) {
            MatExpr m = built(() -> square(r, 2, true));
            if (m == null) continue;
            MatExpr dm = MatCalculus.derivative(m, T);
            compared += agreeExactly("seed " + seed + ": d(" + m + ", t) = " + dm, n -> Partials.d(fresh(n).matrix(m), T, LIMITS),
                    p -> p.instantiation().matrix(dm), r);
            Expr f = built(() -> scalar(r, true));
            if (f == null) continue;
            Expr df = MatCalculus.derivative(f, T);
            compared += agreeExactly("seed " + seed + ": d(" + f + ", t) = " + df, n -> oneByOne(Derivative.of(fresh(n).scalar(f), T, LIMITS)),
                    p -> oneByOne(p.instantiation().scalar(df)), r);
        }
        assertTrue(compared >= DRAWS, "seed " + seed + ": only " + compared + " comparisons");
    }

    /** At n = 4 in doubles: (f(X + hV) - f(X - hV))/2h against the sum of the gradient's entries times V's. */
    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void gradientAgreesWithCentralDifferences(long seed) {
        Random r = new Random(seed);
        int compared = 0;
        double h = 1e-6;
        for (int i = 0; i < DRAWS; i++) {
            Expr f = built(() -> scalar(r, false));
            if (f == null) continue;
            MatExpr g = MatCalculus.gradient(f, X);
            Point p = point(r, 4, true);
            Matrix v = random(r, 4, 4, true);
            double up, down, slope = 0, scale;
            try {
                up = value(p.movedInX(v, h).instantiation().scalar(f));
                down = value(p.movedInX(v, -h).instantiation().scalar(f));
                Matrix gAt = p.instantiation().matrix(g);
                for (int k = 0; k < v.size(); k++) slope += value(gAt.get(k)) * value(v.get(k));
                scale = Math.max(1, Math.max(Math.abs(up), Math.abs(slope)));
            } catch (ShapeError | MathError | ArithmeticException outside) {
                continue;
            }
            if (!Double.isFinite(up) || !Double.isFinite(down)) continue; // log of a negative number
            double difference = (up - down) / (2 * h);
            assertTrue(Math.abs(difference - slope) <= 1e-4 * scale, "seed " + seed + ": d(" + f + ", X) = " + g + ": central difference "
                    + difference + ", closed form " + slope);
            compared++;
        }
        assertTrue(compared >= DRAWS / 2, "seed " + seed + ": only " + compared + " comparisons");
    }

    private static double value(Expr e) {
        Expr v = Rewrite.numeric(e);
        return v instanceof Num n ? n.doubleValue() : Double.NaN;
    }

    private static Matrix oneByOne(Expr e) { return Matrix.of(1, 1, new Expr[] {e}); }

    private static List<Sym> symbols(Matrix m) { return m.entries().stream().map(e -> (Sym) e).toList(); }

    /** The expression, or null where the factories refuse it (inv(X - X), 1/tr(X - X)). */
    private static <T> T built(java.util.function.Supplier<T> build) {
        try {
            return build.get();
        } catch (ShapeError | MathError refused) {
            return null;
        }
    }
}
