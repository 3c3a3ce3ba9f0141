package cofactor.dense;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.ejml.dense.row.decomposition.lu.LUDecompositionAlt_DDRM;
import org.ejml.dense.row.linsol.lu.LinearSolverLu_DDRM;

/** The pure-Java kernels: EJML's dense row-major operations (the fastest pure-Java library measured; see bench/README.md). */
final class EjmlKernels implements Kernels {
    static final EjmlKernels INSTANCE = new EjmlKernels();

    private EjmlKernels() {}

    @Override public Dense multiply(double alpha, Dense a, boolean ta, Dense b, boolean tb) {
        DMatrixRMaj x = wrap(a), y = wrap(b);
        DMatrixRMaj c = new DMatrixRMaj(ta ? a.cols() : a.rows(), tb ? b.rows() : b.cols());
        if (ta && tb) CommonOps_DDRM.multTransAB(alpha, x, y, c);
        else if (ta) CommonOps_DDRM.multTransA(alpha, x, y, c);
        else if (tb) CommonOps_DDRM.multTransB(alpha, x, y, c);
        else CommonOps_DDRM.mult(alpha, x, y, c);
        return dense(c);
    }

    /** The factorization and the matrix it came from: a solve with A' factors A' (EJML has no transposed solve). */
    private record State(LinearSolverLu_DDRM solver, Dense source) {}

    @Override public Factorization factor(Dense a) {
        LUDecompositionAlt_DDRM lu = new LUDecompositionAlt_DDRM();
        LinearSolverLu_DDRM solver = new LinearSolverLu_DDRM(lu);
        solver.setA(wrap(a).copy());
        return new Factorization(dense(lu.getLU().copy()), parity(lu.getRowPivotV(null), a.rows()), new State(solver, a));
    }

    @Override public Dense solve(Factorization f, Dense b, boolean transposed) {
        State s = (State) f.state();
        LinearSolverLu_DDRM solver = transposed ? ((State) factor(s.source().transpose()).state()).solver() : s.solver();
        DMatrixRMaj x = new DMatrixRMaj(b.rows(), b.cols());
        solver.solve(wrap(b).copy(), x);
        return dense(x);
    }

    @Override public Dense inverse(Factorization f) {
        Dense a = ((State) f.state()).source();
        DMatrixRMaj inv = new DMatrixRMaj(a.rows(), a.cols());
        ((State) f.state()).solver().invert(inv);
        return dense(inv);
    }

    @Override public String name() { return "EJML 0.46.1 (pure Java)"; }

    /** +1 or −1: the parity of the permutation's cycles. */
    private static int parity(int[] perm, int n) {
        boolean[] seen = new boolean[n];
        int sign = 1;
        for (int i = 0; i < n; i++) {
            if (seen[i]) continue;
            int length = 0;
            for (int j = i; !seen[j]; j = perm[j]) { seen[j] = true; length++; }
            if (length % 2 == 0) sign = -sign;
        }
        return sign;
    }

    private static DMatrixRMaj wrap(Dense m) { return DMatrixRMaj.wrap(m.rows(), m.cols(), m.data()); }

    private static Dense dense(DMatrixRMaj m) { return new Dense(m.numRows, m.numCols, m.data.length == m.numRows * m.numCols ? m.data : java.util.Arrays.copyOf(m.data, m.numRows * m.numCols)); }
}
