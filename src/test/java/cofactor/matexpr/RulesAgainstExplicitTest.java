package cofactor.matexpr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cofactor.expr.Expr;
import cofactor.expr.Fn;
import cofactor.expr.MathError;
import cofactor.expr.Num;
import cofactor.expr.Sym;
import cofactor.guard.Limits;
import cofactor.matrix.Adjugate;
import cofactor.matrix.Det;
import cofactor.matrix.Diagonals;
import cofactor.matrix.Inverse;
import cofactor.matrix.Kronecker;
import cofactor.matrix.Matrix;
import cofactor.matrix.SingularError;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every rule of the canonical factories, against the computation it stands for: random
 * expressions in n×n symbols A, B, C, the rectangular R (n×m) and S (m×n), vectors v and w,
 * built once through {@link MatExprs} (where the rules act) and once operation by operation
 * on explicit integer matrices with the exact engine (no rule involved), at n and m from 1 to
 * 3 with random entries; both must be the same exact matrix or number. A draw whose explicit
 * route meets a singular inverse or a division by zero is skipped. The entry-wise functions
 * drawn are abs and sign, whose values at integers are exact numbers, so results stay numbers
 * through inverses and determinants; exp, log and sin are proven by check in EntrywiseTest.
 */
class RulesAgainstExplicitTest {
    private static final Limits LIMITS = Limits.DEFAULT;
    private static final Sym N = Sym.of("n"), M = Sym.of("m");

    /** An expression as a recipe, so that both routes build it. */
    record Recipe(String op, List<Recipe> args, int k) {
        static Recipe of(String op, Recipe... args) { return new Recipe(op, List.of(args), 0); }
        @Override public String toString() { return op + (k != 0 ? "[" + k + "]" : "") + (args.isEmpty() ? "" : args.toString()); }
    }

    /** A random n×n recipe; products and sums nest to the given depth. */
    static Recipe square(Random r, int depth) {
        int choice = depth == 0 ? r.nextInt(7) : r.nextInt(25);
        return switch (choice) {
            case 0, 1 -> Recipe.of("A");
            case 2 -> Recipe.of("B");
            case 3 -> Recipe.of("C");
            case 4 -> Recipe.of("I");
            case 5 -> Recipe.of("RS");
            case 6 -> Recipe.of(r.nextBoolean() ? "ones" : "diagv");
            case 7, 22 -> Recipe.of("mul", square(r, depth - 1), square(r, depth - 1));
            case 8 -> Recipe.of(r.nextBoolean() ? "add" : "sub", square(r, depth - 1), square(r, depth - 1));
            case 9 -> new Recipe("scale", List.of(square(r, depth - 1)), r.nextInt(5) - 2);
            case 10 -> Recipe.of("transpose", square(r, depth - 1));
            case 11 -> Recipe.of("inv", square(r, depth - 1));
            case 12 -> Recipe.of("adj", square(r, depth - 1));
            case 13 -> new Recipe("detpower", List.of(square(r, depth - 1)), r.nextBoolean() ? 1 : -1); // det(X)*inv(X), adj(X)/det(X)
            case 14, 15 -> Recipe.of(r.nextBoolean() ? "had" : "quot", square(r, depth - 1), square(r, depth - 1));
            case 16 -> new Recipe("pow", List.of(square(r, depth - 1)), List.of(-1, 2, 3).get(r.nextInt(3)));
            case 17 -> Recipe.of(r.nextBoolean() ? "abs" : "sign", square(r, depth - 1));
            case 18 -> Recipe.of("diagdiag", square(r, depth - 1)); // diag(diag(X)), n×n
            case 19 -> Recipe.of("diagof", square(r, depth - 1)); // diag(X*v), n×n
            case 20 -> Recipe.of("scalarquot", square(r, depth - 1)); // 2./X
            case 21 -> Recipe.of(r.nextBoolean() ? "kronvw" : "kronwv"); // kron(v', w) and kron(w, v'), both n×n
            case 23 -> new Recipe("scaledsum", List.of(square(r, depth - 1), square(r, depth - 1), square(r, depth - 1)), r.nextInt(7) - 3); // (kX + kY)*Z: k goes to the product
            default -> Recipe.of("cyclic", square(r, depth - 1)); // R*S*X: factors that are not square
        };
    }

    /** A random n^2×n^2 recipe built from Kronecker products of n×n ones: the mixed product, inverse, transpose and diagonal rules act. */
    static Recipe kronecker(Random r, int depth) {
        return switch (depth == 0 ? 0 : r.nextInt(7)) {
            case 0 -> Recipe.of("kron", square(r, 1), square(r, 1));
            case 1, 2 -> Recipe.of("mul", kronecker(r, depth - 1), kronecker(r, depth - 1));
            case 3 -> Recipe.of("inv", kronecker(r, depth - 1));
            case 4 -> Recipe.of("transpose", kronecker(r, depth - 1));
            case 5 -> Recipe.of(r.nextBoolean() ? "had" : "add", kronecker(r, depth - 1), kronecker(r, depth - 1));
            default -> Recipe.of("diagdiag", kronecker(r, depth - 1));
        };
    }

    static Recipe scalar(Random r) {
        return switch (r.nextInt(11)) {
            case 5 -> Recipe.of("sum", square(r, 2));
            case 6 -> Recipe.of("norm", square(r, 2));
            case 7 -> Recipe.of("sumhad", square(r, 1), square(r, 1)); // sum(X.*Y), the inner product
            // kron(X, Y), or kron(X, S*R) with an m×m second factor: det(kron(A, B)) = det(A)^m*det(B)^n
            case 8 -> new Recipe(List.of("trkron", "detkron", "sumkron").get(r.nextInt(3)), List.of(square(r, 1), square(r, 1)), r.nextInt(2));
            case 9 -> Recipe.of("normv", square(r, 2)); // norm(X*v - w)
            case 10 -> Recipe.of("sumdiag", square(r, 2)); // sum(diag(X))
            case 0 -> Recipe.of("det", square(r, 2));
            case 1 -> Recipe.of("tr", square(r, 2));
            case 2 -> Recipe.of("quad", square(r, 2)); // v'*X*w, 1×1
            case 3 -> Recipe.of("trcyclic", square(r, 2)); // tr(S*X*R)
            default -> Recipe.of("det", Recipe.of("mul", square(r, 1), square(r, 1)));
        };
    }

    // ---- route 1: the factories, then instantiation
    static MatExpr abstractOf(Recipe e) {
        MatExpr A = MatExprs.symbol("A", N, N), B = MatExprs.symbol("B", N, N), C = MatExprs.symbol("C", N, N);
        MatExpr R = MatExprs.symbol("R", N, M), S = MatExprs.symbol("S", M, N);
        return switch (e.op()) {
            case "A" -> A;
            case "B" -> B;
            case "C" -> C;
            case "I" -> MatExprs.identity(N);
            case "RS" -> MatExprs.mul(R, S);
            case "mul" -> MatExprs.mul(abstractOf(e.args().get(0)), abstractOf(e.args().get(1)));
            case "add" -> MatExprs.add(abstractOf(e.args().get(0)), abstractOf(e.args().get(1)));
            case "sub" -> MatExprs.sub(abstractOf(e.args().get(0)), abstractOf(e.args().get(1)));
            case "scale" -> MatExprs.scale(Num.of(e.k()), abstractOf(e.args().get(0)));
            case "transpose" -> MatExprs.transpose(abstractOf(e.args().get(0)));
            case "inv" -> MatExprs.inv(abstractOf(e.args().get(0)));
            case "adj" -> MatExprs.adj(abstractOf(e.args().get(0)));
            case "cyclic" -> MatExprs.mul(MatExprs.mul(R, S), abstractOf(e.args().get(0)));
            case "scaledsum" -> MatExprs.mul(MatExprs.scale(Num.of(e.k()), MatExprs.add(abstractOf(e.args().get(0)), abstractOf(e.args().get(1)))),
                    abstractOf(e.args().get(2)));
            case "detpower" -> {
                MatExpr x = abstractOf(e.args().get(0));
                yield MatExprs.scale(Expr.pow(MatExprs.det(x), e.k()), e.k() > 0 ? MatExprs.inv(x) : MatExprs.transpose(MatExprs.adj(x)));
            }
            case "ones" -> MatExprs.ones(N, N);
            case "diagv" -> MatExprs.diag(V);
            case "had" -> MatExprs.hadamard(abstractOf(e.args().get(0)), abstractOf(e.args().get(1)));
            case "quot" -> MatExprs.entryQuotient(abstractOf(e.args().get(0)), abstractOf(e.args().get(1)));
            case "pow" -> MatExprs.entryPower(abstractOf(e.args().get(0)), Num.of(e.k()));
            case "abs" -> MatExprs.apply(Fn.ABS, abstractOf(e.args().get(0)));
            case "sign" -> MatExprs.apply(Fn.SIGN, abstractOf(e.args().get(0)));
            case "diagdiag" -> MatExprs.diag(MatExprs.diag(abstractOf(e.args().get(0))));
            case "diagof" -> MatExprs.diag(MatExprs.mul(abstractOf(e.args().get(0)), V));
            case "scalarquot" -> MatExprs.entryQuotient(Num.of(2), abstractOf(e.args().get(0)));
            case "kronvw" -> MatExprs.kron(MatExprs.transpose(V), W);
            case "kron" -> MatExprs.kron(abstractOf(e.args().get(0)), abstractOf(e.args().get(1)));
            case "kronwv" -> MatExprs.kron(W, MatExprs.transpose(V));
            default -> throw new IllegalArgumentException(e.op());
        };
    }

    private static final MatExpr V = MatExprs.symbol("v", N, Num.ONE), W = MatExprs.symbol("w", N, Num.ONE);

    static Expr abstractScalar(Recipe e) {
        MatExpr x = abstractOf(e.args().get(0));
        MatExpr R = MatExprs.symbol("R", N, M), S = MatExprs.symbol("S", M, N);
        MatExpr v = V, w = W;
        return switch (e.op()) {
            case "sum" -> MatExprs.sum(x);
            case "norm" -> MatExprs.norm(x);
            case "sumhad" -> MatExprs.sum(MatExprs.hadamard(x, abstractOf(e.args().get(1))));
            case "trkron" -> MatExprs.tr(MatExprs.kron(x, e.k() == 1 ? MatExprs.mul(S, R) : abstractOf(e.args().get(1))));
            case "detkron" -> MatExprs.det(MatExprs.kron(x, e.k() == 1 ? MatExprs.mul(S, R) : abstractOf(e.args().get(1))));
            case "sumkron" -> MatExprs.sum(MatExprs.kron(x, e.k() == 1 ? MatExprs.mul(S, R) : abstractOf(e.args().get(1))));
            case "normv" -> MatExprs.norm(MatExprs.sub(MatExprs.mul(x, v), w));
            case "sumdiag" -> MatExprs.sum(MatExprs.diag(x));
            case "det" -> MatExprs.det(x);
            case "tr" -> MatExprs.tr(x);
            case "quad" -> MatExprs.scalar(MatExprs.mul(MatExprs.mul(MatExprs.transpose(v), x), w));
            case "trcyclic" -> MatExprs.tr(MatExprs.mul(MatExprs.mul(S, x), R));
            default -> throw new IllegalArgumentException(e.op());
        };
    }

    // ---- route 2: the exact engine, operation by operation
    static Matrix explicitOf(Recipe e, Map<String, Matrix> at) {
        return switch (e.op()) {
            case "A", "B", "C" -> at.get(e.op());
            case "I" -> Matrix.identity(at.get("A").rows());
            case "RS" -> at.get("R").times(at.get("S"), LIMITS);
            case "mul" -> explicitOf(e.args().get(0), at).times(explicitOf(e.args().get(1), at), LIMITS);
            case "add" -> explicitOf(e.args().get(0), at).plus(explicitOf(e.args().get(1), at));
            case "sub" -> explicitOf(e.args().get(0), at).minus(explicitOf(e.args().get(1), at));
            case "scale" -> explicitOf(e.args().get(0), at).scale(Num.of(e.k()));
            case "transpose" -> explicitOf(e.args().get(0), at).transpose();
            case "inv" -> Inverse.of(explicitOf(e.args().get(0), at), LIMITS);
            case "adj" -> Adjugate.adj(explicitOf(e.args().get(0), at), LIMITS);
            case "cyclic" -> at.get("R").times(at.get("S"), LIMITS).times(explicitOf(e.args().get(0), at), LIMITS);
            case "scaledsum" -> explicitOf(e.args().get(0), at).plus(explicitOf(e.args().get(1), at)).scale(Num.of(e.k()))
                    .times(explicitOf(e.args().get(2), at), LIMITS);
            case "detpower" -> {
                Matrix x = explicitOf(e.args().get(0), at);
                Expr d = Expr.pow(Det.of(x, LIMITS), e.k()); // 1/0 is a MathError: no draw is defined there
                yield (e.k() > 0 ? Inverse.of(x, LIMITS) : Adjugate.adj(x, LIMITS).transpose()).scale(d);
            }
            case "ones" -> Matrix.ones(at.get("A").rows(), at.get("A").rows());
            case "diagv" -> Diagonals.matrix(at.get("v"));
            case "had" -> explicitOf(e.args().get(0), at).hadamard(explicitOf(e.args().get(1), at));
            case "quot" -> explicitOf(e.args().get(0), at).entryQuotient(explicitOf(e.args().get(1), at));
            case "pow" -> explicitOf(e.args().get(0), at).map(x -> Expr.pow(x, e.k()));
            case "abs" -> explicitOf(e.args().get(0), at).map(x -> Expr.call(Fn.ABS, x));
            case "sign" -> explicitOf(e.args().get(0), at).map(x -> Expr.call(Fn.SIGN, x));
            case "diagdiag" -> Diagonals.matrix(Diagonals.diagonal(explicitOf(e.args().get(0), at)));
            case "diagof" -> Diagonals.matrix(explicitOf(e.args().get(0), at).times(at.get("v"), LIMITS));
            case "scalarquot" -> explicitOf(e.args().get(0), at).map(x -> Expr.div(Num.of(2), x));
            case "kronvw" -> Kronecker.of(at.get("v").transpose(), at.get("w"), LIMITS);
            case "kron" -> Kronecker.of(explicitOf(e.args().get(0), at), explicitOf(e.args().get(1), at), LIMITS);
            case "kronwv" -> Kronecker.of(at.get("w"), at.get("v").transpose(), LIMITS);
            default -> throw new IllegalArgumentException(e.op());
        };
    }

    static Expr explicitScalar(Recipe e, Map<String, Matrix> at) {
        Matrix x = explicitOf(e.args().get(0), at);
        return switch (e.op()) {
            case "sum" -> x.sumOfEntries();
            case "norm" -> Expr.sqrt(x.hadamard(x).sumOfEntries());
            case "sumhad" -> x.hadamard(explicitOf(e.args().get(1), at)).sumOfEntries();
            case "trkron" -> Det.trace(Kronecker.of(x, secondKronFactor(e, at), LIMITS));
            case "detkron" -> Det.of(Kronecker.of(x, secondKronFactor(e, at), LIMITS), LIMITS);
            case "sumkron" -> Kronecker.of(x, secondKronFactor(e, at), LIMITS).sumOfEntries();
            case "normv" -> {
                Matrix d = x.times(at.get("v"), LIMITS).minus(at.get("w"));
                yield Expr.sqrt(d.hadamard(d).sumOfEntries());
            }
            case "sumdiag" -> Diagonals.diagonal(x).sumOfEntries();
            case "det" -> Det.of(x, LIMITS);
            case "tr" -> Det.trace(x);
            case "quad" -> at.get("v").transpose().times(x, LIMITS).times(at.get("w"), LIMITS).get(0, 0);
            case "trcyclic" -> Det.trace(at.get("S").times(x, LIMITS).times(at.get("R"), LIMITS));
            default -> throw new IllegalArgumentException(e.op());
        };
    }

    private static Matrix secondKronFactor(Recipe e, Map<String, Matrix> at) {
        return e.k() == 1 ? at.get("S").times(at.get("R"), LIMITS) : explicitOf(e.args().get(1), at);
    }

    static Map<String, Matrix> randomMatrices(Random r, int n, int m) {
        Map<String, Matrix> at = new HashMap<>();
        for (String s : List.of("A", "B", "C")) at.put(s, random(r, n, n));
        at.put("R", random(r, n, m));
        at.put("S", random(r, m, n));
        at.put("v", random(r, n, 1));
        at.put("w", random(r, n, 1));
        return at;
    }

    static Matrix random(Random r, int rows, int cols) {
        Expr[] e = new Expr[rows * cols];
        for (int i = 0; i < e.length; i++) e[i] = Num.of(r.nextInt(9) - 4);
        return Matrix.of(rows, cols, e);
    }

    static Instantiation at(Map<String, Matrix> at, int n, int m) {
        return new Instantiation(Map.of(N, Num.of(n), M, Num.of(m)), (s, size) -> {
            Matrix x = at.get(s.name());
            assertEquals(x.rows() + "×" + x.cols(), size[0] + "×" + size[1], s.name() + "'s size");
            return x;
        }, LIMITS);
    }

    /** The expression, or null where the factories refuse it (inv(A - A): the zero matrix has no inverse; 1/det(A - A)); then no draw may be defined. */
    static <T> T refusedOrBuilt(java.util.function.Supplier<T> build) {
        try {
            return build.get();
        } catch (cofactor.matrix.ShapeError | MathError refused) { // zeros(n, n).^-1 divides by zero
            return null;
        }
    }

    static LongStream seeds() { return LongStream.rangeClosed(1, 8); }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void matricesAgree(long seed) {
        agree(seed, r -> square(r, 3), RulesAgainstExplicitTest::abstractOf, RulesAgainstExplicitTest::explicitOf, Instantiation::matrix);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void kroneckerProductsAgree(long seed) {
        agree(seed, r -> kronecker(r, 2), RulesAgainstExplicitTest::abstractOf, RulesAgainstExplicitTest::explicitOf, Instantiation::matrix);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void scalarsAgree(long seed) {
        agree(seed, RulesAgainstExplicitTest::scalar, RulesAgainstExplicitTest::abstractScalar, RulesAgainstExplicitTest::explicitScalar,
                Instantiation::scalar);
    }

    /** 60 draws, each at n = 1, 2, 3 with m drawn too: the closed form instantiated equals the explicit computation. */
    private static <C, V> void agree(long seed, Function<Random, Recipe> draw, Function<Recipe, C> closedOf,
                                     BiFunction<Recipe, Map<String, Matrix>, V> explicit, BiFunction<Instantiation, C, V> instantiate) {
        Random r = new Random(seed);
        int checked = 0, draws = 60;
        for (int i = 0; i < draws; i++) {
            Recipe e = draw.apply(r);
            C closed = refusedOrBuilt(() -> closedOf.apply(e));
            for (int n = 1; n <= 3; n++) {
                int m = 1 + r.nextInt(3);
                Map<String, Matrix> values = randomMatrices(r, n, m);
                V expected;
                try {
                    expected = explicit.apply(e, values);
                } catch (SingularError | MathError undefined) { // inv of a singular matrix, 1/det of one, a division by zero
                    continue;
                }
                assertTrue(closed != null, "seed " + seed + ": " + e + " was refused but is defined at n = " + n);
                assertEquals(expected, instantiate.apply(at(values, n, m), closed), "seed " + seed + ": " + e + " = " + closed + " at n = " + n + ", m = " + m);
                checked++;
            }
        }
        assertTrue(checked >= draws, "seed " + seed + ": only " + checked + " of " + 3 * draws + " draws were invertible");
    }
}
