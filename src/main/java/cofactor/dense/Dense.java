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

    /**
     * Σ c_k·op(terms_k) in one pass, op transposing where {@code transposed[k]}; each entry is summed
     * in the order of the terms, so the result is what adding scaled copies one by one gives.
     */
    public static Dense combination(double[] c, Dense[] terms, boolean[] transposed) {
        Dense first = terms[0];
        int rows = transposed[0] ? first.cols : first.rows, cols = transposed[0] ? first.rows : first.cols;
        double[] out = new double[rows * cols];
        boolean anyTransposed = false;
        for (boolean t : transposed) anyTransposed |= t;
        if (!anyTransposed) {
            for (int k = 0; k < terms.length; k++) {
                double ck = c[k];
                double[] x = terms[k].data;
                if (k == 0) for (int i = 0; i < out.length; i++) out[i] = ck * x[i];
                else for (int i = 0; i < out.length; i++) out[i] += ck * x[i];
            }
            return new Dense(rows, cols, out);
        }
        // in blocks, as in transpose: a transposed term is read down its columns
        final int b = 32;
        for (int i0 = 0; i0 < rows; i0 += b) {
            int iEnd = Math.min(i0 + b, rows);
            for (int j0 = 0; j0 < cols; j0 += b) {
                int jEnd = Math.min(j0 + b, cols);
                for (int k = 0; k < terms.length; k++) addBlock(out, cols, rows, i0, iEnd, j0, jEnd, c[k], terms[k].data, transposed[k], k == 0);
            }
        }
        return new Dense(rows, cols, out);
    }

    /** out[i0..iEnd, j0..jEnd] = (or +=, unless {@code assign}) c·op(x), each case its own loop for the compiler. */
    private static void addBlock(double[] out, int cols, int rows, int i0, int iEnd, int j0, int jEnd, double c, double[] x, boolean transposed, boolean assign) {
        if (transposed && assign) {
            for (int i = i0; i < iEnd; i++) for (int j = j0, o = i * cols + j0; j < jEnd; j++, o++) out[o] = c * x[j * rows + i];
        } else if (transposed) {
            for (int i = i0; i < iEnd; i++) for (int j = j0, o = i * cols + j0; j < jEnd; j++, o++) out[o] += c * x[j * rows + i];
        } else if (assign) {
            for (int i = i0; i < iEnd; i++) for (int o = i * cols + j0, end = i * cols + jEnd; o < end; o++) out[o] = c * x[o];
        } else {
            for (int i = i0; i < iEnd; i++) for (int o = i * cols + j0, end = i * cols + jEnd; o < end; o++) out[o] += c * x[o];
        }
    }

    public Dense scale(double c) {
        if (c == 1) return this;
        double[] out = new double[data.length];
        for (int k = 0; k < out.length; k++) out[k] = c * data[k];
        return new Dense(rows, cols, out);
    }

    /**
     * Σ_ij a_ij·b_ji = tr(a·b), without forming the product: for each row of a, its dot product with
     * the column of b, read down b in blocks of rows so both stay within a few cache lines at a time.
     */
    public static double traceOfProduct(Dense a, Dense b) {
        if (a.cols != b.rows || a.rows != b.cols) throw new IllegalArgumentException("tr(A*B) of " + a.rows + "×" + a.cols + " and " + b.rows + "×" + b.cols);
        double s0 = 0, s1 = 0, s2 = 0, s3 = 0;
        final int block = 32;
        for (int i0 = 0; i0 < a.rows; i0 += block) {
            int iEnd = Math.min(i0 + block, a.rows);
            for (int j0 = 0; j0 < a.cols; j0 += block) {
                int jEnd = Math.min(j0 + block, a.cols);
                // four rows at a time: four independent sums, not one chain of dependent additions
                int i = i0;
                for (; i + 3 < iEnd; i += 4) {
                    for (int j = j0; j < jEnd; j++) {
                        int bj = j * b.cols + i;
                        s0 += a.data[i * a.cols + j] * b.data[bj];
                        s1 += a.data[(i + 1) * a.cols + j] * b.data[bj + 1];
                        s2 += a.data[(i + 2) * a.cols + j] * b.data[bj + 2];
                        s3 += a.data[(i + 3) * a.cols + j] * b.data[bj + 3];
                    }
                }
                for (; i < iEnd; i++) for (int j = j0; j < jEnd; j++) s0 += a.data[i * a.cols + j] * b.data[j * b.cols + i];
            }
        }
        return (s0 + s1) + (s2 + s3);
    }

    /** Σ_k a_k·b_k over the entries as stored: tr(a'·b) of two matrices of one shape. */
    public static double dot(Dense a, Dense b) {
        if (a.data.length != b.data.length) throw new IllegalArgumentException("dot of " + a.rows + "×" + a.cols + " and " + b.rows + "×" + b.cols);
        double[] x = a.data, y = b.data;
        // four independent sums: one chain of dependent additions waits on each addition's latency
        double s0 = 0, s1 = 0, s2 = 0, s3 = 0;
        int k = 0;
        for (; k + 3 < x.length; k += 4) {
            s0 += x[k] * y[k];
            s1 += x[k + 1] * y[k + 1];
            s2 += x[k + 2] * y[k + 2];
            s3 += x[k + 3] * y[k + 3];
        }
        for (; k < x.length; k++) s0 += x[k] * y[k];
        return (s0 + s1) + (s2 + s3);
    }

    public double trace() {
        double s = 0;
        for (int i = 0; i < Math.min(rows, cols); i++) s += data[i * cols + i];
        return s;
    }
}
