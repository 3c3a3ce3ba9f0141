package cofactor.compile;

import cofactor.guard.Interrupts;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;

/**
 * Lowers a sum of products by a greedy multivariate Horner scheme: the factor
 * that occurs in the most terms is taken out, {@code f^p·(Σ rest) + Σ others},
 * and both parts are treated the same way (Ceberio and Kreinovich, "Greedy
 * algorithms for optimizing multivariate Horner schemes", 2004; FORM's code
 * optimizer starts from the same schemes). An expanded determinant is a sum of
 * n! products, and this turns it into a Laplace-like expansion whose minors,
 * built the same way from the same terms, are shared by the tape's hash-consing:
 * the generic 6×6 determinant takes 535 operations instead of 4 319, and its
 * gradient shrinks with it.
 *
 * <p>Ties between equally frequent factors decide how much is shared: a minor
 * is shared only if every expansion that reaches it takes out the same entry
 * first. So factors are ranked class by class, a class being a set of factors
 * of which every term holds exactly one (a determinant's rows, found from which
 * factors never occur together), and ties go to the lowest rank: every minor
 * then expands along its first row, as Laplace expansion with memoized minors
 * does.
 *
 * <p>Sums in only one factor keep the flat form, powers by shared squares and a
 * pairwise sum: Horner's rule there would be one long chain of dependent
 * operations for the same count.
 */
final class Horner {
    /** coef · Π factor[k]^power[k], the factors distinct non-constant tape nodes in ascending order (numbered, inside a sum). */
    record Term(double coef, int[] factor, int[] power) {
        int powerOf(int node) {
            int k = Arrays.binarySearch(factor, node);
            return k < 0 ? 0 : power[k];
        }

        /** This term with f^p divided out. */
        Term without(int f, int p) {
            int k = Arrays.binarySearch(factor, f);
            if (power[k] > p) {
                int[] pw = power.clone();
                pw[k] -= p;
                return new Term(coef, factor, pw);
            }
            int[] fs = new int[factor.length - 1], pw = new int[factor.length - 1];
            System.arraycopy(factor, 0, fs, 0, k);
            System.arraycopy(factor, k + 1, fs, k, fs.length - k);
            System.arraycopy(power, 0, pw, 0, k);
            System.arraycopy(power, k + 1, pw, k, pw.length - k);
            return new Term(coef, fs, pw);
        }
    }

    /** Beyond this nesting the rest of a sum is summed flat (the scheme recurses once per factor taken out). */
    private static final int MAX_DEPTH = 256;

    /** Sums with more distinct factors than this break ties by node alone (finding classes is quadratic in them). */
    private static final int MAX_CLASSED_FACTORS = 256;

    private final Tape tape;
    // Within one sum, factors are numbered 0..n-1 in node order: node[k] is factor k's tape node.
    private int[] node;
    private int[] rank;  // by factor: its class rank
    private int[] count; // by factor: the number of terms holding it, for the terms at hand (zero in between)

    Horner(Tape tape) { this.tape = tape; }

    /** constant + Σ terms (their factors tape nodes), as a tape node. */
    int sum(List<Term> terms, double constant) {
        List<Term> all = numbered(terms);
        if (constant != 0) all.add(new Term(constant, new int[0], new int[0]));
        if (all.isEmpty()) return tape.constant(0);
        count = new int[node.length];
        rank = classRanks(all, node.length);
        long r = scheme(all, 0);
        return sign(r) != 0 ? tape.neg((int) r) : (int) r;
    }

    /** The terms with their factors numbered (see {@link #node}). */
    private List<Term> numbered(List<Term> terms) {
        node = terms.stream().flatMapToInt(t -> java.util.Arrays.stream(t.factor())).distinct().sorted().toArray();
        List<Term> out = new ArrayList<>(terms.size() + 1);
        for (Term t : terms) {
            if ((out.size() & 0x3FF) == 0x3FF) Interrupts.check();
            int[] k = new int[t.factor().length];
            for (int i = 0; i < k.length; i++) k[i] = Arrays.binarySearch(node, t.factor()[i]);
            out.add(new Term(t.coef(), k, t.power()));
        }
        return out;
    }

    /**
     * Σ terms as a signed node, (sign << 32) | node, so that the signs of the
     * coefficients become subtractions instead of negations. Each step takes out
     * the factor in the most terms (ties: the lowest rank, so that equal sums
     * choose alike and share their nodes); the counts of the terms left are the
     * counts before less those of the terms taken, so a step costs the terms it
     * takes, not all the terms.
     */
    private long scheme(List<Term> terms, int depth) {
        int[] present = countFactors(terms);
        List<Long> parts = new ArrayList<>();
        while (true) {
            Interrupts.check(); // a step costs the terms it takes, and a sum may have a million
            int best = -1, distinct = 0;
            for (int f : present) {
                if (count[f] == 0) continue;
                distinct++;
                if (best < 0 || count[f] > count[best] || (count[f] == count[best] && rank[f] < rank[best])) best = f;
            }
            if (terms.size() == 1 || distinct <= 1 || count[best] < 2 || depth >= MAX_DEPTH) {
                for (int f : present) count[f] = 0;
                parts.add(terms.size() == 1 ? product(terms.get(0)) : flat(terms));
                break;
            }
            int p = Integer.MAX_VALUE;
            List<Term> with = new ArrayList<>(count[best]), without = new ArrayList<>(terms.size() - count[best]);
            for (Term t : terms) {
                int k = t.powerOf(best);
                if (k == 0) { without.add(t); continue; }
                with.add(t);
                p = Math.min(p, k);
                for (int g : t.factor()) count[g]--;
            }
            int[] left = new int[present.length]; // the counts of the terms left, kept while the taken ones recurse
            for (int i = 0; i < present.length; i++) { left[i] = count[present[i]]; count[present[i]] = 0; }
            List<Term> rest = new ArrayList<>(with.size());
            for (Term t : with) rest.add(t.without(best, p));
            long inner = scheme(rest, depth + 1);
            parts.add(sign(inner) | tape.mul(tape.powi(node[best], p), (int) inner));
            terms = without;
            if (terms.isEmpty()) break;
            for (int i = 0; i < present.length; i++) count[present[i]] = left[i];
        }
        return signedSum(parts);
    }

    /** Fills {@link #count} for the terms; returns the factors they hold. */
    private int[] countFactors(List<Term> terms) {
        int[] present = new int[8];
        int n = 0;
        for (Term t : terms) {
            for (int f : t.factor()) {
                if (count[f]++ > 0) continue;
                if (n == present.length) present = Arrays.copyOf(present, 2 * n);
                present[n++] = f;
            }
        }
        return Arrays.copyOf(present, n);
    }

    /**
     * The factors' ranks, class by class (see the class comment). A class is
     * grown greedily from its first unranked factor over the factors that never
     * occur with any member; a few different second members are tried, as a
     * determinant's entry is exclusive with both its row and its column, and
     * only a row (once a row is taken) covers every term.
     */
    private static int[] classRanks(List<Term> terms, int n) {
        int[] rank = new int[n];
        if (n > MAX_CLASSED_FACTORS) {
            for (int f = 0; f < n; f++) rank[f] = f;
            return rank;
        }
        BitSet[] together = new BitSet[n]; // together[a].get(b): some term holds both a and b
        for (int f = 0; f < n; f++) together[f] = new BitSet(n);
        int[] count = new int[n];
        for (Term t : terms) {
            for (int a : t.factor()) {
                count[a]++;
                for (int b : t.factor()) together[a].set(b);
            }
        }
        boolean[] ranked = new boolean[n];
        int next = 0;
        for (int f = 0; f < n; f++) {
            Interrupts.check();
            if (ranked[f]) continue;
            List<Integer> candidates = new ArrayList<>();
            for (int g = 0; g < n; g++) if (!ranked[g] && g != f && !together[f].get(g)) candidates.add(g);
            for (int attempt = -1; attempt < Math.min(8, candidates.size()); attempt++) {
                BitSet members = new BitSet(n);
                members.set(f);
                if (attempt >= 0) members.set(candidates.get(attempt));
                for (int g : candidates) if (!members.intersects(together[g])) members.set(g);
                long covered = members.stream().mapToLong(m -> count[m]).sum();
                if (covered != terms.size()) continue;
                for (int m = members.nextSetBit(0); m >= 0; m = members.nextSetBit(m + 1)) { ranked[m] = true; rank[m] = next++; }
                break;
            }
        }
        for (int f = 0; f < n; f++) if (!ranked[f]) rank[f] = next++;
        return rank;
    }

    /** The terms summed pairwise, each its own product. */
    private long flat(List<Term> terms) {
        List<Long> parts = new ArrayList<>(terms.size());
        for (Term t : terms) parts.add(product(t));
        return signedSum(parts);
    }

    /** |coef| · Π factor^power, with the coefficient's sign. */
    private long product(Term t) {
        int r = -1;
        for (int k = 0; k < t.factor().length; k++) {
            int f = tape.powi(node[t.factor()[k]], t.power()[k]);
            r = r < 0 ? f : tape.mul(r, f);
        }
        double c = Math.abs(t.coef());
        r = r < 0 ? tape.constant(c) : tape.mul(tape.constant(c), r);
        return (t.coef() < 0 ? 1L << 32 : 0) | r;
    }

    private long signedSum(List<Long> parts) {
        if (parts.size() == 1) return parts.get(0);
        int[] nodes = new int[parts.size()];
        boolean[] negative = new boolean[parts.size()];
        for (int k = 0; k < nodes.length; k++) {
            nodes[k] = (int) (long) parts.get(k);
            negative[k] = sign(parts.get(k)) != 0;
        }
        return tape.signedSum(nodes, negative, nodes.length);
    }

    private static long sign(long signed) { return signed & (1L << 32); }
}
