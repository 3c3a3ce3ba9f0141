package cofactor.matexpr;

import cofactor.expr.Call;
import cofactor.expr.Expr;
import cofactor.expr.Find;
import cofactor.expr.MathError;
import cofactor.expr.Num;
import cofactor.expr.Pow;
import cofactor.expr.Rewrite;
import cofactor.expr.Sym;
import cofactor.expr.Symbols;
import cofactor.guard.Limits;
import cofactor.guard.TooLargeError;
import cofactor.matrix.Matrix;
import cofactor.numeric.Refine;
import cofactor.poly.Together;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;

/**
 * check(a, b): a = b proven exactly at sizes 1 to 4, every size symbol taking the same value
 * (each matrix symbol becomes its matrix of fresh symbols and each entry of a - b must be 0 as
 * a rational function), then compared at random points at sizes 10 and 50 in doubles. A
 * failure names the size and gives a counterexample of small integers.
 */
public final class Check {
    static final int[] EXACT_SIZES = {1, 2, 3, 4};
    static final int[] NUMERIC_SIZES = {10, 50};
    /** Doubles agree when they differ by at most this much relative to the largest entry. */
    static final double TOLERANCE = 1e-8;

    private final Function<Instantiation, Matrix> left, right;
    private final Set<MatExpr.Symbol> symbols;
    private final Set<Sym> sizes;
    private final Limits limits;
    private final Random random;

    private Check(Function<Instantiation, Matrix> left, Function<Instantiation, Matrix> right, Set<MatExpr.Symbol> symbols,
                  Set<Shape> shapes, Limits limits, long seed) {
        this.left = left;
        this.right = right;
        this.symbols = symbols;
        this.sizes = MatSymbols.sizes(symbols, shapes);
        this.limits = limits;
        this.random = new Random(seed);
    }

    /** Two matrix expressions of one shape. The seed makes the random points, so a verdict is repeatable. */
    public static String of(MatExpr a, MatExpr b, Limits limits, long seed) {
        if (!a.shape().equals(b.shape())) throw new cofactor.matrix.ShapeError("check", "shapes differ: " + a.shape() + " and " + b.shape());
        Set<MatExpr.Symbol> symbols = new LinkedHashSet<>(MatSymbols.of(a));
        symbols.addAll(MatSymbols.of(b));
        return new Check(at -> at.matrix(a), at -> at.matrix(b), symbols, Set.of(a.shape()), limits, seed).verdict();
    }

    /** Two scalars, holding kernels such as det(X). */
    public static String of(Expr a, Expr b, Limits limits, long seed) {
        Set<MatExpr.Symbol> symbols = new LinkedHashSet<>(MatSymbols.of(a));
        symbols.addAll(MatSymbols.of(b));
        return new Check(at -> oneByOne(at.scalar(a)), at -> oneByOne(at.scalar(b)), symbols, Set.of(), limits, seed).verdict();
    }

    private static Matrix oneByOne(Expr e) { return Matrix.of(1, 1, new Expr[] {e}); }

    private String verdict() {
        List<Integer> proven = new ArrayList<>();
        String tooLarge = "";
        for (int n : EXACT_SIZES) {
            Instantiation at = Instantiation.withFreshSymbols(sizesAt(n), exactLimits());
            try {
                if (!zero(left.apply(at), right.apply(at))) {
                    String counterexample = counterexample(n);
                    if (counterexample != null) return "check: FAILS" + at(n) + ": " + counterexample;
                    // sin and cos, abs and sign are independent symbols to the normal form: its nonzero proves nothing
                    tooLarge = " (not decided exactly" + at(n) + ": the difference is not 0 in normal form, yet no integer point tells the sides apart)";
                    break;
                }
            } catch (TooLargeError e) {
                tooLarge = " (" + sizeText(n) + " too large to prove within " + exactLimits().maxTerms() + " terms)";
                break;
            }
            proven.add(n);
            if (sizes.isEmpty()) return "check: holds exactly";
        }
        double worst = 0;
        List<Integer> compared = new ArrayList<>();
        for (int n : NUMERIC_SIZES) {
            Map<String, Matrix> point = randomPoint(n, true);
            Instantiation at = new Instantiation(sizesAt(n), (s, size) -> point.get(s.name()), limits);
            Matrix a, b;
            try {
                a = left.apply(at);
                b = right.apply(at);
                Map<Sym, Expr> scalars = new HashMap<>(); // scalar symbols take random doubles as the matrices' entries do
                for (Sym s : freeSymbols(a, b)) scalars.put(s, Num.real(random.nextGaussian()));
                if (!scalars.isEmpty()) {
                    a = a.map(e -> Rewrite.subs(e, scalars));
                    b = b.map(e -> Rewrite.subs(e, scalars));
                }
            } catch (MathError | cofactor.matrix.ShapeError e) { // log of a negative entry, a value past the doubles, kron past the entry limit
                String why = (e instanceof MathError m && !m.function().isEmpty() ? m.function() + ": " : "") + e.getMessage();
                if (proven.isEmpty() && compared.isEmpty()) return "check: undecided" + tooLarge + " (not compared numerically" + at(n) + ": " + why + ")";
                return holds(proven, tooLarge, compared, worst) + " (not compared numerically" + at(n) + ": " + why + ")";
            }
            double d;
            try {
                d = relativeDifference(a, b);
            } catch (MathError e) { // a closed entry such as 1.3*pi evaluated past the doubles' range
                return (proven.isEmpty() && compared.isEmpty() ? "check: undecided" + tooLarge : holds(proven, tooLarge, compared, worst))
                        + " (not compared numerically" + at(n) + ": " + e.getMessage() + ")";
            }
            if (!(d <= TOLERANCE)) {
                return "check: FAILS" + at(n) + " (numerically): relative difference " + (Double.isFinite(d) ? Num.roundedText(d, 2) : "not finite") + " at a random point";
            }
            worst = Math.max(worst, d);
            compared.add(n);
        }
        return holds(proven, tooLarge, compared, worst);
    }

    /**
     * "holds exactly at n = 1, 2 (note) and numerically at n = 10, 50 (relative difference d)": the
     * note on the exact part follows it, or the whole where no size was proven exactly.
     */
    private String holds(List<Integer> proven, String note, List<Integer> compared, double worst) {
        String numerically = compared.isEmpty() ? ""
                : "numerically at " + (sizes.isEmpty() ? compared.size() + " random points" : sizeText(compared)) + " (relative difference " + Num.roundedText(worst, 2) + ")";
        if (proven.isEmpty()) return "check: holds " + numerically + note;
        return "check: holds exactly at " + sizeText(proven) + note + (numerically.isEmpty() ? "" : " and " + numerically);
    }

    /**
     * The proof's budget: expanded results of at most this many terms. Past it a size is left to
     * the numeric comparison (inv(X) - inv(Y) against inv(X)*(Y - X)*inv(Y) takes minutes at n = 4
     * with the session's limits, its entries' normal forms having denominators det(X)*det(Y)).
     */
    static final long EXACT_TERMS = 20_000;

    private Limits exactLimits() { return limits.withMaxTerms(Math.min(EXACT_TERMS, limits.maxTerms())); }

    private Map<Sym, Expr> sizesAt(int n) { return sizesAt(sizes, n); }

    /** Every size symbol at n. */
    static Map<Sym, Expr> sizesAt(Set<Sym> sizes, int n) {
        Map<Sym, Expr> values = new HashMap<>();
        for (Sym s : sizes) values.put(s, Num.of(n));
        return values;
    }

    private boolean zero(Matrix a, Matrix b) {
        for (int k = 0; k < a.size(); k++) if (!Together.isZero(Expr.sub(a.get(k), b.get(k)), exactLimits())) return false;
        return true;
    }

    /**
     * Small integer matrices where the sides differ (a nonzero rational function is nonzero at
     * almost every point), or null where none of the points tried does.
     */
    private String counterexample(int n) {
        for (int attempt = 0; attempt < 50; attempt++) {
            Map<String, Matrix> point = randomPoint(n, false);
            Instantiation at = new Instantiation(sizesAt(n), (s, size) -> point.get(s.name()), limits);
            Matrix a, b;
            List<Expr> differences;
            Map<Sym, Expr> scalars = new java.util.TreeMap<>(Sym.BY_NAME);
            try {
                a = left.apply(at);
                b = right.apply(at);
                differences = differences(a, b);
                // scalar symbols under functions take small integers too: sin(x) - x is decided at x = 3, not as a form
                if (!differences.stream().allMatch(Check::isRational)) {
                    for (Sym s : freeSymbols(a, b)) scalars.put(s, Num.of(random.nextInt(9) - 4));
                    if (!scalars.isEmpty()) {
                        a = a.map(e -> Rewrite.subs(e, scalars));
                        b = b.map(e -> Rewrite.subs(e, scalars));
                        differences = differences(a, b);
                    }
                }
            } catch (cofactor.matrix.SingularError | MathError undefined) { // a singular inverse, log of a negative entry
                continue;
            }
            if (differences.stream().anyMatch(d -> certainlyNonzero(d, exactLimits(), random))) {
                List<String> given = new ArrayList<>();
                for (MatExpr.Symbol s : symbols) given.add(s.name() + " = " + point.get(s.name()));
                scalars.forEach((s, v) -> given.add(s.name() + " = " + v));
                return (given.isEmpty() ? "" : String.join(", ", given) + (given.size() == 1 ? " gives " : " give ")) + show(a) + " on the left, " + show(b) + " on the right";
            }
        }
        return null;
    }

    /** Each entry of a - b. */
    private static List<Expr> differences(Matrix a, Matrix b) {
        List<Expr> d = new ArrayList<>(a.size());
        for (int k = 0; k < a.size(); k++) d.add(Expr.sub(a.get(k), b.get(k)));
        return d;
    }

    private static Set<Sym> freeSymbols(Matrix a, Matrix b) {
        Set<Sym> free = new LinkedHashSet<>();
        for (Matrix m : List.of(a, b)) for (Expr e : m.entries()) free.addAll(Symbols.free(e));
        return free;
    }

    /** How many integer points {@link #certainlyNonzero} tries for a difference with functions of symbols in it. */
    static final int POINTS_FOR_KERNELS = 20;

    /**
     * Whether d is not 0, proven: a rational function of the symbols (exact numbers, pi and E under
     * + and · and integer powers) by its normal form; anything else by a closed value that an
     * enclosure keeps from 0, d itself or d at one of a few points of small integers. A nonzero
     * normal form alone proves nothing once functions are in it: it keeps sin(u) and cos(u) apart,
     * so cos(4)^2 + sin(4)^2 - 1 is not 0 in it. False means undecided, not 0.
     */
    static boolean certainlyNonzero(Expr d, Limits exact, Random random) {
        if (d.isZero()) return false;
        if (isRational(d)) return !Together.isZero(d, exact);
        Set<Sym> free = Symbols.free(d);
        if (free.isEmpty()) return Refine.certainSign(d) != 0;
        for (int attempt = 0; attempt < POINTS_FOR_KERNELS; attempt++) {
            Map<Sym, Expr> point = new HashMap<>();
            for (Sym s : free) point.put(s, Num.of(random.nextInt(9) - 4));
            try {
                if (Refine.certainSign(Rewrite.subs(d, point)) != 0) return true;
            } catch (MathError undefined) { // a pole or log(0) at this point
            }
        }
        return false;
    }

    private static boolean isRational(Expr e) {
        return !Find.any(e, x -> x instanceof Call || x instanceof Num n && !n.isExact() || x instanceof Sym s && s.isConstant() && s != Sym.PI && s != Sym.E
                || x instanceof Pow p && !(p.exp() instanceof Num k && k.isInteger()));
    }

    private static String show(Matrix m) { return m.rows() == 1 && m.cols() == 1 ? m.get(0, 0).toString() : m.toString(); }

    /** Integers from -4 to 4, or doubles from a standard normal distribution. */
    private Map<String, Matrix> randomPoint(int n, boolean doubles) {
        Map<String, Matrix> point = new HashMap<>();
        Instantiation sized = Instantiation.withFreshSymbols(sizesAt(n), limits);
        for (MatExpr.Symbol s : symbols) {
            Matrix shape = sized.matrix(s);
            Expr[] e = new Expr[shape.size()];
            for (int k = 0; k < e.length; k++) e[k] = doubles ? Num.real(random.nextGaussian()) : Num.of(random.nextInt(9) - 4);
            point.put(s.name(), Matrix.of(shape.rows(), shape.cols(), e));
        }
        return point;
    }

    private static double relativeDifference(Matrix a, Matrix b) {
        double diff = 0, scale = 1;
        for (int k = 0; k < a.size(); k++) {
            double x = value(a.get(k)), y = value(b.get(k));
            diff = Math.max(diff, Math.abs(x - y));
            scale = Math.max(scale, Math.max(Math.abs(x), Math.abs(y)));
        }
        return diff / scale;
    }

    /** An entry's value: a number, or a closed expression that did not fold into one (1.3*pi). */
    private static double value(Expr e) { return e instanceof Num n ? n.doubleValue() : Refine.toDouble(e); }


    private String sizeText(int n) { return sizeText(sizes, n); }

    /** " at n = 3", or nothing where the sides have no size symbol. */
    private String at(int n) { return sizes.isEmpty() ? "" : " at " + sizeText(n); }

    private String sizeText(List<Integer> ns) { return sizeText(sizes, ns); }

    /** "n = 3", "n = m = 3" where several size symbols take the value. */
    static String sizeText(Set<Sym> sizes, int n) {
        List<String> names = sizes.stream().map(Sym::name).toList();
        return (names.isEmpty() ? "n" : String.join(" = ", names)) + " = " + n;
    }

    /** "n = 1, 2, 3". */
    static String sizeText(Set<Sym> sizes, List<Integer> ns) {
        return sizeText(sizes, ns.get(0)).replaceFirst("= \\d+$", "= ") + String.join(", ", ns.stream().map(String::valueOf).toList());
    }
}
