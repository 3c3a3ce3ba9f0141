package cofactor.matrix;

import cofactor.expr.Expr;
import cofactor.expr.Num;
import cofactor.expr.Sym;
import cofactor.guard.Interrupts;
import cofactor.guard.Limits;
import cofactor.poly.RationalForm;
import cofactor.poly.Together;
import java.util.Arrays;
import java.util.List;
import java.util.function.UnaryOperator;

/** An immutable m×n matrix of expressions; a vector is an n×1 matrix. Indices here are 0-based. */
public final class Matrix {
    private final int rows, cols;
    private final Expr[] entries; // row-major
    private byte denominators; // hasDenominators, once known: 0 not yet, 1 no, 2 yes (a cache: the entries never change)

    private Matrix(int rows, int cols, Expr[] entries) {
        this.rows = rows;
        this.cols = cols;
        this.entries = entries;
    }

    public static Matrix of(int rows, int cols, Expr[] rowMajor) {
        if (rows < 0 || cols < 0 || rowMajor.length != rows * cols) throw new IllegalArgumentException("bad matrix shape");
        return new Matrix(rows, cols, rowMajor.clone());
    }

    public static Matrix of(List<List<Expr>> rowList) {
        int m = rowList.size(), n = m == 0 ? 0 : rowList.get(0).size();
        Expr[] e = new Expr[m * n];
        for (int i = 0; i < m; i++) {
            if (rowList.get(i).size() != n) throw new ShapeError("matrix", "rows must have equal length, row 1 has " + n + " entries and row " + (i + 1) + " has " + rowList.get(i).size());
            for (int j = 0; j < n; j++) e[i * n + j] = rowList.get(i).get(j);
        }
        return new Matrix(m, n, e);
    }

    /** Rows of doubles (all of one length) as a matrix of numbers; a NaN or an infinity is a MathError, as for any number. */
    public static Matrix ofDoubles(double[][] rows) {
        int m = rows.length, n = m == 0 ? 0 : rows[0].length;
        Expr[] e = new Expr[m * n];
        for (int i = 0; i < m; i++) for (int j = 0; j < n; j++) e[i * n + j] = Num.real(rows[i][j]);
        return new Matrix(m, n, e);
    }

    public static Matrix vector(List<? extends Expr> entries) { return new Matrix(entries.size(), 1, entries.toArray(Expr[]::new)); }

    /** matrix(a, m, n): fresh symbols a11, a12, …, or a_1_1, … when a dimension exceeds 9, so names stay unambiguous. */
    public static Matrix symbols(String stem, int m, int n) {
        boolean wide = m > 9 || n > 9;
        Expr[] e = new Expr[m * n];
        for (int i = 0; i < m; i++) {
            Interrupts.check(); // a million named symbols take a second
            for (int j = 0; j < n; j++) e[i * n + j] = Sym.of(wide ? stem + "_" + (i + 1) + "_" + (j + 1) : stem + (i + 1) + (j + 1));
        }
        return new Matrix(m, n, e);
    }

    /** vector(a, n): the column of fresh symbols a1, …, an (a_1, … past 9). */
    public static Matrix symbols(String stem, int n) {
        Expr[] e = new Expr[n];
        for (int i = 0; i < n; i++) e[i] = Sym.of(n > 9 ? stem + "_" + (i + 1) : stem + (i + 1));
        return new Matrix(n, 1, e);
    }

    public static Matrix zeros(int rows, int cols) {
        Expr[] e = new Expr[rows * cols];
        Arrays.fill(e, Num.ZERO);
        return new Matrix(rows, cols, e);
    }

    public static Matrix ones(int rows, int cols) {
        Expr[] e = new Expr[rows * cols];
        Arrays.fill(e, Num.ONE);
        return new Matrix(rows, cols, e);
    }

    public static Matrix identity(int n) {
        Expr[] e = new Expr[n * n];
        Arrays.fill(e, Num.ZERO);
        for (int i = 0; i < n; i++) e[i * n + i] = Num.ONE;
        return new Matrix(n, n, e);
    }

    public int rows() { return rows; }
    public int cols() { return cols; }
    public boolean isSquare() { return rows == cols; }
    public boolean isVector() { return cols == 1; }
    public int size() { return entries.length; }
    public Expr get(int i, int j) { return entries[i * cols + j]; }

    /** Whether an entry has a denominator (1/x, y/(x + 2); not sin(1/x)): det, adj and inv then bring results to together's form. */
    public boolean hasDenominators() {
        if (denominators == 0) {
            boolean any = false;
            for (Expr e : entries) if (any = RationalForm.hasDenominator(e)) break;
            denominators = (byte) (any ? 2 : 1); // adj and inv ask for every entry they give
        }
        return denominators == 2;
    }
    /** Entry k in row-major order (for a vector: its k-th component). */
    public Expr get(int k) { return entries[k]; }
    public List<Expr> entries() { return List.of(entries); }
    public String shape() { return rows + "×" + cols; }

    public Matrix map(UnaryOperator<Expr> f) {
        Expr[] e = new Expr[entries.length];
        for (int k = 0; k < e.length; k++) {
            if ((k & 0x3FF) == 0) Interrupts.check(); // a million entries (subs, N, scaling) take a second
            e[k] = f.apply(entries[k]);
        }
        return new Matrix(rows, cols, e);
    }

    public Matrix transpose() {
        Expr[] e = new Expr[entries.length];
        for (int i = 0; i < rows; i++) for (int j = 0; j < cols; j++) e[j * rows + i] = entries[i * cols + j];
        return new Matrix(cols, rows, e);
    }

    public Matrix plus(Matrix o) { return elementwise("+", o, Expr::add); }
    public Matrix minus(Matrix o) { return elementwise("-", o, Expr::sub); }
    /** A.*B, entry by entry. */
    public Matrix hadamard(Matrix o) { return elementwise(".*", o, Expr::mul); }
    /** A./B, entry by entry. */
    public Matrix entryQuotient(Matrix o) { return elementwise("./", o, Expr::div); }

    /** sum(A): the sum of all entries. */
    public Expr sumOfEntries() { return Expr.add(List.of(entries)); }

    private Matrix elementwise(String op, Matrix o, java.util.function.BinaryOperator<Expr> f) {
        if (rows != o.rows || cols != o.cols) throw new ShapeError(op, "shapes differ: " + shape() + " and " + o.shape());
        Expr[] e = new Expr[entries.length];
        for (int k = 0; k < e.length; k++) {
            if ((k & 0x3FF) == 0) Interrupts.check();
            e[k] = f.apply(entries[k], o.entries[k]);
        }
        return new Matrix(rows, cols, e);
    }

    public Matrix scale(Expr s) { return map(x -> Expr.mul(s, x)); }

    /**
     * The product; when either factor has denominators, each entry in together's form
     * ({@link Together#of}), so inv(A)*A is the identity. An entry of a product of
     * polynomial matrices is expanded when that makes it no longer: x^2 - (x + 1)*(x - 1)
     * is 1 (inv(A)*A for A = [[x + 1, x], [x, x - 1]]), while (x + 1)^2 + 1 stays as it is.
     * Unless both are matrices of numbers, its terms are estimated first and refused over the
     * limit: two 1000×1000 matrices of symbols would make 10^9 terms.
     */
    public Matrix times(Matrix o, Limits limits) {
        if (cols != o.rows) throw new ShapeError("*", "cannot multiply " + shape() + " by " + o.shape());
        if ((long) rows * o.cols > Integer.MAX_VALUE - 8) throw new ShapeError("*", "the product " + rows + "×" + o.cols + " has too many entries");
        if (!NumberMatrices.isNumeric(this) || !NumberMatrices.isNumeric(o)) limits.checkTerms(ProductEstimate.terms(this, o));
        Expr[] e = new Expr[rows * o.cols];
        Expr[] terms = new Expr[cols];
        boolean rational = hasDenominators() || o.hasDenominators();
        for (int i = 0; i < rows; i++) {
            Interrupts.check(); // a large product takes long: Ctrl-C and time limits stop it between rows
            for (int j = 0; j < o.cols; j++) {
                for (int k = 0; k < cols; k++) terms[k] = Expr.mul(get(i, k), o.get(k, j));
                Expr sum = Expr.add(Arrays.asList(terms));
                Expr together = Together.of(sum, limits);
                e[i * o.cols + j] = rational || terms(together) <= terms(sum) ? together : sum;
            }
        }
        return new Matrix(rows, o.cols, e);
    }

    private static int terms(Expr e) { return e instanceof cofactor.expr.Add a ? a.size() + (a.constant().isZero() ? 0 : 1) : 1; }

    @Override public boolean equals(Object o) {
        return this == o || o instanceof Matrix m && m.rows == rows && m.cols == cols && Arrays.equals(m.entries, entries);
    }

    @Override public int hashCode() { return Arrays.hashCode(entries) * 31 + rows; }

    /** {@code [[a, b], [c, d]]}; a column vector prints as {@code [a, b]}; both parse back to this matrix. */
    @Override public String toString() {
        StringBuilder sb = new StringBuilder("[");
        for (int i = 0; i < rows; i++) {
            Interrupts.check(); // showing a million entries takes a while
            if (i > 0) sb.append(", ");
            if (cols == 1 && rows > 0) { sb.append(get(i, 0)); continue; }
            sb.append('[');
            for (int j = 0; j < cols; j++) {
                if (j > 0) sb.append(", ");
                sb.append(get(i, j));
            }
            sb.append(']');
        }
        return sb.append(']').toString();
    }
}
