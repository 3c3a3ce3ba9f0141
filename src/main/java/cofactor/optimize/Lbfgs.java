package cofactor.optimize;

/**
 * Limited-memory BFGS with the two-loop recursion and a strong Wolfe line search
 * (Nocedal and Wright, Algorithm 7.4 and 7.5), remembering the last 10 pairs.
 */
final class Lbfgs implements Method.Step {
    private static final int MEMORY = 10;

    private final double[][] s, y;
    private final double[] rho, alpha, p;
    private int stored, newest = -1;

    Lbfgs(int n) {
        s = new double[MEMORY][n];
        y = new double[MEMORY][n];
        rho = new double[MEMORY];
        alpha = new double[MEMORY];
        p = new double[n];
    }

    @Override public double step(Objective f, double[] x, double[] g, double loss) {
        int n = x.length;
        direction(g);
        LineSearch search = new LineSearch(f, x, p, loss, g);
        if (!search.isDescent()) { // curvature pairs went bad: restart from steepest descent
            stored = 0;
            direction(g);
            search = new LineSearch(f, x, p, loss, g);
        }
        double first = stored == 0 ? Math.min(1, 1 / Math.sqrt(LineSearch.dot(g, g))) : 1;
        search.wolfe(first);
        int k = (newest + 1) % MEMORY;
        double sy = 0;
        for (int i = 0; i < n; i++) {
            s[k][i] = search.xNew[i] - x[i];
            y[k][i] = search.gNew[i] - g[i];
            sy += s[k][i] * y[k][i];
        }
        if (sy > 1e-12 * Math.sqrt(LineSearch.dot(s[k], s[k]) * LineSearch.dot(y[k], y[k]))) { // keep only pairs with positive curvature
            rho[k] = 1 / sy;
            newest = k;
            stored = Math.min(stored + 1, MEMORY);
        }
        System.arraycopy(search.xNew, 0, x, 0, n);
        System.arraycopy(search.gNew, 0, g, 0, n);
        return search.value;
    }

    /** p = −H·g with H the L-BFGS inverse-Hessian approximation. */
    private void direction(double[] g) {
        int n = g.length;
        for (int i = 0; i < n; i++) p[i] = -g[i];
        for (int j = 0, k = newest; j < stored; j++, k = (k - 1 + MEMORY) % MEMORY) {
            alpha[k] = rho[k] * LineSearch.dot(s[k], p);
            for (int i = 0; i < n; i++) p[i] -= alpha[k] * y[k][i];
        }
        if (stored > 0) {
            double gamma = LineSearch.dot(s[newest], y[newest]) / LineSearch.dot(y[newest], y[newest]);
            for (int i = 0; i < n; i++) p[i] *= gamma;
        }
        for (int j = 0, k = (newest - stored + 1 + MEMORY) % MEMORY; j < stored; j++, k = (k + 1) % MEMORY) {
            double beta = rho[k] * LineSearch.dot(y[k], p);
            for (int i = 0; i < n; i++) p[i] += (alpha[k] - beta) * s[k][i];
        }
    }
}
