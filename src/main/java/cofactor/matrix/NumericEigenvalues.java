package cofactor.matrix;

import org.hipparchus.complex.Complex;
import org.hipparchus.linear.EigenDecompositionNonSymmetric;
import org.hipparchus.linear.EigenDecompositionSymmetric;
import org.hipparchus.linear.MatrixUtils;
import org.hipparchus.linear.RealMatrix;

/**
 * Eigenvalues in doubles, by Hipparchus: its symmetric solver for a symmetric matrix, the
 * real Schur form otherwise. An eigenvalue counts as real when its imaginary part is at most
 * √eps·max(1, ‖A‖∞): a double eigenvalue of a defective matrix moves by about √eps under
 * rounding, and may come back as a pair with such an imaginary part.
 */
final class NumericEigenvalues {
    private NumericEigenvalues() {}

    /** The real eigenvalues, ascending, each as often as it occurs; and how many are complex. */
    record Spectrum(double[] real, int complexCount) {}

    static Spectrum of(double[][] a) {
        int n = a.length;
        if (n == 0) return new Spectrum(new double[0], 0);
        RealMatrix m = MatrixUtils.createRealMatrix(a);
        if (symmetric(a)) {
            double[] v = new EigenDecompositionSymmetric(m).getEigenvalues().clone();
            java.util.Arrays.sort(v);
            return new Spectrum(v, 0);
        }
        double tolerance = Math.sqrt(Math.ulp(1.0)) * Math.max(1, FloatRowEchelon.infinityNorm(a));
        Complex[] all = new EigenDecompositionNonSymmetric(m).getEigenvalues();
        double[] real = java.util.Arrays.stream(all).filter(z -> Math.abs(z.getImaginary()) <= tolerance).mapToDouble(Complex::getReal).sorted().toArray();
        return new Spectrum(real, n - real.length);
    }

    private static boolean symmetric(double[][] a) {
        for (int i = 0; i < a.length; i++) for (int j = 0; j < i; j++) if (a[i][j] != a[j][i]) return false;
        return true;
    }
}
