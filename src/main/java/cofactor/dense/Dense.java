package cofactor.dense;

/**
 * A dense matrix of doubles, its entries row by row in {@code data} (row i, column j at
 * {@code i*cols + j}), the layout both kernel libraries take without copying. A value: the
 * kernels never write into a matrix they were given.
 */
public record Dense(int rows, int cols, double[] data) {
    public Dense {
        if (rows < 0 || cols < 0 || data.length != (long) rows * cols) {
            throw new IllegalArgumentException(rows + "×" + cols + " matrix with " + data.length + " entries");
        }
    }

    public static Dense zeros(int rows, int cols) { return new Dense(rows, cols, new double[rows * cols]); }

    public static Dense identity(int n) {
        Dense m = zeros(n, n);
        for (int i = 0; i < n; i++) m.data[i * n + i] = 1;
        return m;
    }

    public double get(int i, int j) { return data[i * cols + j]; }

    public boolean isSquare() { return rows == cols; }

    public Dense transpose() {
        double[] t = new double[data.length];
        // in blocks, so both the reads and the writes stay within a few cache lines at a time
        final int b = 32;
        for (int i0 = 0; i0 < rows; i0 += b) {
            for (int j0 = 0; j0 < cols; j0 += b) {
                for (int i = i0, iEnd = Math.min(i0 + b, rows); i < iEnd; i++) {
                    for (int j = j0, jEnd = Math.min(j0 + b, cols); j < jEnd; j++) t[j * rows + i] = data[i * cols + j];
                }
            }
        }
        return new Dense(cols, rows, t);
    }

    /** Equal to its transpose, to the last bit. */
    public boolean isSymmetric() {
        if (rows != cols) return false;
        for (int i = 0; i < rows; i++) for (int j = i + 1; j < cols; j++) if (data[i * cols + j] != data[j * cols + i]) return false;
        return true;
    }

    /** The symmetric matrix with this one's upper triangle. */
    public Dense upperMirrored() {
        double[] out = data.clone();
        for (int i = 0; i < rows; i++) for (int j = i + 1; j < cols; j++) out[j * cols + i] = out[i * cols + j];
        return new Dense(rows, cols, out);
    }

    /** this + c·other, entry by entry (same shape). */
    public Dense plusScaled(double c, Dense other) {
        double[] out = data.clone();
        for (int k = 0; k < out.length; k++) out[k] += c * other.data[k];
        return new Dense(rows, cols, out);
    }

    public Dense scale(double c) {
        if (c == 1) return this;
        double[] out = new double[data.length];
        for (int k = 0; k < out.length; k++) out[k] = c * data[k];
        return new Dense(rows, cols, out);
    }

    /** Σ_ij a_ij·b_ji = tr(a·b), without forming the product. */
    public static double traceOfProduct(Dense a, Dense b) {
        if (a.cols != b.rows || a.rows != b.cols) throw new IllegalArgumentException("tr(A*B) of " + a.rows + "×" + a.cols + " and " + b.rows + "×" + b.cols);
        double s = 0;
        // in blocks, as in transpose: b is read down its columns
        final int block = 32;
        for (int i0 = 0; i0 < a.rows; i0 += block) {
            for (int j0 = 0; j0 < a.cols; j0 += block) {
                for (int i = i0, iEnd = Math.min(i0 + block, a.rows); i < iEnd; i++) {
                    for (int j = j0, jEnd = Math.min(j0 + block, a.cols); j < jEnd; j++) s += a.data[i * a.cols + j] * b.data[j * b.cols + i];
                }
            }
        }
        return s;
    }

    public double trace() {
        double s = 0;
        for (int i = 0; i < Math.min(rows, cols); i++) s += data[i * cols + i];
        return s;
    }
}
