package cofactor.matexpr;

import cofactor.calculus.Partials;
import cofactor.expr.Expr;
import cofactor.expr.MathError;
import cofactor.expr.Num;
import cofactor.expr.Rewrite;
import cofactor.expr.Sym;
import cofactor.guard.Limits;
import cofactor.guard.TooLargeError;
import cofactor.matrix.Matrix;
import cofactor.matrix.ShapeError;
import cofactor.poly.Together;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * A closed-form gradient G = d(f, X) proven by another route than the one that derived it: at
 * n = 1 to 4 every symbol becomes its matrix of fresh symbols and G must equal the explicit
 * engine's matrix of partials of f (entry by entry 0 in together's normal form); at n = 10 and
 * 50, where no entry-by-entry derivative is within reach, G's slope along a random direction V
 * (the sum of G's entries times V's) must agree with a central difference of f in doubles.
 */
public final class GradientCheck {
    /** A central difference of step h has an error of order h^2 and a rounding error of order 1e-16/h. */
    static final double STEP = 1e-5, TOLERANCE = 1e-6;

    public record Outcome(boolean holds, String text) {}

    private final Expr f;
    private final MatExpr.Symbol x;
    private final MatExpr g;
    private final Set<MatExpr.Symbol> symbols;
    private final Set<Sym> sizes;
    private final Limits limits;
    private final Random random;

    private GradientCheck(Expr f, MatExpr.Symbol x, MatExpr g, Limits limits, long seed) {
        this.f = f;
        this.x = x;
        this.g = g;
        this.symbols = new LinkedHashSet<>(MatSymbols.of(f));
        symbols.add(x);
        symbols.addAll(MatSymbols.of(g));
        this.sizes = MatSymbols.sizes(symbols, Set.of());
        this.limits = limits;
        this.random = new Random(seed);
    }

    /** Whether g is d(f, x); the seed makes the random points, so an outcome is repeatable. */
    public static Outcome of(Expr f, MatExpr.Symbol x, MatExpr g, Limits limits, long seed) {
        if (!g.shape().equals(x.shape())) throw new ShapeError("check", "a gradient by " + x + " has its shape " + x.shape() + ", got " + g.shape());
        return new GradientCheck(f, x, g, limits, seed).outcome();
    }

    private Outcome outcome() {
        List<Integer> proven = new ArrayList<>();
        String tooLarge = "";
        Limits exact = limits.withMaxTerms(Math.min(Check.EXACT_TERMS, limits.maxTerms()));
        sizes:
        for (int n : Check.EXACT_SIZES) {
            Instantiation at = Instantiation.withFreshSymbols(sizesAt(n), exact);
            try {
                Matrix want = Partials.byMatrix(at.scalar(f), at.matrix(x), exact), got = at.matrix(g);
                for (int k = 0; k < want.size(); k++) {
                    Expr difference = Expr.sub(want.get(k), got.get(k));
                    if (Together.isZero(difference, exact)) continue;
                    if (!Check.certainlyNonzero(difference, exact, random)) {
                        tooLarge = " (not decided exactly at " + sizeText(n) + ": the difference is not 0 in normal form, yet no integer point tells the sides apart)";
                        break sizes;
                    }
                    return new Outcome(false, "entry " + (k / want.cols() + 1) + ", " + (k % want.cols() + 1) + " differs from the entry-by-entry derivative at "
                            + sizeText(n) + ": " + want.get(k) + " against " + got.get(k));
                }
            } catch (TooLargeError e) {
                tooLarge = " (" + sizeText(n) + " too large to prove within " + exact.maxTerms() + " terms)";
                break;
            }
            proven.add(n);
            if (sizes.isEmpty()) return new Outcome(true, "equal to the entry-by-entry derivative exactly");
        }
        double worst = 0;
        for (int n : Check.NUMERIC_SIZES) {
            double d = slopeDifference(n);
            if (!(d <= TOLERANCE)) {
                return new Outcome(false, "at " + sizeText(n) + " the slope along a random direction differs from a central difference by "
                        + (Double.isFinite(d) ? Num.roundedText(d, 2) : "a value that is not finite") + " relatively");
            }
            worst = Math.max(worst, d);
        }
        String numerically = "central differences at " + sizeText(Check.NUMERIC_SIZES[0]) + ", " + Check.NUMERIC_SIZES[1]
                + " (relative difference " + Num.roundedText(worst, 2) + ")";
        if (proven.isEmpty()) return new Outcome(true, "equal to " + numerically + tooLarge);
        return new Outcome(true, "equal to the entry-by-entry derivative exactly at " + Check.sizeText(sizes, proven) + tooLarge + ", and to " + numerically);
    }

    /** Random points tried for one where f is finite (log(det(X)) needs det(X) > 0, about half of them). */
    static final int ATTEMPTS = 20;

    /** |central difference − slope| relative to the larger of the two, at a random point inside f's domain along a random direction. */
    private double slopeDifference(int n) {
        double d = Double.NaN;
        for (int attempt = 0; attempt < ATTEMPTS && Double.isNaN(d); attempt++) d = slopeDifferenceAtRandom(n);
        return d;
    }

    /** NaN where f or the closed form is not finite at the point drawn. */
    private double slopeDifferenceAtRandom(int n) {
        Map<String, Matrix> point = new HashMap<>();
        Instantiation sized = Instantiation.withFreshSymbols(sizesAt(n), limits);
        for (MatExpr.Symbol s : symbols) point.put(s.name(), gaussian(sized.matrix(s)));
        Matrix direction = gaussian(sized.matrix(x));
        try {
            double up = value(at(n, point, direction, STEP).scalar(f)), down = value(at(n, point, direction, -STEP).scalar(f));
            Matrix slopes = at(n, point, direction, 0).matrix(g);
            double slope = 0;
            for (int k = 0; k < slopes.size(); k++) slope += value(slopes.get(k)) * value(direction.get(k));
            double difference = (up - down) / (2 * STEP);
            if (!Double.isFinite(difference) || !Double.isFinite(slope)) return Double.NaN;
            return Math.abs(difference - slope) / Math.max(Math.abs(slope), Math.abs(difference));
        } catch (MathError | ShapeError e) {
            return Double.NaN; // a pole or a singular matrix at this point
        }
    }

    /** The point with x moved by h along the direction. */
    private Instantiation at(int n, Map<String, Matrix> point, Matrix direction, double h) {
        Map<String, Matrix> moved = new HashMap<>(point);
        Matrix v = point.get(x.name());
        Expr[] e = new Expr[v.size()];
        for (int k = 0; k < e.length; k++) e[k] = Num.real(value(v.get(k)) + h * value(direction.get(k)));
        moved.put(x.name(), Matrix.of(v.rows(), v.cols(), e));
        return new Instantiation(sizesAt(n), (s, size) -> moved.get(s.name()), limits);
    }

    private Matrix gaussian(Matrix shape) {
        Expr[] e = new Expr[shape.size()];
        for (int k = 0; k < e.length; k++) e[k] = Num.real(random.nextGaussian());
        return Matrix.of(shape.rows(), shape.cols(), e);
    }

    private static double value(Expr e) { return Rewrite.numeric(e) instanceof Num v ? v.doubleValue() : Double.NaN; }

    private Map<Sym, Expr> sizesAt(int n) { return Check.sizesAt(sizes, n); }

    private String sizeText(int n) { return Check.sizeText(sizes, n); }
}
