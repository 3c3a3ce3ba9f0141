package cofactor.compile;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Lowers a sum of products by a greedy multivariate Horner scheme: the factor
 * that occurs in the most terms is taken out, {@code f^p·(Σ rest) + Σ others},
 * and both parts are treated the same way (Ceberio and Kreinovich, "Greedy
 * algorithms for optimizing multivariate Horner schemes", 2004; FORM's code
 * optimizer starts from the same schemes). An expanded determinant is a sum of
 * n! products, and this turns it into a Laplace-like expansion whose minors,
 * built the same way from the same terms, are shared by the tape's hash-consing:
 * the 6×6 determinant in 10 variables needs about a fifth of the operations of
 * its sum of products, and its gradient shrinks with it.
 *
 * <p>Sums in only one factor keep the flat form, powers by shared squares and a
 * pairwise sum: Horner's rule there would be one long chain of dependent
 * operations for the same count.
 */
final class Horner {
    /** coef · Π factor[k]^power[k], the factors distinct non-constant tape nodes in ascending order. */
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

    private final Tape tape;

    Horner(Tape tape) { this.tape = tape; }

    /** constant + Σ terms, as a tape node. */
    int sum(List<Term> terms, double constant) {
        List<Term> all = new ArrayList<>(terms);
        if (constant != 0) all.add(new Term(constant, new int[0], new int[0]));
        if (all.isEmpty()) return tape.constant(0);
        return node(scheme(all, 0));
    }

    /**
     * Σ terms as a signed node, (sign << 32) | node, so that the signs of the
     * coefficients become subtractions instead of negations.
     */
    private long scheme(List<Term> terms, int depth) {
        List<Long> parts = new ArrayList<>();
        while (!terms.isEmpty()) {
            if (terms.size() == 1) { parts.add(product(terms.get(0))); break; }
            int f = mostFrequentFactor(terms);
            if (f < 0 || depth >= MAX_DEPTH) { parts.add(flat(terms)); break; }
            int p = Integer.MAX_VALUE;
            List<Term> with = new ArrayList<>(), without = new ArrayList<>();
            for (Term t : terms) {
                int k = t.powerOf(f);
                if (k == 0) without.add(t);
                else { with.add(t); p = Math.min(p, k); }
            }
            List<Term> rest = new ArrayList<>(with.size());
            for (Term t : with) rest.add(t.without(f, p));
            long inner = scheme(rest, depth + 1);
            parts.add(sign(inner) | tape.mul(tape.powi(f, p), (int) inner));
            terms = without;
        }
        return signedSum(parts);
    }

    /**
     * The factor in the most terms (ties: the earliest node, so that equal sums
     * choose alike and share their nodes), or −1 when none is in two terms or
     * all terms are powers of one factor.
     */
    private static int mostFrequentFactor(List<Term> terms) {
        Map<Integer, Integer> count = new HashMap<>();
        for (Term t : terms) for (int f : t.factor()) count.merge(f, 1, Integer::sum);
        if (count.size() <= 1) return -1;
        int best = -1, most = 1;
        for (Map.Entry<Integer, Integer> e : count.entrySet()) {
            int f = e.getKey(), c = e.getValue();
            if (c > most || (c == most && most > 1 && f < best)) { best = f; most = c; }
        }
        return best;
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
            int f = tape.powi(t.factor()[k], t.power()[k]);
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

    private int node(long signed) { return sign(signed) != 0 ? tape.neg((int) signed) : (int) signed; }
}
