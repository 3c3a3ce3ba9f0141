package cofactor.optimize;

/**
 * Newton's method on the exact Hessian. Where the Hessian is not positive
 * definite it is shifted by λI (λ grown tenfold until a Cholesky factorisation
 * succeeds), so the step is always a descent direction; an Armijo backtracking
 * line search then guards the step length.
 */
final class Newton implements Method.Step {
    private final double[][] h, shifted;

    Newton(int n) {
        h = new double[n][n];
        shifted = new double[n][n];
    }

    @Override public double step(Objective f, double[] x, double[] g, double loss) {
        int n = x.length;
        f.hessian(x, h);
        double scale = 0;
        for (int i = 0; i < n; i++) scale = Math.max(scale, Math.abs(h[i][i]));
        double[] minusG = new double[n];
        for (int i = 0; i < n; i++) minusG[i] = -g[i];
        double[] p;
        for (double shift = 0; ; shift = shift == 0 ? Math.max(1e-10, 1e-6 * scale) : shift * 10) {
            p = Cholesky.solve(shiftedBy(shift), minusG); // p = -(H + λI)⁻¹ g
            if (p != null) break;
            if (!Double.isFinite(shift) || shift > 1e300) return loss; // a non-finite Hessian: stay, the caller sees no progress
        }
        LineSearch search = new LineSearch(f, x, p, loss, g);
        if (!search.isDescent()) return loss;
        search.armijo();
        System.arraycopy(search.xNew, 0, x, 0, n);
        System.arraycopy(search.gNew, 0, g, 0, n);
        return search.value;
    }

    /** H + λI from H's lower triangle, mirrored: rounding may leave the computed Hessian a hair from symmetric. */
    private double[][] shiftedBy(double shift) {
        for (int i = 0; i < h.length; i++) {
            for (int j = 0; j < i; j++) shifted[i][j] = shifted[j][i] = h[i][j];
            shifted[i][i] = h[i][i] + shift;
        }
        return shifted;
    }
}
