package cofactor.lang;

/**
 * The name a mistyped one was most likely meant to be, by edit distance: what
 * "did you mean" offers in the unknown-function error and in {@code :help}.
 */
public final class NearestName {
    private NearestName() {}

    /** Farther than this, a name is not taken for a typo of another. */
    private static final int MAX_DISTANCE = 2;

    /** The candidate nearest to {@code name} within two edits, or null when none is that near. */
    public static String of(String name, Iterable<String> candidates) {
        String best = null;
        int bestDistance = MAX_DISTANCE + 1;
        for (String candidate : candidates) {
            int d = editDistance(name, candidate);
            // of two names as near, the one that starts alike: sinn is sin mistyped rather than sign
            if (d < bestDistance || d == bestDistance && best != null && commonPrefix(name, candidate) > commonPrefix(name, best)) {
                bestDistance = d;
                best = candidate;
            }
        }
        return best;
    }

    private static int commonPrefix(String a, String b) {
        int n = 0;
        while (n < Math.min(a.length(), b.length()) && a.charAt(n) == b.charAt(n)) n++;
        return n;
    }

    /** Levenshtein distance: insertions, deletions and substitutions of one character. */
    static int editDistance(String a, String b) {
        int[] prev = new int[b.length() + 1], cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) prev[j] = j;
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                cur[j] = Math.min(Math.min(cur[j - 1], prev[j]) + 1, prev[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1));
            }
            int[] t = prev; prev = cur; cur = t;
        }
        return prev[b.length()];
    }
}
