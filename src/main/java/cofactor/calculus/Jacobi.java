package cofactor.calculus;

import cofactor.expr.Add;
import cofactor.expr.DoubleAtPoints;
import cofactor.expr.Expr;
import cofactor.expr.Find;
import cofactor.expr.Num;
import cofactor.expr.Sym;
import cofactor.expr.Symbols;
import cofactor.guard.Limits;
import cofactor.matrix.Adjugate;
import cofactor.matrix.Det;
import cofactor.matrix.Matrix;
import cofactor.poly.Expand;
import cofactor.poly.Together;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Jacobi's formula as a check: d/dx det(A) = tr(adj(A) · dA/dx). Both sides are
 * computed by different routes — by differentiating the expanded determinant, and from
 * the adjugate (one expansion by minors gives both) — then expanded into sums of monomials over kernels (sin x, exp(..),
 * log(..) are kernels); the difference of two such canonical forms is exactly 0
 * when the sides agree, which proves the identity for this matrix. Both sides are
 * also evaluated at seeded random points as an independent numeric check. Every
 * expansion, derivative and determinant on the way is held to the given limits.
 *
 * <p>With doubles among the entries the two sides are computed in different orders and
 * round differently, so the exact difference may keep a leftover such as
 * 1.3e-15*x*z^5. It is judged against the size of the terms it came from: at each
 * random point, the sum of the absolute values of the terms of Leibniz's expansion of
 * d/dx det(A) is at most Σₖ |row k of dA/dx| · Πᵢ≠ₖ |row i of A| (row sums of absolute
 * values); a leftover at most {@value #INEXACT_TOLERANCE} of that is rounding, and the
 * verdict says so ("agree within 1e-12, entries are inexact").
 */
public final class Jacobi {
    /**
     * The outcome: {@code AGREE} needs the exact proof and the numbers; {@code AGREE_INEXACT}, for
     * entries with doubles, an exact difference within {@link #INEXACT_TOLERANCE} of the terms' size
     * and the numbers; {@code NUMERIC_ONLY} means the exact difference did not reduce to 0.
     */
    public enum Verdict { AGREE, AGREE_INEXACT, NUMERIC_ONLY, DISAGREE }

    public record Outcome(Verdict verdict, String text) {}

    /** Relative difference above which two numeric values disagree. */
    static final double TOLERANCE = 1e-9;
    /** With doubles among the entries: the largest exact difference, relative to the size of the terms, that is rounding. */
    static final double INEXACT_TOLERANCE = 1e-12;
    private static final int SHOWN_CHARS = 1000;

    private final int points;
    private final long seed;
    private final Limits limits;

    public Jacobi(int points, long seed, Limits limits) {
        this.points = points;
        this.seed = seed;
        this.limits = limits;
    }

    /** Checks d/dx det(A) = tr(adj(A) dA/dx) for each variable. */
    public Outcome check(Matrix a, List<Sym> vars) {
        requireSquare(a);
        // the determinant from the sub-determinants the adjugate's minors left: expanding it
        // again cost the 5x5 trigonometric jacobi a tenth of its time
        Adjugate.WithDet both = Adjugate.withDet(a, limits);
        Expr det = both.det();
        Matrix adj = both.adj();
        StringBuilder text = new StringBuilder();
        List<Expr> lhs = new ArrayList<>(), rhs = new ArrayList<>(), diffs = new ArrayList<>();
        List<Matrix> dAs = new ArrayList<>();
        boolean exact = true, doubles = anyDouble(a);
        for (Sym x : vars) {
            Matrix dA = Partials.d(a, x, limits);
            Expr rawDet = Derivative.of(det, x, limits), rawAdj = traceOfProduct(adj, dA);
            Expr viaDet = canonical(a, rawDet), viaAdj = canonical(a, rawAdj);
            boolean same = viaAdj.equals(viaDet);
            // equal exact sides differ by exactly 0: subtracting two long sums compared every pair of their terms again
            Expr diff = same && !doubles ? Num.ZERO : canonical(a, Expr.sub(viaDet, viaAdj));
            exact &= diff.isZero();
            String dx = "d/d" + x.name();
            String left = dx + " det(A)", right = "tr(adj(A) * d(A, " + x.name() + "))";
            int w = Math.max(right.length(), "difference, expanded".length());
            String shownDet = shown(viaDet);
            // Equal sides (the usual outcome) print alike: printing a long sum again cost a one-shot run 15-40 ms
            text.append(pad(left, w)).append(" = ").append(shownDet).append('\n');
            text.append(pad(right, w)).append(" = ").append(same ? shownDet : shown(viaAdj)).append('\n');
            text.append(pad("difference, expanded", w)).append(" = ").append(shown(diff)).append('\n');
            lhs.add(rawDet); // the numeric check evaluates the forms before expansion, so it does not share expand's steps
            rhs.add(rawAdj);
            diffs.add(diff);
            dAs.add(dA);
        }
        String which = vars.size() == 1 ? "" : " for " + names(vars);
        Sizes sizes = (k, at) -> termsSize(a, dAs.get(k), at);
        return verdict(text, exact, doubles, "exact difference 0" + which, "the exact difference did not reduce to 0" + which,
                lhs, rhs, diffs, sizes, symbolsOf(a, vars));
    }

    /**
     * The canonical form the two sides are compared in: expanded, and with denominators among
     * the entries, together's form (rational functions in lowest terms are equal exactly when
     * their parts are).
     */
    private Expr canonical(Matrix a, Expr e) {
        return a.hasDenominators() ? Together.of(e, limits) : Expand.of(e, limits);
    }

    private static boolean anyDouble(Matrix a) {
        for (Expr e : a.entries()) if (Find.anyDouble(e)) return true;
        return false;
    }

    /** For a matrix of distinct symbols: d(det(A), A) = transpose(adj(A)), entry by entry. */
    public Outcome checkCofactors(Matrix a) {
        requireSquare(a);
        Expr det = Det.of(a, limits);
        Matrix rawDet = Partials.byMatrix(det, a, limits);
        Matrix viaDet = rawDet.map(e -> Expand.of(e, limits));
        Matrix viaAdj = Adjugate.adj(a, limits).transpose();
        Matrix diff = viaDet.minus(viaAdj).map(e -> Expand.of(e, limits));
        boolean exact = diff.entries().stream().allMatch(Expr::isZero);
        int w = "transpose(adj(A))".length();
        StringBuilder text = new StringBuilder();
        String shownDet = shown(viaDet);
        text.append(pad("d(det(A), A)", w)).append(" = ").append(shownDet).append('\n');
        text.append(pad("transpose(adj(A))", w)).append(" = ").append(viaAdj.equals(viaDet) ? shownDet : shown(viaAdj)).append('\n');
        text.append(pad("difference", w)).append(" = ").append(shown(diff)).append('\n');
        return verdict(text, exact, false, "exact difference 0 in every entry", "the exact difference did not reduce to 0",
                rawDet.entries(), viaAdj.entries(), diff.entries(), (k, at) -> new double[at.size()], symbolsOf(a, List.of()));
    }

    /** Whether every entry is a distinct symbol (then jacobi(A) checks the cofactor identity). */
    public static boolean isSymbolMatrix(Matrix a) {
        Set<Expr> seen = new java.util.HashSet<>();
        for (Expr e : a.entries()) if (!(e instanceof Sym s) || s.isConstant() || !seen.add(e)) return false;
        return true;
    }

    private Outcome verdict(StringBuilder text, boolean exact, boolean doubles, String exactNote, String inexactNote,
                           List<Expr> lhs, List<Expr> rhs, List<Expr> diffs, Sizes sizes, List<Sym> symbols) {
        SpotCheck num = compareAtRandomPoints(lhs, rhs, diffs, sizes, symbols);
        String numeric = num.valid == 0 ? "no random point inside the domain found"
                : num.valid + " random point" + (num.valid == 1 ? "" : "s") + ", max relative difference " + format(num.maxRelative);
        boolean numericAgrees = num.valid > 0 && num.maxRelative <= TOLERANCE;
        Verdict v;
        String line;
        if (exact && (numericAgrees || num.valid == 0)) {
            v = Verdict.AGREE;
            line = "jacobi: agree (" + exactNote + "; " + numeric + ")";
        } else if (doubles && numericAgrees && num.maxLeftover <= INEXACT_TOLERANCE) {
            v = Verdict.AGREE_INEXACT;
            line = "jacobi: agree within " + String.format(Locale.ROOT, "%.0e", INEXACT_TOLERANCE) + ", entries are inexact (the exact difference is at most "
                    + format(num.maxLeftover) + " of the size of the terms; " + numeric + ")";
        } else if (!exact && numericAgrees) {
            v = Verdict.NUMERIC_ONLY;
            line = "jacobi: agree numerically only (" + inexactNote + "; " + numeric + ")";
        } else {
            v = Verdict.DISAGREE;
            line = "jacobi: DISAGREE (" + (exact ? exactNote : inexactNote) + "; " + numeric
                    + (num.worstPoint == null ? "" : " at " + pointText(num.worstPoint)) + ")";
        }
        return new Outcome(v, text.append(line).toString());
    }

    /** Σᵢₖ adj[i][k] · dA[k][i], the trace of the product without forming the other entries. */
    private static Expr traceOfProduct(Matrix adj, Matrix dA) {
        int n = adj.rows();
        List<Expr> terms = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            for (int k = 0; k < n; k++) {
                if (!dA.get(k, i).isZero() && !adj.get(i, k).isZero()) terms.add(Expr.mul(adj.get(i, k), dA.get(k, i)));
            }
        }
        return Expr.add(terms);
    }

    // ---- numeric spot checks
    /** maxLeftover: the largest |exact difference| relative to the size of the terms, over the points. */
    private record SpotCheck(int valid, double maxRelative, Map<Sym, Double> worstPoint, double maxLeftover) {}

    /** The size of the terms that side k comes from, at each point; 0 when unknown. */
    private interface Sizes { double[] at(int k, DoubleAtPoints at); }

    private SpotCheck compareAtRandomPoints(List<Expr> lhs, List<Expr> rhs, List<Expr> diffs, Sizes sizes, List<Sym> symbols) {
        Random random = new Random(seed);
        int valid = 0, attempts = 0;
        double worst = 0, leftover = 0;
        Map<Sym, Double> worstPoint = null;
        while (valid < points && attempts < 40 * points) {
            // the points still wanted, drawn and evaluated together: each gives at most one valid
            // point, so these are the points that drawing one at a time would try
            int batch = Math.min(points - valid, 40 * points - attempts);
            attempts += batch;
            List<Map<Sym, Double>> drawn = new ArrayList<>(batch);
            for (int b = 0; b < batch; b++) {
                Map<Sym, Double> point = new LinkedHashMap<>();
                for (Sym s : symbols) point.put(s, 0.25 + 1.5 * random.nextDouble());
                drawn.add(point);
            }
            DoubleAtPoints at = new DoubleAtPoints(drawn);
            double[] rel = new double[batch], left = new double[batch];
            boolean[] ok = new boolean[batch];
            Arrays.fill(ok, true);
            for (int k = 0; k < lhs.size(); k++) {
                double[] l = at.values(lhs.get(k)), r = at.values(rhs.get(k)), d = at.values(diffs.get(k)), terms = sizes.at(k, at);
                double[] scales = scale(lhs.get(k), at);
                for (int p = 0; p < batch; p++) {
                    double scale = Math.max(scales[p], terms[p]);
                    ok[p] &= Double.isFinite(l[p]) && Double.isFinite(r[p]) && Double.isFinite(d[p]) && Double.isFinite(scale);
                    if (ok[p]) {
                        rel[p] = Math.max(rel[p], scale == 0 ? Math.abs(l[p] - r[p]) : Math.abs(l[p] - r[p]) / scale);
                        left[p] = Math.max(left[p], terms[p] == 0 ? Math.abs(d[p]) : Math.abs(d[p]) / terms[p]);
                    }
                }
            }
            for (int p = 0; p < batch; p++) {
                if (!ok[p]) continue; // outside the domain (log of a negative number, a pole): another point is drawn
                valid++;
                leftover = Math.max(leftover, left[p]);
                if (rel[p] >= worst) {
                    worst = rel[p];
                    worstPoint = drawn.get(p);
                }
            }
        }
        return new SpotCheck(valid, worst, worstPoint, leftover);
    }

    /** A point as the verdict shows it, {@code x = 0.53, y = 1.2}; written only for a disagreement, the one verdict that names its point. */
    private static String pointText(Map<Sym, Double> point) {
        StringBuilder s = new StringBuilder();
        for (Map.Entry<Sym, Double> en : point.entrySet()) s.append(s.length() == 0 ? "" : ", ").append(en.getKey().name()).append(" = ").append(Num.real(en.getValue()));
        return s.toString();
    }

    /**
     * A bound on the sum of the absolute values of the terms of d/dx det(A) at a point:
     * Σₖ |row k of dA|₁ · Πᵢ≠ₖ |row i of A|₁ (each term of Leibniz's expansion of the
     * determinant with row k replaced by dA's is one product of entries).
     */
    private static double[] termsSize(Matrix a, Matrix dA, DoubleAtPoints at) {
        int n = a.rows(), m = at.size();
        double[][] rows = new double[n][m], dRows = new double[n][m];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                double[] v = at.values(a.get(i, j)), dv = at.values(dA.get(i, j));
                for (int p = 0; p < m; p++) {
                    rows[i][p] += Math.abs(v[p]);
                    dRows[i][p] += Math.abs(dv[p]);
                }
            }
        }
        double[] sum = new double[m];
        for (int p = 0; p < m; p++) {
            for (int k = 0; k < n; k++) {
                double t = dRows[k][p];
                for (int i = 0; i < n; i++) if (i != k) t *= rows[i][p];
                sum[p] += t;
            }
        }
        return sum;
    }

    /** The size that a rounding error is relative to: the largest of the value and its summands, so cancellation does not inflate it. */
    private static double[] scale(Expr e, DoubleAtPoints at) {
        double[] s = at.values(e).clone();
        for (int p = 0; p < s.length; p++) s[p] = Math.abs(s[p]);
        if (e instanceof Add a) {
            for (Expr t : a.args()) {
                double[] v = at.values(t);
                for (int p = 0; p < s.length; p++) s[p] = Math.max(s[p], Math.abs(v[p]));
            }
        }
        return s;
    }

    // ---- text
    private static List<Sym> symbolsOf(Matrix a, List<Sym> vars) {
        Set<Sym> s = new LinkedHashSet<>(vars);
        for (Expr e : a.entries()) s.addAll(Symbols.free(e));
        return new ArrayList<>(s);
    }

    private static void requireSquare(Matrix a) {
        if (!a.isSquare()) throw new cofactor.matrix.ShapeError("jacobi", "needs a square matrix, got " + a.shape());
    }

    private static String names(List<Sym> vars) {
        List<String> n = vars.stream().map(Sym::name).toList();
        return String.join(", ", n.subList(0, n.size() - 1)) + " and " + n.get(n.size() - 1);
    }

    static String format(double d) {
        return Num.roundedText(d, 2);
    }

    private static String pad(String s, int w) { return s + " ".repeat(Math.max(0, w - s.length())); }

    private static String shown(Object value) {
        String s = value.toString();
        if (s.length() <= SHOWN_CHARS) return s;
        // appended, not concatenated with +: the start-up cache keeps only the concatenations its
        // training ran, and making this one's code cost the 5x5 trigonometric jacobi 2-3 ms
        StringBuilder cut = new StringBuilder().append(s, 0, SHOWN_CHARS / 4).append(" …");
        if (value instanceof Expr e) cut.append(" (").append(e instanceof Add a ? a.size() + (a.constant().isZero() ? 0 : 1) : 1).append(" terms)");
        return cut.toString();
    }
}
