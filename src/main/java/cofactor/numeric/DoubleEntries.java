package cofactor.numeric;

/** A matrix of doubles for {@link Lu} to factor in place (a copy of the one given). */
final class DoubleEntries implements Lu.Entries {
    final double[][] a;

    DoubleEntries(double[][] a) {
        this.a = new double[a.length][];
        for (int i = 0; i < a.length; i++) this.a[i] = a[i].clone();
    }

    @Override public int size() { return a.length; }
    @Override public double magnitude(int i, int j) { return Math.abs(a[i][j]); }

    @Override public void swapRows(int i, int k) {
        double[] t = a[i]; a[i] = a[k]; a[k] = t;
    }

    @Override public void swapColumns(int j, int k) {
        for (double[] row : a) { double t = row[j]; row[j] = row[k]; row[k] = t; }
    }

    @Override public void eliminate(int k, int i) {
        double[] rowK = a[k], rowI = a[i];
        double m = rowI[k] / rowK[k];
        rowI[k] = m;
        if (m == 0) return;
        for (int j = k + 1; j < rowI.length; j++) rowI[j] -= m * rowK[j];
    }

    /** det(A) = sign·Π u_kk, the pivots multiplied in order; 0 for a singular factorisation. */
    double det(Lu lu) {
        if (lu.isSingular()) return 0;
        double det = lu.sign();
        for (int k = 0; k < a.length; k++) det *= a[k][k];
        return det;
    }
}
