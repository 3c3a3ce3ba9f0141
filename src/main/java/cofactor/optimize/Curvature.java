package cofactor.optimize;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.EigenDecomposition_F64;

/**
 * What kind of stationary point a symmetric Hessian makes: the signs of its eigenvalues
 * (second-derivative test). An eigenvalue within 1e-10 of the largest one's size counts as 0,
 * and then the test decides nothing: degenerate.
 */
public enum Curvature {
    MINIMUM, MAXIMUM, SADDLE, DEGENERATE;

    public String label() { return name().toLowerCase(); }

    public static Curvature of(double[][] hessian) {
        int n = hessian.length;
        DMatrixRMaj h = new DMatrixRMaj(hessian);
        EigenDecomposition_F64<DMatrixRMaj> eig = DecompositionFactory_DDRM.eig(n, false, true);
        if (!eig.decompose(h)) return DEGENERATE;
        double scale = 0;
        for (int i = 0; i < n; i++) scale = Math.max(scale, Math.abs(eig.getEigenvalue(i).real));
        int positive = 0, negative = 0;
        for (int i = 0; i < n; i++) {
            double v = eig.getEigenvalue(i).real;
            if (!Double.isFinite(v) || Math.abs(v) <= 1e-10 * scale || scale == 0) return DEGENERATE;
            if (v > 0) positive++;
            else negative++;
        }
        return negative == 0 ? MINIMUM : positive == 0 ? MAXIMUM : SADDLE;
    }
}
