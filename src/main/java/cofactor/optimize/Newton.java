package cofactor.optimize;

/**
 * Newton's method on the exact Hessian. Where the Hessian is not positive
 * definite it is shifted by λI (λ grown tenfold until a Cholesky factorisation
 * succeeds), so the step is always a descent direction; an Armijo backtracking
 * line search then guards the step length.
 */
final class Newton implements Method.Step {
    private final double[][] h, l;
    private final double[] p;

    Newton(int n) {
        h = new double[n][n];
        l = new double[n][n];
        p = new double[n];
    }

    @Override public double step(Objective f, double[] x, double[] g, double loss) {
        int n = x.length;
        f.hessian(x, h);
        double scale = 0;
        for (int i = 0; i < n; i++) scale = Math.max(scale, Math.abs(h[i][i]));
        for (double shift = 0; ; shift = shift == 0 ? Math.max(1e-10, 1e-6 * scale) : shift * 10) {
            if (cholesky(shift)) break;
            if (!Double.isFinite(shift) || shift > 1e300) return loss; // a non-finite Hessian: stay, the caller sees no progress
        }
        solve(g); // p = -(H + λI)⁻¹ g
        LineSearch search = new LineSearch(f, x, p, loss, g);
        if (!search.isDescent()) return loss;
        search.armijo();
        System.arraycopy(search.xNew, 0, x, 0, n);
        System.arraycopy(search.gNew, 0, g, 0, n);
        return search.value;
    }

    private boolean cholesky(double shift) {
        int n = h.length;
        for (int i = 0; i < n; i++) {
            for (int j = 0; j <= i; j++) {
                double s = h[i][j] + (i == j ? shift : 0);
                for (int k = 0; k < j; k++) s -= l[i][k] * l[j][k];
                if (i == j) {
                    if (!(s > 0)) return false;
                    l[i][i] = Math.sqrt(s);
                } else {
                    l[i][j] = s / l[j][j];
                }
            }
        }
        return true;
    }

    private void solve(double[] g) {
        int n = g.length;
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            double s = -g[i];
            for (int k = 0; k < i; k++) s -= l[i][k] * y[k];
            y[i] = s / l[i][i];
        }
        for (int i = n - 1; i >= 0; i--) {
            double s = y[i];
            for (int k = i + 1; k < n; k++) s -= l[k][i] * p[k];
            p[i] = s / l[i][i];
        }
    }
}
