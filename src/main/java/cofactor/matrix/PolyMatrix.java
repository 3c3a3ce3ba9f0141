package cofactor.matrix;

import cofactor.expr.Num;
import cofactor.guard.Interrupts;
import cofactor.guard.Progress;
import cofactor.guard.Limits;
import cofactor.poly.Accumulator;
import cofactor.poly.Converter;
import cofactor.poly.Cores;
import cofactor.poly.DistinctTerms;
import cofactor.poly.Poly;
import cofactor.poly.Ring;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A square matrix whose entries are polynomials in one ring, and the
 * division-free determinant algorithms on it.
 *
 * <p><b>Minor expansion with a memo over column subsets</b> (Laplace along rows,
 * bottom row first): the determinant of the bottom s rows restricted to a set S
 * of columns is {@code D(S) = Σ_{j∈S} ±a[row][j]·D(S∖{j})}. Each D(S) is computed
 * once and only for the sets S reachable through nonzero entries, so the work
 * follows the output (a generic n×n costs about e·n! term operations) and zeros
 * cost nothing: a triangular matrix has one live set per row.
 *
 * <p><b>Berkowitz</b> (division-free characteristic polynomial, O(n⁴) ring
 * operations; S. J. Berkowitz, IPL 18 (1984), the formulation of SymPy's
 * {@code _berkowitz_toeplitz_matrix}) wins when the entries have few kernels
 * (numbers and one symbol, λI − A), where permutations collide into few terms.
 *
 * <p>Both are chosen by an estimate made before any expansion: the number of
 * permutations whose entries are all nonzero, weighted by the entries' term
 * counts (a DP over the same column subsets), against the number of monomials
 * the exponent bounds allow.
 */
final class PolyMatrix {
    /** More subsets than this in the estimate's DP: the matrix is big and dense; use the cruder bound. */
    private static final int MAX_ESTIMATE_SUBSETS = 1 << 17;

    final int n;
    private final Converter conv;
    private final Converter.Plan[][] plans;
    private final double[][] weight; // estimated terms of each entry, 0 for a zero entry
    private final int[] ids, minorBounds, berkowitzBounds;
    private final double box;       // monomials the exponent bounds allow in a determinant or minor
    final boolean inexact;
    // after prepare():
    Ring ring;
    Poly[][] a;                     // null for a zero entry; exact entries over denominator 1 (rows scaled)
    BigInteger[] rowScale;          // row i was multiplied by rowScale[i] to clear denominators
    boolean ownKernels;             // every entry one term with a kernel of its own: minor expansion's sums are of distinct products

    /** Plans the entries (a huge entry is refused before it is expanded) and bounds what minors can hold. */
    PolyMatrix(Matrix m, Limits limits) {
        n = m.rows();
        conv = new Converter(limits);
        plans = new Converter.Plan[n][n];
        weight = new double[n][n];
        boolean anyInexact = false;
        for (int i = 0; i < n; i++) for (int j = 0; j < n; j++) {
            plans[i][j] = conv.plan(m.get(i, j));
            weight[i][j] = plans[i][j].terms();
            anyInexact |= plans[i][j].inexact();
        }
        inexact = anyInexact;
        // Exponent bound of kernel v in any minor: Σ over rows of the row's largest degree,
        // and likewise over columns; the smaller holds. Berkowitz multiplies up to n entries.
        int k = conv.kernelCount();
        long[] rowSum = new long[k], colSum = new long[k];
        int[] max = new int[k];
        for (int i = 0; i < n; i++) {
            int[] rowMax = new int[k], colMax = new int[k];
            for (int j = 0; j < n; j++) {
                for (int id : plans[i][j].kernelIds()) rowMax[id] = Math.max(rowMax[id], plans[i][j].degree(id));
                for (int id : plans[j][i].kernelIds()) colMax[id] = Math.max(colMax[id], plans[j][i].degree(id));
            }
            for (int id = 0; id < k; id++) {
                rowSum[id] += rowMax[id];
                colSum[id] += colMax[id];
                max[id] = Math.max(max[id], rowMax[id]);
            }
        }
        ids = new int[k];
        minorBounds = new int[k];
        berkowitzBounds = new int[k];
        double b = 1;
        for (int id = 0; id < k; id++) {
            ids[id] = id;
            long d = Math.min(rowSum[id], colSum[id]);
            b *= d + 1.0;
            minorBounds[id] = (int) Math.min(d, Converter.MAX_EXPONENT + 1L);
            berkowitzBounds[id] = (int) Math.min((long) n * max[id], Converter.MAX_EXPONENT + 1L);
        }
        box = b;
    }

    /** Converts the entries into a ring sized for the chosen algorithm. */
    void prepare(boolean berkowitz) {
        int[] bounds = berkowitz ? berkowitzBounds : minorBounds;
        for (int d : bounds) if (d > Converter.MAX_EXPONENT) throw new cofactor.expr.MathError("exponent too large to expand: " + d);
        ring = conv.ring(ids, bounds);
        a = new Poly[n][n];
        rowScale = new BigInteger[n];
        for (int i = 0; i < n; i++) {
            BigInteger l = BigInteger.ONE;
            for (int j = 0; j < n; j++) {
                if (weight[i][j] == 0) continue;
                Poly p = conv.toPoly(plans[i][j], ring, inexact);
                if (p.isZero()) continue;
                a[i][j] = p;
                l = l.divide(l.gcd(p.denominator())).multiply(p.denominator());
            }
            rowScale[i] = l;
            for (int j = 0; j < n; j++) if (a[i][j] != null) a[i][j] = a[i][j].scaledTo(l);
        }
        ownKernels = DistinctTerms.ownKernels(a);
    }

    Poly one() { return ring.constant(inexact ? Num.real(1.0) : Num.ONE); }

    /** The product of the row scales, without one row (-1: all rows). */
    BigInteger scale(int withoutRow) {
        BigInteger s = BigInteger.ONE;
        for (int i = 0; i < n; i++) if (i != withoutRow) s = s.multiply(rowScale[i]);
        return s;
    }

    // ---- the estimate
    /** The DP over column subsets after some rows: the weighted count of each subset, the subsets visited, the products so far. */
    private record Step(Map<Cols, Double> level, int visited, double products) {}

    /**
     * The whole matrix's DP after each row from the bottom (entry k after k rows), up to where
     * it ends: its levels are also the first levels of the DP without any row above them, so
     * the estimates of adj's n rows and of det share them instead of each starting again.
     */
    private List<Step> whole;
    private boolean wholeTooLarge; // the whole DP stopped at MAX_ESTIMATE_SUBSETS (else at an empty level or the top)

    private List<Step> whole() {
        if (whole == null) {
            whole = new ArrayList<>();
            Step s = new Step(Map.of(Cols.EMPTY, 1.0), 0, 0);
            whole.add(s);
            for (int row = n - 1; row >= 0 && !s.level.isEmpty(); row--) {
                s = next(s, row);
                if (s == null) {
                    wholeTooLarge = true;
                    break;
                }
                whole.add(s);
            }
        }
        return whole;
    }

    /** The DP with one more row; null when it has visited too many subsets. */
    private Step next(Step s, int row) {
        Interrupts.check();
        Map<Cols, Double> next = new HashMap<>();
        for (Map.Entry<Cols, Double> e : s.level.entrySet()) {
            for (int j = 0; j < n; j++) {
                if (weight[row][j] == 0 || e.getKey().has(j)) continue;
                next.merge(e.getKey().with(j), e.getValue() * weight[row][j], Double::sum);
            }
        }
        int visited = s.visited + next.size();
        if (visited > MAX_ESTIMATE_SUBSETS) return null;
        double products = s.products;
        for (double c : next.values()) products += c;
        return new Step(next, visited, products);
    }

    /**
     * The number of permutations with all entries nonzero, each weighted by the
     * product of its entries' term counts — an upper bound on the terms of the
     * determinant or, with a row left out, of all the minors of that row together;
     * infinite when the DP over column subsets would itself be too large.
     */
    double permutations(int withoutRow) {
        List<Step> w = whole();
        int below = withoutRow < 0 ? n : n - 1 - withoutRow; // the rows the whole DP shares
        if (below >= w.size()) { // it ended within them: too large, or a level with no subset (then every later one has none)
            if (wholeTooLarge) return Double.POSITIVE_INFINITY;
            below = w.size() - 1;
        }
        Step s = w.get(below);
        for (int row = n - 1 - below; row >= 0 && !s.level.isEmpty(); row--) {
            if (row == withoutRow) continue;
            s = next(s, row);
            if (s == null) return Double.POSITIVE_INFINITY;
        }
        if (withoutRow < 0) laplaceProducts = s.products;
        double perms = 0;
        for (double c : s.level.values()) perms += c;
        return perms;
    }

    /**
     * The term products minor expansion of the whole matrix makes, at most: each level's
     * sub-determinants are bounded as the determinant is, and each of their terms is one
     * product. Known once {@link #permutations} ran for the whole matrix (infinite before, or
     * when the matrix was too big to bound so); the progress line's measure of det.
     */
    double laplaceProducts() { return laplaceProducts; }

    private double laplaceProducts = Double.POSITIVE_INFINITY;

    /** An upper bound on the terms of the determinant (withoutRow -1) or of one row's minors. */
    double estimate(int withoutRow) {
        double perms = permutations(withoutRow);
        if (perms == Double.POSITIVE_INFINITY) { // Π over rows of the row's total terms
            perms = 1;
            for (int i = 0; i < n; i++) {
                if (i == withoutRow) continue;
                double s = 0;
                for (int j = 0; j < n; j++) s += weight[i][j];
                perms *= s;
            }
        }
        return Math.min(perms, withoutRow < 0 ? box : n * box);
    }

    /** Whether minor expansion beats Berkowitz (permutations few, or colliding little). */
    boolean preferLaplace() {
        double perms = permutations(-1);
        return perms < Double.POSITIVE_INFINITY && 3 * perms <= Math.pow(n, 4) * Math.min(box, perms);
    }

    // ---- minor expansion
    /** Sub-determinants of the bottom rows after each row is added: levels.get(s) holds D(S) for |S| = s. */
    private List<Map<Cols, Poly>> levels;

    /** Pieces of work per core when a level is shared out, so that no core waits long for the last. */
    private static final int PIECES_PER_CORE = 8;
    /** Term products below which a level is summed on one core. */
    private static final long PARALLEL_PRODUCTS = 1 << 18;

    /**
     * Adds row {@code row} on top of the sub-determinants in {@code level}. Each new
     * sub-determinant is summed by one accumulator in one order, so sharing the targets
     * out among the cores gives the serial result.
     */
    private Map<Cols, Poly> push(Map<Cols, Poly> level, int row) {
        Set<Cols> targetSet = new HashSet<>();
        long products = 0;
        for (Map.Entry<Cols, Poly> e : level.entrySet()) {
            for (int j = 0; j < n; j++) {
                if (a[row][j] == null || e.getKey().has(j)) continue;
                targetSet.add(e.getKey().with(j));
                products += (long) a[row][j].size() * e.getValue().size();
            }
        }
        List<Cols> targets = new ArrayList<>(targetSet);
        Poly[] sums = new Poly[targets.size()];
        int threads = products >= PARALLEL_PRODUCTS ? Cores.COUNT : 1;
        int pieces = Math.min(targets.size(), threads * PIECES_PER_CORE), per = (targets.size() + pieces - 1) / Math.max(1, pieces);
        // sized for a target's share of the products: the last level's one target takes all n! terms at once
        int expected = (int) Math.min(products / Math.max(1, targets.size()), 1 << 22);
        Progress meter = Progress.current(); // read here: the pieces run on other threads
        Cores.run(pieces, threads, piece -> {
            Accumulator acc = ownKernels ? null : new Accumulator(ring, inexact, expected);
            for (int k = piece * per; k < Math.min(targets.size(), (piece + 1) * per); k++) {
                Interrupts.check();
                Cols t = targets.get(k);
                DistinctTerms terms = ownKernels ? new DistinctTerms(ring, expected) : null;
                for (int j = 0; j < n; j++) {
                    if (a[row][j] == null || !t.has(j)) continue;
                    Poly d = level.get(t.without(j));
                    if (d == null) continue;
                    if (meter != null) meter.advance((long) a[row][j].size() * d.size());
                    int sign = (t.countBelow(j) & 1) == 0 ? 1 : -1;
                    if (ownKernels) terms.addProduct(a[row][j], d, sign);
                    else acc.addProduct(a[row][j], d, sign);
                }
                sums[k] = ownKernels ? terms.finish() : acc.finish();
            }
        });
        Map<Cols, Poly> next = new HashMap<>();
        for (int k = 0; k < sums.length; k++) if (!sums[k].isZero()) next.put(targets.get(k), sums[k]);
        return next;
    }

    /** The bottom-up levels over all rows (computed once, shared by det and the minors of adj). */
    private List<Map<Cols, Poly>> levels() {
        if (levels == null) {
            levels = new ArrayList<>();
            Map<Cols, Poly> level = Map.of(Cols.EMPTY, one());
            levels.add(level);
            for (int row = n - 1; row >= 0; row--) {
                level = push(level, row);
                levels.add(level);
            }
        }
        return levels;
    }

    /** The determinant of the scaled matrix by minor expansion (keeping only the last level when alone). */
    Poly laplaceDet() {
        Map<Cols, Poly> level;
        if (levels != null) level = levels.get(n);
        else {
            level = Map.of(Cols.EMPTY, one());
            for (int row = n - 1; row >= 0; row--) level = push(level, row);
        }
        Poly d = level.get(allCols());
        return d == null ? ring.zero(inexact) : d;
    }

    /** The minors M[i][j] (row i and column j left out) of the scaled matrix, for every j; null entries are 0. */
    Poly[] laplaceMinorsOfRow(int i) {
        // The bottom rows below i are already in levels(); add the rows above it.
        Map<Cols, Poly> level = levels().get(n - 1 - i);
        for (int row = i - 1; row >= 0; row--) level = push(level, row);
        Poly[] out = new Poly[n];
        for (int j = 0; j < n; j++) out[j] = level.get(Cols.allBut(n, j));
        return out;
    }

    private Cols allCols() { return Cols.allBut(n, -1); }

    // ---- Berkowitz
    /** The determinant of the scaled matrix by Berkowitz's algorithm. */
    Poly berkowitzDet() { return berkowitzDet(a); }

    private Poly berkowitzDet(Poly[][] m) {
        int size = m.length;
        if (size == 0) return one();
        Poly[] vec = {one(), neg(m[size - 1][size - 1])};
        for (int k = size - 2; k >= 0; k--) {
            Interrupts.check();
            int s = size - k; // the submatrix m[k:, k:] is s×s
            Poly[] diags = new Poly[s + 1];
            diags[0] = one();
            diags[1] = neg(m[k][k]);
            Poly[] v = new Poly[s - 1];
            for (int r = 0; r < s - 1; r++) v[r] = m[k + 1 + r][k];
            for (int i = 0; i <= s - 2; i++) {
                if (i > 0) v = times(m, k + 1, v);
                Poly rv = null;
                for (int c = 0; c < s - 1; c++) rv = add(rv, mul(m[k][k + 1 + c], v[c]));
                diags[2 + i] = neg(rv);
            }
            Poly[] next = new Poly[s + 1];
            for (int i = 0; i <= s; i++) {
                Poly sum = null;
                for (int j = 0; j <= Math.min(i, s - 1); j++) sum = add(sum, mul(diags[i - j], vec[j]));
                next[i] = sum;
            }
            vec = next;
        }
        Poly d = vec[size];
        if (d == null) return ring.zero(inexact);
        return size % 2 == 0 ? d : d.negate();
    }

    /** m[from:, from:] · v */
    private static Poly[] times(Poly[][] m, int from, Poly[] v) {
        Poly[] out = new Poly[v.length];
        for (int r = 0; r < v.length; r++) {
            Poly s = null;
            for (int c = 0; c < v.length; c++) s = add(s, mul(m[from + r][from + c], v[c]));
            out[r] = s;
        }
        return out;
    }

    private static Poly mul(Poly x, Poly y) {
        if (x == null || y == null) return null;
        Poly p = x.times(y);
        return p.isZero() ? null : p;
    }

    private static Poly add(Poly x, Poly y) {
        if (x == null) return y;
        if (y == null) return x;
        Poly p = x.plus(y);
        return p.isZero() ? null : p;
    }

    private static Poly neg(Poly x) { return x == null ? null : x.negate(); }

    /** The matrix without row i and column j (for Berkowitz minors). */
    Poly minorByBerkowitz(int i, int j) {
        Poly[][] m = new Poly[n - 1][n - 1];
        for (int r = 0, rr = 0; r < n; r++) {
            if (r == i) continue;
            for (int c = 0, cc = 0; c < n; c++) {
                if (c == j) continue;
                m[rr][cc++] = a[r][c];
            }
            rr++;
        }
        return berkowitzDet(m);
    }
}
